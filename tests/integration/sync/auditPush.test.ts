/**
 * A device's audit chain through the real engine to the real server: it arrives whole and
 * re-hashes on the server, an interrupted push resumes without a duplicate or a flag, a tampered
 * entry stops the run with `audit-chain-broken` (cases still sync), and a device flagged because
 * the server lost entries continues from the server's head once the operator clears the flag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256HexSync } from '../../../src-shared/audit/sha256';
import { clearAuditFlag } from '../../../src-server/audit/deviceAuditState';
import { readAuditHead } from '../../../src-renderer/src/db/audit';
import { createCase, updateCase } from '../../../src-renderer/src/db/cases';
import type { FetchLike } from '../../../src-renderer/src/sync';
import { readAuditAcked } from '../../../src-renderer/src/sync/pushAudit';
import { validInput } from '../../unit/db/fixtures';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

/** Passes requests to the server; loses the answer of the audit pushes numbered in `lose`. */
function losingAuditAnswers(lose: ReadonlySet<number>): FetchLike & { auditPosts: number } {
  const wrapper = Object.assign(
    async (input: string, init: RequestInit) => {
      const response = await fetch(input, init);
      if (init.method === 'POST' && input.endsWith('/sync/audit')) {
        wrapper.auditPosts += 1;
        if (lose.has(wrapper.auditPosts)) {
          await response.text();
          throw new TypeError('fetch failed (answer lost)');
        }
      }
      return response;
    },
    { auditPosts: 0 },
  );
  return wrapper;
}

describe.each(BACKENDS)('the audit chain through the engine on %s', (backend) => {
  let env: TestEnv;
  const devices: TestDevice[] = [];
  beforeAll(async () => {
    env = await createTestEnv(backend);
  }, 60_000);
  afterAll(async () => {
    await closeDevices(devices);
    await env.close();
  });

  async function device(
    options: Parameters<typeof addDevice>[2] = {},
    unitCode: string = UNITS.yaohai,
  ) {
    const d = await addDevice(env, unitCode, options);
    devices.push(d);
    return d;
  }
  async function writeCases(d: TestDevice, count: number) {
    for (let i = 0; i < count; i++) {
      const created = await createCase(d.db, d.actor, validInput(i), new Date());
      if (created.ok)
        await updateCase(
          d.db,
          d.actor,
          created.value.id,
          { facts: `事实 ${String(i)}` },
          new Date(),
        );
    }
  }
  const serverRows = (d: TestDevice) =>
    env.db.query(
      'select seq, prev_hash, body, hash from device_audit_entries where device_id = $1 order by seq',
      [d.serverDeviceId],
    );
  const flags = (d: TestDevice) =>
    env.count(
      "select count(*)::int as n from server_audit where device_id = $1 and action = 'audit.flag'",
      [d.serverDeviceId],
    );

  it('brings every audit entry of the device to the server, where each one re-hashes', async () => {
    const d = await device({ engine: { auditBatchSize: 4 } });
    await writeCases(d, 5);
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    await writeCases(d, 1);
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle' });

    const local = await d.db.audit.orderBy('seq').toArray();
    const rows = await serverRows(d);
    expect(rows.map((r) => [Number(r.seq), r.hash])).toEqual(local.map((e) => [e.seq, e.hash]));
    for (const row of rows)
      expect(sha256HexSync(String(row.prev_hash) + String(row.body))).toBe(row.hash);
    expect(await readAuditAcked(d.db, d.serverDeviceId)).toBe((await readAuditHead(d.db)).seq);
  });

  it('resumes a push whose answers were lost, from what the server holds, without a duplicate or a flag', async () => {
    // Answer 1 lost before any position was stored (the device asks the server where it ended);
    // answer 3 lost after one was stored (the device resends that batch, which the server ignores).
    const flaky = losingAuditAnswers(new Set([1, 3]));
    // A unit of its own: no other device's records to pull, so no audit push goes beside the pull
    // (auditBesidePull.test.ts loses one of those) and the answers counted are the run's own push.
    const d = await device({ engine: { auditBatchSize: 3, fetch: flaky } }, UNITS.luyang);
    await writeCases(d, 4);
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'error', code: 'server-unreachable' });
    expect(await readAuditAcked(d.db, d.serverDeviceId)).toBeNull();
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'error', code: 'server-unreachable' });
    expect(await readAuditAcked(d.db, d.serverDeviceId)).toBe(6);
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle' });

    const local = await d.db.audit.orderBy('seq').toArray();
    expect((await serverRows(d)).map((r) => r.hash)).toEqual(local.map((e) => e.hash));
    expect(await flags(d)).toBe(0);
  });

  it('stops the run with audit-chain-broken when an unsent entry was edited, after the cases went up', async () => {
    const d = await device();
    await writeCases(d, 1);
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle' });
    const sent = (await readAuditHead(d.db)).seq;
    await writeCases(d, 2);
    // Someone edits an entry in IndexedDB before it was sent, leaving its hash as it was.
    await d.db.audit.update(sent + 1, { diff: { after: { facts: '改过的记录' } } });

    const status = await d.engine.syncNow();
    expect(status).toMatchObject({ kind: 'error', code: 'audit-chain-broken', pendingCount: 0 });
    expect(status.kind === 'error' && status.retryAt).toBeTruthy();
    expect(await serverRows(d)).toHaveLength(sent);
    expect(await flags(d)).toBe(1);
    // A flagged device learns it from GET /sync/audit and sends nothing more.
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'error', code: 'audit-chain-broken' });
    expect(await flags(d)).toBe(1);
  });

  it('continues from the server’s head after the operator clears a flag raised because the server lost entries', async () => {
    const d = await device();
    await writeCases(d, 3);
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle' });
    // The server's database comes back from an older backup: it holds the chain up to seq 3.
    const kept = (await serverRows(d))[2];
    await env.db.query('delete from device_audit_entries where device_id = $1 and seq > 3', [
      d.serverDeviceId,
    ]);
    await env.db.query(
      'update device_audit_heads set head_seq = 3, head_hash = $2 where device_id = $1',
      [d.serverDeviceId, String(kept?.hash)],
    );
    await writeCases(d, 1);
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'error', code: 'audit-chain-broken' });

    expect(await clearAuditFlag(env.db, d.serverDeviceId, new Date())).not.toBeNull();
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle' });
    const local = await d.db.audit.orderBy('seq').toArray();
    expect((await serverRows(d)).map((r) => r.hash)).toEqual(local.map((e) => e.hash));
  });
});
