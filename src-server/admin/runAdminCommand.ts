/** Parses `server:admin` arguments and runs one command. Returns the process exit code. */
import { parseArgs } from 'node:util';
import type { UnitLevel } from '../../src-shared/sync/enroll';
import type { Db } from '../db/db';
import {
  AdminError,
  createUnit,
  issueEnrollmentCode,
  listDevices,
  revokeDevice,
} from './adminCommands';
import { AUDIT_USAGE, runAuditCommand } from './auditCommands';
import { CONSOLE_USAGE, runConsoleCommand } from './consoleCommands';
import { LEAD_USAGE, runLeadCommand } from './leadCommands';
import { REFERENCE_USAGE, runReferenceCommand } from './referenceCommands';

export const ADMIN_USAGE = `usage: npm run server:admin -- <command> [options]
  unit:create   --code 340102 --name 合肥市瑶海区人民检察院 --level county --parent 340100
  enroll:issue  --unit 340102 [--hours 72]      prints a one-time enrollment code
  devices:list  [--unit 340102] [--flagged]     last acknowledged sequence, audit head and flag
  device:revoke --id <device id>
${AUDIT_USAGE}
${REFERENCE_USAGE}
${LEAD_USAGE}
${CONSOLE_USAGE}`;

/**
 * Asking for help needs no database: answered before one is opened, so it works while the
 * server holds the embedded database's lock.
 */
export function isHelpRequest(argv: readonly string[]): boolean {
  const [command] = argv;
  return (
    command === undefined ||
    command === 'help' ||
    argv.some((arg) => arg === '--help' || arg === '-h')
  );
}

export type AdminDeps = {
  db: Db;
  now: Date;
  write: (line: string) => void;
  /** Seals console TOTP secrets (JIANHU_CONSOLE_KEY); absent or null = stored unsealed. */
  consoleKey?: Buffer | null;
};

function toLevel(value: string | undefined): UnitLevel {
  switch (value) {
    case 'province':
    case 'city':
    case 'county':
      return value;
    case undefined:
    default:
      throw new AdminError('--level must be province, city or county');
  }
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new AdminError(`${flag} is required`);
  return value;
}

export async function runAdminCommand(argv: readonly string[], deps: AdminDeps): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const reference = runReferenceCommand(command, rest, deps);
    if (reference !== null) return await reference;
    const leads = runLeadCommand(command, rest, deps);
    if (leads !== null) return await leads;
    const audit = runAuditCommand(command, rest, deps);
    if (audit !== null) return await audit;
    const consoleAccounts = runConsoleCommand(command, rest, deps);
    if (consoleAccounts !== null) return await consoleAccounts;
    const { values } = parseArgs({
      args: [...rest],
      strict: true,
      allowPositionals: false,
      options: {
        code: { type: 'string' },
        name: { type: 'string' },
        level: { type: 'string' },
        parent: { type: 'string' },
        unit: { type: 'string' },
        hours: { type: 'string' },
        id: { type: 'string' },
        flagged: { type: 'boolean' },
      },
    });
    switch (command) {
      case 'unit:create': {
        const unit = await createUnit(
          deps.db,
          {
            code: required(values.code, '--code'),
            name: required(values.name, '--name'),
            level: toLevel(values.level),
            parentCode: values.parent,
          },
          deps.now,
        );
        deps.write(`created ${unit.level} ${unit.code} ${unit.name}`);
        return 0;
      }
      case 'enroll:issue': {
        const hours = values.hours === undefined ? undefined : Number(values.hours);
        const issued = await issueEnrollmentCode(
          deps.db,
          { unitCode: required(values.unit, '--unit'), hours },
          deps.now,
        );
        deps.write(`enrollment code for ${issued.unitCode}: ${issued.code}`);
        deps.write(`valid until ${issued.expiresAt}; it works once`);
        return 0;
      }
      case 'devices:list': {
        const devices = await listDevices(deps.db, {
          unitCode: values.unit,
          isFlaggedOnly: values.flagged === true,
        });
        deps.write(
          'device id                             unit    last seq  audit seq  audit    revoked  name',
        );
        for (const d of devices) {
          deps.write(
            `${d.id}  ${d.unitCode}  ${String(d.lastSeq).padStart(8)}  ${String(d.auditSeq).padStart(9)}  ${d.auditFlag === null ? 'ok     ' : 'FLAGGED'}  ${d.revokedAt === null ? 'no ' : 'yes'}      ${d.name ?? ''}`,
          );
          if (d.auditFlag !== null) {
            deps.write(
              `  audit chain refused at entry ${String(d.auditFlag.seq)} (${String(d.auditFlag.reason)}) on ${d.auditFlag.at}`,
            );
          }
        }
        deps.write(`${devices.length} device(s)`);
        return 0;
      }
      case 'device:revoke': {
        const id = required(values.id, '--id');
        await revokeDevice(deps.db, id, deps.now);
        deps.write(`revoked ${id}: its token now gets 401 token-revoked`);
        return 0;
      }
      case undefined:
      default:
        deps.write(ADMIN_USAGE);
        return command === undefined || command === 'help' ? 0 : 2;
    }
  } catch (error) {
    // Argument errors from parseArgs are TypeErrors with a readable message; so are AdminErrors.
    if (error instanceof AdminError || (error instanceof TypeError && 'code' in error)) {
      deps.write(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
