/**
 * `leads:import --unit 340102 --file leads.json`: an operator stores a provincial model's lead list
 * for one unit (checked with the shared zod schema first, so a bad list stores nothing).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importLeads } from '../leads/importLeads';
import { AdminError } from './adminCommands';
import type { AdminDeps } from './runAdminCommand';

export const LEAD_USAGE = `  leads:import   --unit 340102 --file leads.json  a model's lead list for the unit (re-import is a no-op)`;

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
  } catch {
    // The parser's message quotes the text around the error: it may hold personal data.
    throw new AdminError(`${path} is not valid JSON`);
  }
}

async function importLeadList(args: readonly string[], deps: AdminDeps): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { unit: { type: 'string' }, file: { type: 'string' } },
  });
  if (values.unit === undefined || values.unit === '') throw new AdminError('--unit is required');
  if (values.file === undefined || values.file === '') throw new AdminError('--file is required');
  const list = await readJsonFile(values.file);
  const result = await importLeads(deps.db, { unitCode: values.unit, list }, deps.now);
  deps.write(
    `imported ${result.created} new lead(s) for ${values.unit}; ${result.unchanged} already there`,
  );
  if (result.masked > 0)
    deps.write(`masked ${result.masked} ID, phone or bank card number(s) found in free text`);
  return 0;
}

/** Runs a `leads:*` command; null when `command` is not one of them. */
export function runLeadCommand(
  command: string | undefined,
  args: readonly string[],
  deps: AdminDeps,
): Promise<number> | null {
  switch (command) {
    case 'leads:import':
      return importLeadList(args, deps);
    case undefined:
    default:
      return null;
  }
}
