/**
 * Which stored values are sensitive personal information and kept only encrypted at rest
 * (DESIGN.md §5, DOMAIN.md §8.3, PIPL Art. 28/51): ID numbers, phones, addresses, birth dates and
 * vulnerability flags (disability, minors) of parties; bank accounts, health and household data,
 * which live in workflow snapshots, step data and document data; the outbox's patches (they carry
 * all of the above on their way to the server: a case's patch only its sensitive fields, see
 * CASE_PATCH_PATHS); conflict values; attachment names; lead texts.
 *
 * Names, titles and facts stay readable because the search index needs them; indexed fields
 * (ids, status, dates) must stay readable for IndexedDB to index them, so no path below may name one.
 *
 * A path is dot-separated; a segment ending in `[]` stands for every element of an array.
 */

import { SENSITIVE_CARD_FIELDS } from '../domain/caseTypeDetails';

/** Sealed paths per table. A table not named here stores everything as it is. */
export const SEALED_PATHS: Readonly<Record<string, readonly string[]>> = {
  cases: [
    'parties[].idNumber',
    'parties[].phone',
    'parties[].address',
    'parties[].birthDate',
    'parties[].flags',
    'agent.phone',
    // The vulnerable person's card: group, health and family situation.
    ...SENSITIVE_CARD_FIELDS.map((key) => `typeDetails.${key}`),
  ],
  outbox: ['patch'],
  conflicts: ['fields', 'resolution'],
  workflows: ['snapshot', 'sensitive'],
  steps: ['data'],
  documents: ['data'],
  caseAttachments: ['name'],
  leads: ['content', 'parties'],
  approvals: ['summary', 'reason', 'note', 'localData'],
  meta: ['value'],
};

/**
 * `meta` rows whose value is sealed: the sync token (the web build has no OS key store); the
 * hearing-officer pool (its entries carry phone numbers).
 */
export const SEALED_META_KEYS: ReadonlySet<string> = new Set([
  'sync.enrollment',
  'hearing.officerPool',
]);

/**
 * The sealed paths of a case change's patch (outbox rows of entity `case`). Its fields are case
 * card fields, and the case row keeps every one of them readable except the sensitive ones, which
 * all live under a few top-level fields (parties, agent, typeDetails): those are sealed whole, so
 * the patch holds no more in clear than the row it changes. Sealing the rest as well would cost an
 * AES-GCM seal on every save of a case and an opening on every upload of one, and keep nothing
 * more from a reader of the database (DESIGN.md §5: sensitive fields are stored as {iv, ct}).
 */
export const CASE_PATCH_PATHS: readonly string[] = [
  ...new Set((SEALED_PATHS.cases ?? []).map((path) => `patch.${topField(path)}`)),
];

/** The top-level field a sealed path lies under. */
function topField(path: string): string {
  const { arrayKey, rest } = parse(path);
  return arrayKey ?? rest[0] ?? path;
}

/**
 * The sealed paths of one row of `table` (meta: only the rows named above; outbox: a case's
 * change seals its patch's sensitive fields, any other entity's change its whole patch).
 */
export function sealedPathsOf(table: string, row: unknown): readonly string[] {
  const paths = SEALED_PATHS[table];
  if (!paths) return [];
  if (table === 'meta') {
    const key = isRecord(row) ? row.key : undefined;
    return typeof key === 'string' && SEALED_META_KEYS.has(key) ? paths : [];
  }
  if (table === 'outbox' && isRecord(row) && row.entity === 'case') return CASE_PATCH_PATHS;
  return paths;
}

/** Tables that may hold sealed rows. */
export const SEALED_TABLES: ReadonlySet<string> = new Set(Object.keys(SEALED_PATHS));

/**
 * The sealed values of a row: for a plain path its value, for an array path the `[index, value]`
 * pairs of the elements that have one. Only present, non-null values are taken (absent stays
 * absent, null stays null).
 */
export type SealedValues = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(path: string): { arrayKey: string | null; rest: string[] } {
  const segments = path.split('.');
  const first = segments[0] ?? '';
  if (first.endsWith('[]')) return { arrayKey: first.slice(0, -2), rest: segments.slice(1) };
  return { arrayKey: null, rest: segments };
}

/** Removes the value at `segments` from a copy of `node`; returns the copy and what was there. */
function takeAt(node: unknown, segments: readonly string[]): { node: unknown; value: unknown } {
  const [head, ...tail] = segments;
  if (head === undefined || !isRecord(node) || !(head in node)) return { node, value: undefined };
  if (tail.length === 0) {
    const { [head]: value, ...rest } = node;
    return { node: rest, value };
  }
  const copy: Record<string, unknown> = { ...node };
  const inner = takeAt(copy[head], tail);
  copy[head] = inner.node;
  return { node: copy, value: inner.value };
}

function putAt(node: unknown, segments: readonly string[], value: unknown): unknown {
  const [head, ...tail] = segments;
  if (head === undefined || !isRecord(node)) return node;
  const copy: Record<string, unknown> = { ...node };
  copy[head] = tail.length === 0 ? value : putAt(copy[head], tail, value);
  return copy;
}

/**
 * Splits a row into its readable part (a copy without the sealed values; the input is never
 * changed) and the sealed values. `values` is empty when the row holds nothing sensitive.
 */
export function takeSealedValues(
  row: Record<string, unknown>,
  paths: readonly string[],
): { clear: Record<string, unknown>; values: SealedValues; count: number } {
  let clear: Record<string, unknown> = row;
  const values: SealedValues = {};
  let count = 0;
  for (const path of paths) {
    const { arrayKey, rest } = parse(path);
    if (arrayKey === null) {
      const taken = takeAt(clear, rest);
      // null says nothing (an imported create's patch is null until sent): it stays as it is.
      if (taken.value !== undefined && taken.value !== null) {
        clear = taken.node as Record<string, unknown>;
        values[path] = taken.value;
        count++;
      }
      continue;
    }
    const list = clear[arrayKey];
    if (!Array.isArray(list)) continue;
    const pairs: [number, unknown][] = [];
    const nextList = list.map((element: unknown, index) => {
      const taken = takeAt(element, rest);
      if (taken.value === undefined || taken.value === null) return element;
      pairs.push([index, taken.value]);
      return taken.node;
    });
    if (pairs.length > 0) {
      clear = { ...clear, [arrayKey]: nextList };
      values[path] = pairs;
      count += pairs.length;
    }
  }
  return { clear, values, count };
}

/** Puts sealed values back into a copy of the readable part (the inverse of takeSealedValues). */
export function putSealedValues(
  clear: Record<string, unknown>,
  values: SealedValues,
): Record<string, unknown> {
  let row: Record<string, unknown> = clear;
  for (const [path, value] of Object.entries(values)) {
    const { arrayKey, rest } = parse(path);
    if (arrayKey === null) {
      row = putAt(row, rest, value) as Record<string, unknown>;
      continue;
    }
    const list = row[arrayKey];
    if (!Array.isArray(list) || !Array.isArray(value)) continue;
    const nextList: unknown[] = list.slice();
    for (const pair of value as unknown[]) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'number') continue;
      const index = pair[0];
      if (index >= 0 && index < nextList.length) {
        nextList[index] = putAt(nextList[index], rest, pair[1]);
      }
    }
    row = { ...row, [arrayKey]: nextList };
  }
  return row;
}
