/**
 * Suggests which case field each column of a 台账 holds, from its header text. Ledgers differ in
 * spaces, full-width brackets, notes in brackets ("受理日期（年月日）") and required-marks ("*"), so
 * headers are normalised first; an exact alias wins over one the header merely contains.
 */
import { LEDGER_FIELDS } from './ledgerFields';

/** Column index → field key (absent: the column is not imported). */
export type ColumnMapping = Record<number, string>;

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  const normal = headers.map(normaliseHeader);
  /** Gives each unmapped column the field whose alias matches it longest. */
  const pass = (matches: (header: string, alias: string) => boolean) => {
    normal.forEach((header, column) => {
      if (header === '' || mapping[column] !== undefined) return;
      let best: { key: string; length: number } | null = null;
      for (const field of LEDGER_FIELDS) {
        if (taken.has(field.key)) continue;
        for (const alias of field.headers.map(normaliseHeader)) {
          if (matches(header, alias) && alias.length > (best?.length ?? 0)) {
            best = { key: field.key, length: alias.length };
          }
        }
      }
      if (!best) return;
      mapping[column] = best.key;
      taken.add(best.key);
    });
  };
  pass((header, alias) => header === alias);
  pass((header, alias) => alias.length >= 2 && header.includes(alias));
  return mapping;
}

/** Identifies a set of headers, whatever their order, to remember a mapping chosen for it. */
export function headerSetKey(headers: readonly string[]): string {
  return [...headers.map(normaliseHeader)].sort().join('|');
}

/** The fields a row needs that no column is mapped to. */
export function missingRequired(mapping: ColumnMapping): string[] {
  const mapped = new Set(Object.values(mapping));
  return LEDGER_FIELDS.filter((f) => f.required && !mapped.has(f.key)).map((f) => f.key);
}

/** A mapping as remembered: by header text, so a re-ordered ledger still finds it. */
export function mappingByHeader(
  headers: readonly string[],
  mapping: ColumnMapping,
): Record<string, string> {
  const byHeader: Record<string, string> = {};
  for (const [column, key] of Object.entries(mapping)) {
    const header = headers[Number(column)];
    if (header !== undefined) byHeader[normaliseHeader(header)] = key;
  }
  return byHeader;
}

export function mappingFromHeaders(
  headers: readonly string[],
  byHeader: Record<string, string>,
): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const key = byHeader[normaliseHeader(header)];
    if (key && LEDGER_FIELDS.some((f) => f.key === key)) mapping[column] = key;
  });
  return mapping;
}
