/**
 * Field-level three-way merge, one case per line: base | server | client → merged | conflicting
 * fields. Every line is also checked mirrored (server and client swapped): the same fields
 * conflict with their values swapped, and every other field merges to the same value.
 */
import { describe, expect, it } from 'vitest';
import type { JsonRecord } from '../../../src-shared/sync/merge';
import { canonicalJson, isDeepEqual, mergeRecord } from '../../../src-shared/sync/merge';

type Row = [
  name: string,
  base: JsonRecord,
  server: JsonRecord,
  client: JsonRecord,
  merged: JsonRecord,
  conflicts: string[],
];

// prettier-ignore
const TABLE: Row[] = [
  ['nothing changed',                   { a: 1 },            { a: 1 },            { a: 1 },            { a: 1 },                   []],
  ['only the client changed',           { a: 1 },            { a: 1 },            { a: 2 },            { a: 2 },                   []],
  ['disjoint fields merge',             { a: 1, b: 1 },      { a: 2, b: 1 },      { a: 1, b: 3 },      { a: 2, b: 3 },             []],
  ['same field, same value',            { a: 1 },            { a: 5 },            { a: 5 },            { a: 5 },                   []],
  ['same field, different values',      { a: 1 },            { a: 2 },            { a: 3 },            { a: 2 },                   ['a']],
  ['conflict beside a clean merge',     { a: 1, b: 1, c: 1 }, { a: 2, b: 2, c: 1 }, { a: 3, b: 1, c: 4 }, { a: 2, b: 2, c: 4 },    ['a']],
  ['both add a field, same value',      {},                  { a: 'x' },          { a: 'x' },          { a: 'x' },                 []],
  ['both add a field, different',       {},                  { a: 'x' },          { a: 'y' },          { a: 'x' },                 ['a']],
  ['one side adds a field',             {},                  {},                  { n: null },         { n: null },                []],
  ['null is a value, not absence',      { a: 1 },            { a: null },         { a: 1 },            { a: null },                []],
  ['set to null vs changed',            { a: 1 },            { a: null },         { a: 2 },            { a: null },                ['a']],
  ['arrays are whole values',           { p: [1, 2] },       { p: [1, 2, 3] },    { p: [1, 2] },       { p: [1, 2, 3] },           []],
  ['arrays changed on both sides',      { p: [1] },          { p: [1, 2] },       { p: [1, 3] },       { p: [1, 2] },              ['p']],
  ['object key order does not matter',  { o: { x: 1, y: 2 } }, { o: { y: 2, x: 1 } }, { o: { x: 1, y: 3 } }, { o: { x: 1, y: 3 } }, []],
  ['equal objects both sides',          { o: { x: 1 } },     { o: { x: 2, y: 1 } }, { o: { y: 1, x: 2 } }, { o: { x: 2, y: 1 } },  []],
  ['nested change both sides',          { o: { x: 1 } },     { o: { x: 2 } },     { o: { x: 3 } },     { o: { x: 2 } },            ['o']],
  ['1 and "1" differ',                  { a: 0 },            { a: 1 },            { a: '1' },          { a: 1 },                   ['a']],
];

function conflictFields(result: ReturnType<typeof mergeRecord>): string[] {
  return result.conflicts.map((c) => c.field);
}

describe('mergeRecord', () => {
  it.each(TABLE)('%s', (_name, base, server, client, merged, conflicts) => {
    const result = mergeRecord(base, server, client);
    expect(canonicalJson(result.merged)).toBe(canonicalJson(merged));
    expect(conflictFields(result)).toEqual(conflicts);
    for (const c of result.conflicts) {
      expect(c.base).toEqual(base[c.field]);
      expect(c.server).toEqual(server[c.field]);
      expect(c.client).toEqual(client[c.field]);
    }

    const mirrored = mergeRecord(base, client, server);
    expect(mirrored.conflicts).toEqual(
      result.conflicts.map((c) => ({
        field: c.field,
        ...(c.base === undefined ? {} : { base: c.base }),
        ...(c.server === undefined ? {} : { client: c.server }),
        ...(c.client === undefined ? {} : { server: c.client }),
      })),
    );
    for (const field of Object.keys(merged).filter((f) => !conflicts.includes(f))) {
      expect(isDeepEqual(mirrored.merged[field], merged[field])).toBe(true);
    }
  });

  it('append-only records never conflict: the first accepted value stands', () => {
    const result = mergeRecord(
      {},
      { at: 't1', by: 'u1' },
      { at: 't2', by: 'u1', note: 'n' },
      { isAppendOnly: true },
    );
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual({ at: 't1', by: 'u1', note: 'n' });
  });

  it('keeps a field named __proto__ as plain data', () => {
    const client: JsonRecord = Object.fromEntries([['__proto__', { polluted: true }]]);
    const result = mergeRecord({}, {}, client);
    expect(Object.keys(result.merged)).toEqual(['__proto__']);
    expect('polluted' in {}).toBe(false);
    expect(Object.getPrototypeOf(result.merged)).toBe(Object.prototype);
  });
});
