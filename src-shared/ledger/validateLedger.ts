/**
 * Turns a 台账's rows into case-card inputs, and says for every row that cannot be imported which
 * column is wrong and why. Cells are read by the field list (ledgerFields.ts), then the card is
 * checked by the same schema as the case form, so an imported case is as valid as a typed one.
 * Rows repeating an earlier row of the file, or a case already stored, are reported, not imported.
 */
import { caseCardSchema, type CaseCardInput } from '../domain/caseCard';
import type { CaseType, Department, FocalPoint } from '../domain/codes';
import { CARD_KIND_BY_FOCAL_POINT } from '../domain/caseTypeDetails';
import { cardKindOfField } from './cardField';
import { headerSaysWan, readYuan } from './ledgerAmount';
import { duplicateKeys } from './duplicateKeys';
import { parseLedgerDate } from './ledgerDate';
import { LEDGER_FIELDS, type CardDraft, type CodeListName, type LedgerField } from './ledgerFields';
import type { Cell, LedgerSheet, Message, Result, RowIssue } from './ledgerTypes';
import { normaliseHeader, type ColumnMapping } from './suggestMapping';

/** Labels of the code lists, one object per locale (`codes.<list>.<value>` of the locale files). */
export type CodeLabels = Partial<Record<CodeListName, Record<string, string>>>;

/** The case cards' texts of one locale (`caseCard` of the locale files): their option labels. */
export type CardLabels = Record<string, unknown>;

export type LedgerContext = {
  codeLabels: readonly CodeLabels[];
  /** The cards' option labels, one object per locale; without them a choice takes its code. */
  cardLabels?: readonly CardLabels[];
  /** People who may be 承办人, by the name a ledger writes. */
  users: readonly { id: string; name: string }[];
  /** The handler of rows without one: the person importing. */
  defaultHandlerId: string;
  /** Makes a party id (a new UUID per party). */
  newPartyId: () => string;
  /** Keys (duplicateKeys.ts) of the cases already stored. */
  existingKeys?: ReadonlySet<string>;
};

export type ValidRow = { rowNumber: number; input: CaseCardInput; keys: string[] };

export type LedgerCheck = {
  valid: ValidRow[];
  issues: RowIssue[];
  /** Rows left out as already stored (a re-run of an import, or a case typed in before). */
  duplicatesOfExisting: number;
};

/** Where a case type is handled when the ledger does not say (DOMAIN.md §2.1). */
const DEPARTMENT_OF: Record<CaseType, Department> = {
  civilJudgment: 'civil',
  civilTrialConduct: 'civil',
  civilEnforcement: 'civil',
  administrative: 'administrative',
  judicialAssistance: 'complaints',
  supportProsecution: 'civil',
  publicInterest: 'publicInterest',
  petition: 'complaints',
};

/** The focal point of a row with no focal point but a card: the one that card belongs to. */
const FOCAL_POINT_OF_CARD = new Map<string, FocalPoint>(
  (Object.entries(CARD_KIND_BY_FOCAL_POINT) as [FocalPoint, string][]).map(([f, k]) => [k, f]),
);

/** An 18-digit ID that Excel stored as a number has lost its last digits; so has "3.40102E+17". */
const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

type Reader = (cell: Cell) => Result<string, Message>;

/** A number as ledgers write it: thousands separators, a unit after it (元, 人, 名, 户). */
const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/;

function readNumber(cell: Cell): Result<string, Message> {
  if (typeof cell === 'number') return { ok: true, value: String(cell) };
  const text = cellText(cell).normalize('NFKC');
  const bare = text.replace(/,/g, '').replace(/\s*[元人名户]$/, '');
  return NUMBER_TEXT.test(bare)
    ? { ok: true, value: bare }
    : { ok: false, error: { key: 'ledgerImport.row.notNumber', params: { value: text } } };
}

function codeIndex(field: LedgerField & { kind: 'code' }, labels: readonly CodeLabels[]) {
  const index = new Map<string, string>();
  for (const value of field.values) index.set(normaliseHeader(value), value);
  for (const locale of labels) {
    for (const [value, label] of Object.entries(locale[field.list] ?? {})) {
      if (field.values.includes(value)) index.set(normaliseHeader(label), value);
    }
  }
  return index;
}

function choiceIndex(field: LedgerField & { kind: 'choice' }, labels: readonly CardLabels[]) {
  const index = new Map<string, string>();
  for (const value of field.values) index.set(normaliseHeader(value), value);
  for (const locale of labels) {
    const card = locale[field.card] as Record<string, unknown> | undefined;
    const options = card?.[`${field.field}Options`] as Record<string, string> | undefined;
    for (const [value, label] of Object.entries(options ?? {})) {
      if (field.values.includes(value)) index.set(normaliseHeader(label), value);
    }
  }
  return index;
}

