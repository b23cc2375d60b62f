/**
 * `device:audit-clear --id <device id>`: an operator, having looked into why a device's audit
 * chain was refused, lets the device push its audit entries again. Audited like every admin write.
 */
import { parseArgs } from 'node:util';
import { clearAuditFlag } from '../audit/deviceAuditState';
import { AdminError } from './adminCommands';
import type { AdminDeps } from './runAdminCommand';

export const AUDIT_USAGE = `  device:audit-clear --id <device id>          lets a flagged device push its audit chain again`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function clearFlag(args: readonly string[], deps: AdminDeps): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { id: { type: 'string' } },
  });
  const id = values.id ?? '';
  if (!UUID.test(id)) throw new AdminError('--id must be a device id (a UUID)');
  const cleared = await clearAuditFlag(deps.db, id, deps.now);
  if (cleared === null) throw new AdminError(`device ${id} has no audit flag`);
  deps.write(
    `cleared the audit flag of ${id} (entry ${String(cleared.flag.seq)}, ${String(cleared.flag.reason)})`,
  );
  deps.write(`its next audit push must continue the chain after entry ${cleared.headSeq}`);
  return 0;
}

/** Runs an audit command; null when `command` is not one of them. */
export function runAuditCommand(
  command: string | undefined,
  args: readonly string[],
  deps: AdminDeps,
): Promise<number> | null {
  switch (command) {
    case 'device:audit-clear':
      return clearFlag(args, deps);
    case undefined:
    default:
      return null;
  }
}
