/**
 * JSON with object keys sorted at every level and `undefined` members dropped, so the same value
 * always hashes the same — before it is stored and after IndexedDB hands it back.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : normalise(v)));
  if (value !== null && typeof value === 'object') {
    if (value instanceof Date) return value.toISOString();
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

/**
 * Whether two values have the same canonical JSON, without building it: a case save compares
 * every card field this way, and building both texts of its parties and details cost more than
 * validating the card (bench/RESULTS.md). Plain JSON values (strings, finite numbers,
 * booleans, null, arrays, plain objects) are compared member by member; anything else (a Date,
 * NaN, a function…) is left to the texts themselves, so the answer is always theirs.
 */
export function sameCanonicalJson(a: unknown, b: unknown): boolean {
  return compare(a, b) ?? canonicalJson(a) === canonicalJson(b);
}

type Kind = 'text' | 'number' | 'flag' | 'null' | 'list' | 'record';

function kindOf(value: unknown): Kind | null {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'flag';
    case 'number':
      return Number.isFinite(value) ? 'number' : null;
    case 'object': {
      if (Array.isArray(value)) return 'list';
      const proto: unknown = Object.getPrototypeOf(value);
      return proto === Object.prototype || proto === null ? 'record' : null;
    }
    case 'undefined':
    case 'bigint':
    case 'symbol':
    case 'function':
      return null;
  }
  return null;
}

/** true or false where plain JSON answers it; null where only the texts can. */
function compare(a: unknown, b: unknown): boolean | null {
  if (a === b) return true;
  const kind = kindOf(a);
  const other = kindOf(b);
  if (kind === null || other === null) return null;
  if (kind !== other) return false;
  if (kind === 'list') return compareLists(a as unknown[], b as unknown[]);
  if (kind === 'record') return compareRecords(a as object, b as object);
  // Two different strings, finite numbers or flags: different texts.
  return false;
}

function compareLists(a: readonly unknown[], b: readonly unknown[]): boolean | null {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    // An undefined member of a list is written as null.
    const same = compare(a[i] ?? null, b[i] ?? null);
    if (same !== true) return same;
  }
  return true;
}

function compareRecords(a: object, b: object): boolean | null {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(left)) {
    const value = left[key];
    if (value === undefined) continue;
    defined++;
    const otherValue = Object.hasOwn(right, key) ? right[key] : undefined;
    if (otherValue === undefined) return false;
    const same = compare(value, otherValue);
    if (same !== true) return same;
  }
  let otherDefined = 0;
  for (const key of Object.keys(right)) if (right[key] !== undefined) otherDefined++;
  return defined === otherDefined;
}
