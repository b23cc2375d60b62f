/**
 * Each version's data is stored once (migration 0008): `records` holds the current data and a
 * version row only the data it replaced. Every past version must still read exactly as it was
 * when it was current — through the view operators use (record_version_data) and through what a
 * push loads to merge at an old base — and a merge at an old base must give what it gave before.
 */
import { describe, expect, it } from 'vitest';
import type { PushChange } from '../../../src-shared/sync/push';
import { loadPushState, recordKey } from '../../../src-server/sync/pushState';
import { change, create, update } from './helpers/changes';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

const ID = 'history-1';
const COURT_CASES = [{ number: '（2026）皖0102民初1号' }];

describe.each(BACKENDS)('version history on %s', (backend) => {
  const env = useTestEnv(backend);
  /** The record's data as text, by rev, read from `records` while that rev was current. */
  const seen = new Map<number, string>();
  /** The data of revisions made inside one batch (never current between pushes), by rev. */
  const inBatch = new Map<number, Record<string, unknown>>();
  let deviceA = '';

  async function noteCurrent(id = ID): Promise<number> {
    const [row] = await env().db.query(
      `select rev, data::text as text from records
        where unit_code = $1 and entity = 'case' and entity_id = $2`,
      [UNITS.yaohai, id],
    );
    seen.set(Number(row?.rev), String(row?.text));
    return Number(row?.rev);
  }

  async function pushed(token: string, changes: PushChange[]): Promise<void> {
    const { results } = await env().push(token, changes);
    expect(results.map((r) => r.status)).toEqual(changes.map(() => 'applied'));
  }

  it('builds a history: creates, edits from two devices, one batch of three, delete, restore', async () => {
    const a = await env().enroll(UNITS.yaohai);
    const b = await env().enroll(UNITS.yaohai);
    deviceA = a.deviceId;
    await pushed(a.token, [create(1, ID, { claims: '请求一', facts: '事实一' })]);
    expect(await noteCurrent()).toBe(1);
    await pushed(a.token, [update(2, ID, 1, { claims: '请求二' })]);
    expect(await noteCurrent()).toBe(2);
    // Made at rev 1 on the other device: merged with A's edit into rev 3.
    await pushed(b.token, [update(1, ID, 1, { facts: '事实二' })]);
    expect(await noteCurrent()).toBe(3);
    // Revs 4 and 5 exist only inside this batch; rev 6 deletes without touching the data.
    await pushed(a.token, [
      update(3, ID, 3, { claims: '请求三', officialNo: '瑶检民支〔2026〕1号' }),
      update(4, ID, 3, { facts: '事实三', courtCases: COURT_CASES }),
      change({ deviceSeq: 5, entityId: ID, op: 'delete', baseRev: 3, patch: null }),
    ]);
    const rev3 = JSON.parse(seen.get(3) ?? '{}') as Record<string, unknown>;
    const rev4 = { ...rev3, claims: '请求三', officialNo: '瑶检民支〔2026〕1号' };
    inBatch.set(4, rev4);
    inBatch.set(5, { ...rev4, facts: '事实三', courtCases: COURT_CASES });
    expect(await noteCurrent()).toBe(6);
    await pushed(b.token, [
      change({ deviceSeq: 2, entityId: ID, op: 'restore', baseRev: 6, patch: null }),
    ]);
    expect(await noteCurrent()).toBe(7);
    await pushed(b.token, [update(3, ID, 7, { title: '追索劳动报酬案 😀 𠮷' })]);
    expect(await noteCurrent()).toBe(8);
  });

  it('reads every past version through record_version_data exactly as it was stored', async () => {
    const rows = await env().db.query(
      `select rev, data::text as text, data from record_version_data
        where unit_code = $1 and entity = 'case' and entity_id = $2 order by rev`,
      [UNITS.yaohai, ID],
    );
    expect(rows.map((r) => Number(r.rev))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const row of rows) {
      const rev = Number(row.rev);
      const text = seen.get(rev);
      if (text === undefined) expect(row.data).toEqual(inBatch.get(rev));
      else expect(row.text).toBe(text);
    }
    // Delete and restore changed no data: the deleted rev reads as the rev before it.
    expect(seen.get(6)).toBe(seen.get(7));
    expect(rows[4]?.text).toBe(seen.get(6));
  });

  it('loads the same versions a merge at base 1 reads', async () => {
    const state = await env().db.transaction((tx) =>
      loadPushState(tx, { id: deviceA, unitCode: UNITS.yaohai }, [
        update(99, ID, 1, { claims: 'x' }),
      ]),
    );
    const versions = state.versions.get(recordKey('case', ID)) ?? [];
    expect(versions.map((v) => v.rev)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const v of versions) {
      const text = seen.get(v.rev);
      expect(v.data).toEqual(text === undefined ? inBatch.get(v.rev) : JSON.parse(text));
    }
    // Each version keeps the patch its device sent (none for the create, delete and restore).
    expect(versions.map((v) => v.patch?.claims ?? null)).toEqual([
      null,
      '请求二',
      null,
      '请求三',
      null,
      null,
      null,
      null,
    ]);
  });

  it('merges a change made at an old revision against that revision’s data', async () => {
    const c = await env().enroll(UNITS.yaohai);
    // Made at rev 2 (claims 请求二): the server's claims moved on to 请求三, so this conflicts
    // with the value of rev 2 as base; the fields only the server changed since keep its values.
    const { results } = await env().push(c.token, [
      update(1, ID, 2, { claims: '请求四', adminOrgan: '瑶海区人社局' }),
    ]);
    const result = results[0];
    expect(result?.status).toBe('conflict');
    if (result?.status !== 'conflict') return;
    expect(result.conflicts).toEqual([
      { field: 'claims', base: '请求二', server: '请求三', client: '请求四' },
    ]);
    expect(result.serverRecord).toMatchObject({
      rev: 9,
      data: { claims: '请求三', facts: '事实三', adminOrgan: '瑶海区人社局' },
    });
  });

  it('stores no version data twice: a create keeps none, an edit only what it replaced', async () => {
    const d = await env().enroll(UNITS.yaohai);
    const ids = Array.from({ length: 20 }, (_, i) => `once-${String(i)}`);
    await pushed(
      d.token,
      ids.map((id, i) => create(i + 1, id, { title: id })),
    );
    const creates = await env().db.query(
      `select count(*)::int as n from record_versions
        where entity_id = any($1::text[]) and prior_data is null and patch is null`,
      [ids],
    );
    expect(creates[0]?.n).toBe(20);
    const rows = await env().db.query(
      `select v.rev, v.prior_data::text as prior, v.patch is null as patchless
         from record_versions v
        where v.unit_code = $1 and v.entity = 'case' and v.entity_id = $2 order by v.rev`,
      [UNITS.yaohai, ID],
    );
    // rev 2 replaced rev 1; rev 4 replaced rev 3; rev 5 replaced rev 4 (made in the same batch);
    // the delete (6) and restore (7) replaced nothing.
    expect(rows.map((r) => r.prior)).toEqual([
      null,
      seen.get(1),
      seen.get(2),
      seen.get(3),
      expect.any(String),
      null,
      null,
      seen.get(7),
      seen.get(8),
    ]);
    expect(JSON.parse(String(rows[4]?.prior))).toEqual(inBatch.get(4));
    // No version row holds the data `records` holds now.
    expect(
      await env().count(
        `select count(*)::int as n from record_versions v join records r using (unit_code, entity, entity_id)
          where v.prior_data::text = r.data::text`,
      ),
    ).toBe(0);
  });
});
