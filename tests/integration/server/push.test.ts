/**
 * Push over real HTTP: idempotent resends, gaps and late arrivals, per-change rejections, and a
 * failed transaction that leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src-server/db/db';
import { change, create, statuses, stepData, update } from './helpers/changes';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv, startServer } from './helpers/testEnv';

describe.each(BACKENDS)('push on %s', (backend) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(backend);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  async function tableCounts(deviceId: string) {
    return {
      answers: await env.count(
        'select count(*)::int as n from applied_changes where device_id = $1',
        [deviceId],
      ),
      versions: await env.count(
        'select count(*)::int as n from record_versions where device_id = $1',
        [deviceId],
      ),
    };
  }

  it('answers a resent batch with duplicates carrying the first answers, and stores nothing twice', async () => {
    const device = await env.enroll(UNITS.yaohai);
    const batch = [
      create(1, 'idem-1', { title: 'a' }),
      create(2, 'idem-2', { title: 'b' }),
      update(3, 'idem-1', 0, { title: 'a2' }),
    ];
    const first = await env.push(device.token, batch);
    expect(statuses(first.results)).toEqual(['applied', 'applied', 'applied']);
    const before = await tableCounts(device.deviceId);

    const second = await env.push(device.token, batch);
    expect(statuses(second.results)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(second.results.map((r) => (r.status === 'duplicate' ? r.original : null))).toEqual(
      first.results,
    );
    expect(second.results.map((r) => (r.status === 'duplicate' ? r.rev : null))).toEqual([1, 1, 2]);
    expect(await tableCounts(device.deviceId)).toEqual(before);
    expect(before).toEqual({ answers: 3, versions: 3 });
    expect(second.lastSeq).toBe(3);
  });

  it('applies only the new part of an overlapping resend', async () => {
    const device = await env.enroll(UNITS.yaohai);
    const all = [1, 2, 3, 4, 5].map((seq) =>
      create(seq, `overlap-${seq}`, { claims: String(seq) }),
    );
    await env.push(device.token, all.slice(0, 3));
    const reply = await env.push(device.token, all.slice(1));
    expect(statuses(reply.results)).toEqual(['duplicate', 'duplicate', 'applied', 'applied']);
    expect((await tableCounts(device.deviceId)).answers).toBe(5);
  });

  it('accepts a gap and a late arrival into it, so no change is lost either way', async () => {
    const device = await env.enroll(UNITS.yaohai);
    await env.push(device.token, [create(1, 'gap-1', { claims: '1' })]);
    const ahead = await env.push(device.token, [create(5, 'gap-5', { claims: '5' })]);
    expect(statuses(ahead.results)).toEqual(['applied']);
    expect(ahead.lastSeq).toBe(5);
    const late = create(3, 'gap-3', { claims: '3' });
    expect(statuses((await env.push(device.token, [late])).results)).toEqual(['applied']);
    const again = await env.push(device.token, [late]);
    expect(statuses(again.results)).toEqual(['duplicate']);
    expect(again.lastSeq).toBe(5);
    const page = await env.pull(device.token);
    expect(
      page.changes.filter((c) => c.entityId.startsWith('gap-')).map((c) => c.entityId),
    ).toEqual(['gap-1', 'gap-5', 'gap-3']);
  });

  it('refuses a different change that reuses a taken sequence number, and stores nothing for it', async () => {
    const device = await env.enroll(UNITS.yaohai);
    await env.push(device.token, [create(1, 'reuse-1', { claims: '1' })]);
    const reply = await env.push(device.token, [create(1, 'reuse-other', { claims: '2' })]);
    expect(statuses(reply.results)).toEqual(['rejected:seq-reused']);
    expect(
      await env.count("select count(*)::int as n from records where entity_id = 'reuse-other'"),
    ).toBe(0);
  });

  it('rejects per change, keeps the rest of the batch, and repeats the rejection on resend', async () => {
    const device = await env.enroll(UNITS.yaohai);
    const batch = [
      change({ deviceSeq: 1, entityId: 'rej-null', op: 'create', patch: null }),
      update(2, 'rej-missing', 0, { facts: '1' }),
      create(3, 'rej-ok', { facts: '1' }),
      update(4, 'rej-ok', 7, { facts: '2' }),
      change({
        deviceSeq: 5,
        entity: 'step',
        entityId: 'rej-step',
        op: 'create',
        patch: stepData(),
      }),
      change({
        deviceSeq: 6,
        entity: 'step',
        entityId: 'rej-step',
        op: 'update',
        patch: { to: 'x' },
      }),
    ];
    const first = await env.push(device.token, batch);
    expect(statuses(first.results)).toEqual([
      'rejected:bad-request',
      'rejected:not-found',
      'applied',
      'rejected:bad-request',
      'applied',
      'rejected:bad-request',
    ]);
    const resent = await env.push(device.token, batch);
    expect(
      resent.results.map((r) => (r.status === 'duplicate' ? r.original.status : r.status)),
    ).toEqual(first.results.map((r) => r.status));
    expect(
      await env.count("select count(*)::int as n from records where entity_id like 'rej-%'"),
    ).toBe(2);
  });

  it("does not make a device's own unacknowledged edits conflict with each other", async () => {
    const device = await env.enroll(UNITS.yaohai);
    const first = await env.push(device.token, [
      create(1, 'own-1', { title: 'a', claims: 'c' }),
      update(2, 'own-1', 0, { title: 'b' }),
    ]);
    expect(statuses(first.results)).toEqual(['applied', 'applied']);
    // Still baseRev 0: the device has not pulled. Its own earlier values are not someone else's.
    const second = await env.push(device.token, [
      update(3, 'own-1', 0, { title: 'c', claims: 'd' }),
    ]);
    expect(statuses(second.results)).toEqual(['applied']);
    const page = await env.pull(device.token);
    expect(page.changes.find((c) => c.entityId === 'own-1')).toMatchObject({
      rev: 3,
      data: { title: 'c', claims: 'd' },
    });
  });

  it('merges two edits of one record sent in one batch against the same revision', async () => {
    const a = await env.enroll(UNITS.yaohai);
    const b = await env.enroll(UNITS.yaohai);
    await env.push(a.token, [create(1, 'pair-1', { title: 't0', claims: 'c0', facts: 'f0' })]);
    // Both edits were made on rev 1 before either was acknowledged, and travel together.
    const both = await env.push(b.token, [
      update(1, 'pair-1', 1, { title: 't1' }),
      update(2, 'pair-1', 1, { claims: 'c1' }),
    ]);
    expect(statuses(both.results)).toEqual(['applied', 'applied']);
    // Meanwhile-style edit from another device against the old base, in a batch of two as well.
    const other = await env.push(a.token, [
      update(2, 'pair-1', 1, { facts: 'f1' }),
      update(3, 'pair-1', 1, { facts: 'f2' }),
    ]);
    expect(statuses(other.results)).toEqual(['applied', 'applied']);
    const page = await env.pull(a.token);
    expect(page.changes.find((c) => c.entityId === 'pair-1')).toMatchObject({
      rev: 5,
      data: { title: 't1', claims: 'c1', facts: 'f2' },
    });
  });

  it('soft-deletes and restores with a new revision each, and a repeated delete changes nothing', async () => {
    const device = await env.enroll(UNITS.yaohai);
    await env.push(device.token, [create(1, 'del-1', { title: 'x' })]);
    const reply = await env.push(device.token, [
      change({ deviceSeq: 2, entityId: 'del-1', op: 'delete', baseRev: 1, patch: null }),
      change({ deviceSeq: 3, entityId: 'del-1', op: 'delete', baseRev: 2, patch: null }),
    ]);
    expect(reply.results.map((r) => (r.status === 'applied' ? r.rev : null))).toEqual([2, 2]);
    expect(
      (await env.pull(device.token)).changes.find((c) => c.entityId === 'del-1'),
    ).toMatchObject({ deleted: true, rev: 2 });
    await env.push(device.token, [
      change({ deviceSeq: 4, entityId: 'del-1', op: 'restore', baseRev: 2, patch: null }),
    ]);
    expect(
      (await env.pull(device.token)).changes.find((c) => c.entityId === 'del-1'),
    ).toMatchObject({ deleted: false, rev: 3 });
  });

  it('refuses a batch whose deviceId is not the token’s device (403, nothing stored)', async () => {
    const device = await env.enroll(UNITS.yaohai);
    const other = await env.enroll(UNITS.yaohai);
    const reply = await env.request('/sync/push', {
      method: 'POST',
      token: device.token,
      body: { deviceId: other.deviceId, changes: [create(1, 'wrong-device', { facts: '1' })] },
    });
    expect(reply).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect(
      await env.count("select count(*)::int as n from records where entity_id = 'wrong-device'"),
    ).toBe(0);
  });

  it('pages a pull by server sequence with a cursor', async () => {
    const device = await env.enroll(UNITS.luyang);
    await env.push(
      device.token,
      [1, 2, 3, 4, 5].map((seq) => create(seq, `page-${seq}`, { claims: String(seq) })),
    );
    const first = await env.pull(device.token, '0', 2);
    expect(first.changes.map((c) => c.entityId)).toEqual(['page-1', 'page-2']);
    expect(first.hasMore).toBe(true);
    const second = await env.pull(device.token, first.nextCursor, 10);
    expect(second.changes.map((c) => c.entityId)).toEqual(['page-3', 'page-4', 'page-5']);
    expect(second.hasMore).toBe(false);
    const seqs = [...first.changes, ...second.changes].map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect((await env.pull(device.token, second.nextCursor)).changes).toEqual([]);
  });

  it('leaves nothing behind when the database fails halfway through a push', async () => {
    const device = await env.enroll(UNITS.yaohai);
    await env.push(device.token, [create(1, 'atomic-0', { facts: '0' })]);
    // The same database, but the write of the answers fails after records and versions were written.
    const failing: Db = {
      ...env.db,
      transaction: (fn) =>
        env.db.transaction((tx) =>
          fn({
            ...tx,
            query: async (sql, params) => {
              if (sql.includes('insert into applied_changes'))
                throw new Error('disk full (injected)');
              return tx.query(sql, params);
            },
          }),
        ),
    };
    const broken = await startServer(failing);
    try {
      const reply = await fetch(`${broken.url}/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${device.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          changes: [
            create(2, 'atomic-1', { facts: '1' }),
            update(3, 'atomic-0', 1, { facts: '2' }),
          ],
        }),
      });
      expect(reply.status).toBe(500);
      expect(await reply.json()).toEqual({ code: 'internal', message: 'internal server error' });
    } finally {
      await broken.app.close();
    }
    expect(
      await env.count("select count(*)::int as n from records where entity_id = 'atomic-1'"),
    ).toBe(0);
    expect(await env.count("select rev as n from records where entity_id = 'atomic-0'")).toBe(1);
    expect(
      await env.count('select last_seq as n from devices where id = $1', [device.deviceId]),
    ).toBe(1);
    // The resend after the failure goes through whole.
    const retry = await env.push(device.token, [
      create(2, 'atomic-1', { facts: '1' }),
      update(3, 'atomic-0', 1, { facts: '2' }),
    ]);
    expect(statuses(retry.results)).toEqual(['applied', 'applied']);
  });
});
