/**
 * The index's hidden field of ID-number and phone hashes, without a database: matched whole, OR-ed
 * with the text's matches and ranked above them, filtered like them, forgotten with an old
 * version, kept through a snapshot and a delta, and never reachable as text.
 */
import { describe, expect, it } from 'vitest';
import { CaseIndex } from '../../../src-shared/search/caseIndex';
import {
  applyDelta,
  deltaSince,
  markIndex,
  restoreIndex,
  snapshotIndex,
} from '../../../src-shared/search/serialize';
import { doc } from './searchFixtures';

/** Stand-ins for lookupHash output: 32 lower-case hex characters. */
const ID_HASH = 'a'.repeat(31) + '1';
const OLD_PHONE_HASH = 'b'.repeat(31) + '2';
const NEW_PHONE_HASH = 'c'.repeat(31) + '3';

function build() {
  const index = new CaseIndex();
  const party = doc({
    title: '某某劳动争议案',
    lookups: [ID_HASH, OLD_PHONE_HASH],
    updatedAt: '2026-01-01T00:00:00.000Z',
    receivedAt: '2026-01-05',
  });
  const recent = doc({
    title: '追索工资案',
    updatedAt: '2026-03-01T00:00:00.000Z',
    receivedAt: '2026-01-01',
  });
  const older = doc({
    title: '拖欠工资纠纷案',
    updatedAt: '2026-02-01T00:00:00.000Z',
    receivedAt: '2026-01-09',
  });
  for (const d of [party, recent, older]) index.upsert(d);
  return { index, party, recent, older };
}

describe('lookup hashes in the case index', () => {
  it('finds a case by any of its hashes, and nothing by a hash no case has', () => {
    const { index, party } = build();
    expect(index.query({ lookups: [ID_HASH] }).ids).toEqual([party.id]);
    expect(index.query({ lookups: [NEW_PHONE_HASH, OLD_PHONE_HASH] }).ids).toEqual([party.id]);
    expect(index.query({ lookups: [NEW_PHONE_HASH] })).toEqual({ ids: [], total: 0, terms: [] });
  });

  it('an empty list of hashes (a locked keyring) finds nothing instead of listing every case', () => {
    const { index } = build();
    expect(index.query({ lookups: [] }).total).toBe(0);
    expect(index.query({}).total).toBe(3);
  });

  it('ORs with the text: hash matches first, then text matches by rank, each case once', () => {
    const { index, party, recent, older } = build();
    const result = index.query({ text: '工资', lookups: [ID_HASH] });
    expect(result).toEqual({ ids: [party.id, recent.id, older.id], total: 3, terms: ['工资'] });
    // A case matched both ways is listed once, still first.
    const both = index.query({ text: '劳动争议', lookups: [ID_HASH] });
    expect(both.ids).toEqual([party.id]);
    expect(index.query({ text: '工资', lookups: [ID_HASH], limit: 2 })).toMatchObject({
      ids: [party.id, recent.id],
      total: 3,
    });
  });

  it('sorted by a date, hash and text matches are one list in that order', () => {
    const { index, party, recent, older } = build();
    const byReceived = index.query({ text: '工资', lookups: [ID_HASH], sort: 'receivedAt' });
    expect(byReceived.ids).toEqual([older.id, party.id, recent.id]);
    const ascending = index.query({
      text: '工资',
      lookups: [ID_HASH],
      sort: 'updatedAt',
      direction: 'asc',
    });
    expect(ascending.ids).toEqual([party.id, older.id, recent.id]);
  });

  it('applies the filters to hash matches too', () => {
    const { index, party } = build();
    index.upsert({ ...party, deleted: 1 });
    expect(index.query({ lookups: [ID_HASH] }).ids).toEqual([]);
    expect(index.query({ lookups: [ID_HASH], filters: { deleted: 1 } }).ids).toEqual([party.id]);
    expect(index.query({ lookups: [ID_HASH], filters: { status: 'concluded' } }).ids).toEqual([]);
  });

  it('a new version with another phone is found by the new hash only', () => {
    const { index, party } = build();
    index.upsert({ ...party, lookups: [ID_HASH, NEW_PHONE_HASH] });
    expect(index.query({ lookups: [NEW_PHONE_HASH] }).ids).toEqual([party.id]);
    expect(index.query({ lookups: [OLD_PHONE_HASH] }).ids).toEqual([]);
    index.compact();
    expect(index.query({ lookups: [OLD_PHONE_HASH] }).ids).toEqual([]);
    expect(index.query({ lookups: [ID_HASH] }).ids).toEqual([party.id]);
  });

  it('is a hidden field: the hash typed as text, marked or not, finds nothing', () => {
    const { index } = build();
    expect(index.query({ text: ID_HASH }).total).toBe(0);
    expect(index.query({ text: `=${ID_HASH}` }).total).toBe(0);
    expect(index.query({ lookups: [ID_HASH] }).total).toBe(1);
  });

  it('indexes only values shaped like a lookup hash: a clear value is dropped, not stored', () => {
    const index = new CaseIndex();
    const leaky = doc({ lookups: ['13812345678', 'tel:13812345678', ID_HASH.toUpperCase()] });
    index.upsert(leaky);
    expect(index.query({ lookups: ['13812345678'] }).total).toBe(0);
    const { head } = snapshotIndex(index);
    expect(head.terms.strKeys).not.toContain('13812345678');
    expect(head.terms.strKeys).not.toContain(ID_HASH.toUpperCase());
  });

  it('keeps the hashes through a snapshot and a delta', () => {
    const { index, party } = build();
    const { head, chunks } = snapshotIndex(index);
    const mark = markIndex(index);
    const later = doc({ title: '后来的案件', lookups: [NEW_PHONE_HASH] });
    index.upsert(later);
    const delta = deltaSince(index, mark);
    if (!delta) throw new Error('expected a delta');
    const restored = restoreIndex(head, chunks);
    applyDelta(restored, delta);
    expect(restored.query({ lookups: [ID_HASH] }).ids).toEqual([party.id]);
    expect(restored.query({ lookups: [NEW_PHONE_HASH] }).ids).toEqual([later.id]);
  });
});
