/**
 * Two devices of one county edit the same case offline: different fields merge; the same field
 * conflicts with both values kept; the person's resolution syncs to both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrollResponse } from '../../../src-shared/sync/enroll';
import { create, update } from './helpers/changes';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('two devices on %s', (backend) => {
  let env: TestEnv;
  let a: EnrollResponse;
  let b: EnrollResponse;
  beforeAll(async () => {
    env = await createTestEnv(backend);
    a = await env.enroll(UNITS.yaohai);
    b = await env.enroll(UNITS.yaohai);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  async function caseOn(token: string, id: string) {
    const page = await env.pull(token);
    return page.changes.find((c) => c.entityId === id);
  }

  it('merges edits of different fields made against the same revision', async () => {
    await env.push(a.token, [create(1, 'case-m', { title: '欠薪案', claims: '', facts: '' })]);
    expect(await caseOn(b.token, 'case-m')).toMatchObject({ rev: 1 });

    const fromA = await env.push(a.token, [update(2, 'case-m', 1, { claims: '支付工资' })]);
    const fromB = await env.push(b.token, [update(1, 'case-m', 1, { facts: '2025 年欠薪' })]);
    expect(fromA.results[0]).toMatchObject({ status: 'applied', rev: 2 });
    expect(fromB.results[0]).toMatchObject({ status: 'applied', rev: 3 });
    const merged = { title: '欠薪案', claims: '支付工资', facts: '2025 年欠薪' };
    expect(await caseOn(a.token, 'case-m')).toMatchObject({ rev: 3, data: merged });
    expect(await caseOn(b.token, 'case-m')).toMatchObject({ rev: 3, data: merged });
  });

  it('reports the same field changed on both sides as a conflict with both values, and keeps it', async () => {
    await env.push(a.token, [
      create(3, 'case-c', { title: 't', claims: 'base', status: 'received' }),
    ]);
    await env.push(a.token, [update(4, 'case-c', 1, { claims: 'from A' })]);
    const reply = await env.push(b.token, [
      update(2, 'case-c', 1, { claims: 'from B', status: 'accepted' }),
    ]);
    const result = reply.results[0];
    expect(result?.status).toBe('conflict');
    if (result?.status !== 'conflict') return;
    expect(result.conflicts).toEqual([
      { field: 'claims', base: 'base', server: 'from A', client: 'from B' },
    ]);
    // The non-conflicting field merged; the conflicting one keeps the server value until resolved.
    expect(result.serverRecord).toMatchObject({
      rev: 3,
      data: { title: 't', claims: 'from A', status: 'accepted' },
    });
    const stored = await env.db.query(
      "select status, fields from conflicts where entity_id = 'case-c'",
    );
    expect(stored).toEqual([{ status: 'open', fields: result.conflicts }]);

    // Resolution: B keeps its own value, on top of the record it was shown. It syncs like any change.
    const resolved = await env.push(b.token, [
      update(3, 'case-c', result.serverRecord.rev, { claims: 'from B' }),
    ]);
    expect(resolved.results[0]).toMatchObject({ status: 'applied', rev: 4 });
    expect(
      (await env.db.query("select status from conflicts where entity_id = 'case-c'"))[0],
    ).toEqual({ status: 'resolved' });
    for (const token of [a.token, b.token]) {
      expect(await caseOn(token, 'case-c')).toMatchObject({
        rev: 4,
        data: { claims: 'from B', status: 'accepted' },
      });
    }
  });

  it('treats equal values set on both sides as agreement, not a conflict', async () => {
    await env.push(a.token, [create(5, 'case-e', { status: 'received' })]);
    await env.push(a.token, [update(6, 'case-e', 1, { status: 'accepted' })]);
    const reply = await env.push(b.token, [update(4, 'case-e', 1, { status: 'accepted' })]);
    expect(reply.results[0]).toMatchObject({ status: 'applied', rev: 2 });
  });

  it('keeps every version with device time and server receipt time', async () => {
    const rows = await env.db.query(
      "select rev, device_id, device_time, received_at from record_versions where entity_id = 'case-m' order by rev",
    );
    expect(rows.map((r) => r.rev)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.device_id)).toEqual([a.deviceId, a.deviceId, b.deviceId]);
    for (const row of rows) {
      expect(row.device_time).toBeInstanceOf(Date);
      expect(row.received_at).toBeInstanceOf(Date);
    }
  });
});
