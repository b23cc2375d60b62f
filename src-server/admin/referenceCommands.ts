/**
 * `reference:set --kind holidays --file tables.json [--unit 340102]` and `reference:list`: an
 * operator stores a new version of a reference set (checked with the kind's zod schema first, so
 * a bad file stores nothing) and sees what devices receive.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { unitCodeSchema } from '../../src-shared/sync/enroll';
import {
  ReferenceDataError,
  listReferenceSets,
  storeReferenceSet,
} from '../reference/referenceStore';
import { AdminError } from './adminCommands';
import type { AdminDeps } from './runAdminCommand';

export const REFERENCE_USAGE = `  reference:set  --kind holidays|wageBases|timeLimits --file data.json [--unit 340102]
                                                stores a new version (default: province-wide)
  reference:list                                the newest version of every kind and scope`;

async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new AdminError(`cannot read ${path} (${code})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AdminError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}`,
    );
  }
}

async function setReference(args: readonly string[], deps: AdminDeps): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { kind: { type: 'string' }, file: { type: 'string' }, unit: { type: 'string' } },
  });
  if (values.kind === undefined || values.kind === '') throw new AdminError('--kind is required');
  if (values.file === undefined || values.file === '') throw new AdminError('--file is required');
  if (values.unit !== undefined && !unitCodeSchema.safeParse(values.unit).success)
    throw new AdminError('--unit must be a 6-digit unit code');
  const data = await readJsonFile(values.file);
  try {
    const entry = await storeReferenceSet(
      deps.db,
      { kind: values.kind, data, unitCode: values.unit },
      deps.now,
    );
    const scope = values.unit === undefined ? 'province-wide' : `for unit ${values.unit}`;
    deps.write(`stored ${entry.kind} version ${entry.version} ${scope} (sha256 ${entry.hash})`);
    return 0;
  } catch (error) {
    if (!(error instanceof ReferenceDataError)) throw error;
    deps.write(
      `error: ${error.problems.length > 0 ? `the ${values.kind} data is invalid` : error.message}`,
    );
    for (const problem of error.problems) deps.write(`  ${problem}`);
    deps.write('nothing was stored');
    return 2;
  }
}

async function listReference(args: readonly string[], deps: AdminDeps): Promise<number> {
  parseArgs({ args: [...args], strict: true, allowPositionals: false, options: {} });
  const sets = await listReferenceSets(deps.db);
  deps.write('kind        scope     version  set at                    sha256');
  for (const s of sets) {
    deps.write(
      `${s.kind.padEnd(10)}  ${(s.unitCode ?? 'province').padEnd(8)}  ${String(s.version).padStart(7)}  ${s.createdAt}  ${s.hash.slice(0, 16)}`,
    );
  }
  deps.write(`${sets.length} set(s)`);
  return 0;
}

/** Runs a `reference:*` command; null when `command` is not one of them. */
export function runReferenceCommand(
  command: string | undefined,
  args: readonly string[],
  deps: AdminDeps,
): Promise<number> | null {
  switch (command) {
    case 'reference:set':
      return setReference(args, deps);
    case 'reference:list':
      return listReference(args, deps);
    case undefined:
    default:
      return null;
  }
}
