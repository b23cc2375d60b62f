/**
 * A model's lead sheet, read into a header and rows (readLedgerFile for .xlsx, leadJsonSheet for
 * JSON), checked row by row: every problem is reported with its row, column and an i18n key, and
 * only a sheet without any becomes lead lists — one per model and county, as `importLeads` stores
 * them. Pure: the caller says which units exist and which the account may target.
 */
import { z } from 'zod';
import { parseLedgerDate } from '../ledger/ledgerDate';
import type { Cell, FileProblem, LedgerSheet, RowIssue } from '../ledger/ledgerTypes';
import type { LeadList } from '../sync/leads';
import { leadListSchema, MAX_LEAD_ITEMS } from '../sync/leads';
import { isStorableText } from '../sync/storableJson';
import type { UnitLevel } from '../sync/enroll';
import type { LeadColumn } from './leadSheetColumns';
import { focalPointOf, leadColumnOf, REQUIRED_LEAD_COLUMNS } from './leadSheetColumns';

/** Which units there are and which of them this account may send leads to. */
export type LeadTargets = {
  levelOf: (unitCode: string) => UnitLevel | null;
  mayTarget: (unitCode: string) => boolean;
};

/** One lead list per model and county: what the import stores. */
export type LeadSheetList = { unitCode: string; list: LeadList; rowNumbers: number[] };

export type LeadSheetResult =
  | { ok: true; lists: LeadSheetList[]; rows: number }
  | { ok: false; problem: FileProblem | null; issues: RowIssue[] };

const MAX_PERSONS = 50;

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const optional = (max: number) =>
  z
    .string()
    .max(max, { error: 'leadSheet.row.tooLong' })
    .refine(isStorableText, { error: 'leadSheet.row.badText' });
const required = (max: number) => optional(max).min(1, { error: 'leadSheet.row.required' });

/** Every column of a row as text; the checks that need more than the text come after. */
const rowSchema = z.object({
  model: required(100),
  externalId: optional(64),
  title: required(200),
  focalPoint: required(100).refine((t) => focalPointOf(t) !== null, {
    error: 'leadSheet.row.unknownFocalPoint',
  }),
  unitCode: z
    .string()
    .min(1, { error: 'leadSheet.row.required' })
    .regex(/^\d{6}$/, { error: 'leadSheet.row.unitCodeFormat' }),
  persons: optional(2000),
  summary: optional(20000),
});

/** A stable id for a row without 线索编号: the same model, title and persons give the same lead. */
function contentId(parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const ch of parts.join('\u0000')) {
    const c = ch.codePointAt(0) ?? 0;
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `H${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

function splitPersons(text: string): { name: string }[] {
  return text
    .split(/[、,，;；\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => ({ name: name.slice(0, 100) }));
}

type CheckedRow = {
  rowNumber: number;
  unitCode: string;
  model: string;
  item: LeadList['items'][number];
};

function checkUnit(unitCode: string, targets: LeadTargets): string | null {
  const level = targets.levelOf(unitCode);
  if (level === null) return 'leadSheet.row.unknownUnit';
  if (level !== 'county') return 'leadSheet.row.notCounty';
  if (!targets.mayTarget(unitCode)) return 'leadSheet.row.outsideUnits';
  return null;
}

export function checkLeadSheet(
  sheet: LedgerSheet,
  targets: LeadTargets,
  batch: string,
): LeadSheetResult {
  const columnAt = new Map<LeadColumn, number>();
  sheet.headers.forEach((header, i) => {
    const column = leadColumnOf(header);
    if (column !== null && !columnAt.has(column)) columnAt.set(column, i);
  });
  if (sheet.rows.length > MAX_LEAD_ITEMS) {
    return {
      ok: false,
      problem: {
        key: 'leadSheet.file.tooManyRows',
        params: { rows: sheet.rows.length, max: MAX_LEAD_ITEMS },
      },
      issues: [],
    };
  }
  const missing = REQUIRED_LEAD_COLUMNS.filter((c) => !columnAt.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problem: { key: 'leadSheet.file.missingColumns', params: { columns: missing.join(', ') } },
      issues: [],
    };
  }
  const headerOf = (column: LeadColumn) => sheet.headers[columnAt.get(column) ?? -1] ?? column;
  const issues: RowIssue[] = [];
  const checked: CheckedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of sheet.rows) {
    const raw = (column: LeadColumn): Cell | undefined => {
      const at = columnAt.get(column);
      return at === undefined ? undefined : row.cells[at];
    };
    const text = (column: LeadColumn) => cellText(raw(column));
    const issueAt = (column: LeadColumn | null, key: string, params?: RowIssue['params']) =>
      issues.push({
        rowNumber: row.rowNumber,
        column: column === null ? null : headerOf(column),
        key,
        ...(params === undefined ? {} : { params }),
      });
    const before = issues.length;
    const parsed = rowSchema.safeParse({
      model: text('model'),
      externalId: text('externalId'),
      title: text('title'),
      focalPoint: text('focalPoint'),
      unitCode: text('unitCode'),
      persons: text('persons'),
      summary: text('summary'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issueAt(issue.path[0] as LeadColumn, issue.message, { value: '' });
    }
    const unitCode = text('unitCode');
    if (/^\d{6}$/.test(unitCode)) {
      const refusal = checkUnit(unitCode, targets);
      if (refusal !== null) issueAt('unitCode', refusal, { value: unitCode });
    }
    let occurredAt: string | undefined;
    if (text('occurredAt') !== '') {
      const date = parseLedgerDate(raw('occurredAt') ?? null);
      if (date.ok) occurredAt = date.value;
      else issueAt('occurredAt', 'leadSheet.row.badDate', { value: text('occurredAt') });
    }
    const persons = splitPersons(text('persons'));
    if (persons.length > MAX_PERSONS)
      issueAt('persons', 'leadSheet.row.tooManyPersons', { max: MAX_PERSONS });
    if (!parsed.success || issues.length > before) continue;
    const data = parsed.data;
    const externalId = data.externalId || contentId([data.model, data.title, data.persons]);
    const key = `${data.model}\u0000${unitCode}\u0000${externalId}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issueAt(null, 'leadSheet.row.duplicate', { row: first });
      continue;
    }
    firstRowOf.set(key, row.rowNumber);
    checked.push({
      rowNumber: row.rowNumber,
      unitCode,
      model: data.model,
      item: {
        externalId,
        title: data.title,
        content: data.summary,
        parties: persons,
        focalPoint: focalPointOf(data.focalPoint) ?? 'other',
        ...(occurredAt === undefined ? {} : { occurredAt }),
      },
    });
  }
  if (issues.length > 0) return { ok: false, problem: null, issues };
  return { ok: true, lists: toLists(checked, batch), rows: checked.length };
}

function toLists(rows: readonly CheckedRow[], batch: string): LeadSheetList[] {
  const groups = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    const key = `${row.unitCode}\u0000${row.model}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0];
    if (first === undefined) throw new Error('a group has at least one row');
    return {
      unitCode: first.unitCode,
      // The row checks above hold every limit the list schema has: parsing cannot fail here.
      list: leadListSchema.parse({
        model: { name: first.model },
        batch,
        items: group.map((r) => r.item),
      }),
      rowNumbers: group.map((r) => r.rowNumber),
    };
  });
}