function readerFor(field: LedgerField, context: LedgerContext, header: string): Reader {
  switch (field.kind) {
    case 'yuan': {
      const inWan = headerSaysWan(header);
      return (cell) => readYuan(cell, inWan);
    }
    case 'choice': {
      const index = choiceIndex(field, context.cardLabels ?? []);
      return (cell) => {
        const text = cellText(cell);
        const value = index.get(normaliseHeader(text));
        return value
          ? { ok: true, value }
          : { ok: false, error: { key: 'ledgerImport.row.unknownCode', params: { value: text } } };
      };
    }
    case 'text':
      return (cell) => ({ ok: true, value: cellText(cell) });
    case 'date':
      return parseLedgerDate;
    case 'number':
      return readNumber;
    case 'idNumber':
      return (cell) => {
        const text = cellText(cell);
        if ((typeof cell === 'number' && !Number.isSafeInteger(cell)) || SCIENTIFIC.test(text)) {
          return {
            ok: false,
            error: { key: 'ledgerImport.row.idAsNumber', params: { value: text } },
          };
        }
        return { ok: true, value: text.toUpperCase() };
      };
    case 'user': {
      const byName = new Map(context.users.map((u) => [u.name.trim(), u.id]));
      return (cell) => {
        const name = cellText(cell);
        const id = byName.get(name);
        return id
          ? { ok: true, value: id }
          : {
              ok: false,
              error: { key: 'ledgerImport.row.unknownHandler', params: { value: name } },
            };
      };
    }
    case 'code': {
      const index = codeIndex(field, context.codeLabels);
      return (cell) => {
        const text = cellText(cell);
        const value = index.get(normaliseHeader(text));
        return value
          ? { ok: true, value }
          : { ok: false, error: { key: `ledgerImport.row.unknownCode`, params: { value: text } } };
      };
    }
  }
}

/** Which field of the card a schema issue's path is about, to name its column. */
function fieldOfPath(path: readonly PropertyKey[], cardKind: string | undefined): string | null {
  const [head, second, partyField] = path;
  if (head === 'typeDetails') {
    return cardKind && typeof second === 'string' ? `${cardKind}.${second}` : null;
  }
  if (head === 'parties') {
    if (partyField === 'idNumber') return 'partyIdNumber';
    if (partyField === 'phone') return 'partyPhone';
    return 'partyName';
  }
  if (head === 'courtCases') return 'courtCaseNo';
  if (head === 'handlerId') return 'handler';
  return typeof head === 'string' ? head : null;
}

export function checkLedger(
  sheet: LedgerSheet,
  mapping: ColumnMapping,
  context: LedgerContext,
): LedgerCheck {
  const columns = Object.entries(mapping).flatMap(([column, key]) => {
    const field = LEDGER_FIELDS.find((f) => f.key === key);
    if (!field) return [];
    const index = Number(column);
    return [{ index, field, read: readerFor(field, context, sheet.headers[index] ?? '') }];
  });
  const columnOf = (key: string) => {
    const mapped = columns.find((c) => c.field.key === key);
    return mapped ? (sheet.headers[mapped.index] ?? null) : null;
  };
  const firstRowOfKey = new Map<string, number>();
  const valid: ValidRow[] = [];
  const issues: RowIssue[] = [];
  let duplicatesOfExisting = 0;

  for (const { rowNumber, cells } of sheet.rows) {
    const rowIssues: RowIssue[] = [];
    const cardKinds = new Set<string>();
    const draft: CardDraft = {
      parties: [{ id: context.newPartyId(), role: 'applicant', name: '' }],
    };
    for (const { index, field, read } of columns) {
      const cell = cells[index] ?? null;
      if (cellText(cell) === '') {
        if (field.required) {
          const column = sheet.headers[index] ?? null;
          rowIssues.push({ rowNumber, column, key: 'ledgerImport.row.required' });
        }
        continue;
      }
      const card = cardKindOfField(field.key);
      if (card) cardKinds.add(card);
      const value = read(cell);
      if (value.ok) field.assign(draft, value.value);
      else rowIssues.push({ rowNumber, column: sheet.headers[index] ?? null, ...value.error });
    }
    if (cardKinds.size > 1) {
      rowIssues.push({ rowNumber, column: null, key: 'ledgerImport.row.twoCards' });
    }
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    // A ledger with only 受理日期 has received the case that day as far as the app can tell [U].
    draft.receivedAt ??= draft.acceptedAt;
    if (draft.receivedAt === undefined) {
      issues.push({ rowNumber, column: columnOf('acceptedAt'), key: 'ledgerImport.row.noDate' });
      continue;
    }
    const caseType = draft.caseType as CaseType;
    const input: CaseCardInput = {
      ...draft,
      source: draft.source ?? 'application',
      focalPoint:
        draft.focalPoint ??
        (draft.typeDetails ? FOCAL_POINT_OF_CARD.get(draft.typeDetails.kind) : undefined) ??
        'other',
      department: draft.department ?? DEPARTMENT_OF[caseType],
      handlerId: draft.handlerId ?? context.defaultHandlerId,
    } as CaseCardInput;
    const parsed = caseCardSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path, input.typeDetails?.kind);
        issues.push({ rowNumber, column: field ? columnOf(field) : null, key: issue.message });
      }
      continue;
    }
    const keys = duplicateKeys(parsed.data);
    if (keys.some((k) => context.existingKeys?.has(k))) {
      duplicatesOfExisting++;
      issues.push({ rowNumber, column: null, key: 'ledgerImport.row.duplicateOfExisting' });
      continue;
    }
    const earlier = keys.map((k) => firstRowOfKey.get(k)).find((n) => n !== undefined);
    if (earlier !== undefined) {
      issues.push({
        rowNumber,
        column: null,
        key: 'ledgerImport.row.duplicateInFile',
        params: { row: earlier },
      });
      continue;
    }
    for (const k of keys) firstRowOfKey.set(k, rowNumber);
    valid.push({ rowNumber, input, keys });
  }
  return { valid, issues, duplicatesOfExisting };
}
