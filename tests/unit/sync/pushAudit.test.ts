/**
 * The audit push on its own, against the fake server: batches bounded by count and size, the
 * acknowledged position kept per enrollment and moved only by an answer that covers the batch,
 * and a refused chain forgotten so the next run asks the server where its copy ends.
 */
import { describe, expect, it } from 'vitest';
import { hashAuditEntrySync } from '../../../src-shared/audit/auditHash';
import { AUDIT_BATCH_TARGET_BYTES } from '../../../src-shared/sync/audit';
import { readAuditHead } from '../../../src-renderer/src/db/audit';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import type { AuditEntry } from '../../../src-renderer/src/db/rowTypes';
import type { FetchLike } from '../../../src-renderer/src/sync';
import {
  AUDIT_ACKED_KEY,
  pushAudit,
  readAuditAcked,
} from '../../../src-renderer/src/sync/pushAudit';
import { createSyncHttp } from '../../../src-renderer/src/sync/syncHttp';
import { setUpDevice } from '../db/fixtures';
import { createFakeServer } from './fakeServer';

const SERVER_DEVICE = '0190c000-0000-7000-8000-000000000001';

/** Appends entries with diffs of `sizes` characters, chained on the device's head. */
async function appendEntries(db: JianhuDb, sizes: readonly number[]): Promise<void> {
  let head = await readAuditHead(db);
  const first = await db.audit.get(1);
  if (!first) throw new Error('no first-run entry');
  for (const size of sizes) {
    const unhashed = {
      ...first,
      seq: head.seq + 1,
      id: `0190e000-0000-7000-8000-${String(head.seq + 1).padStart(12, '0')}`,
      diff: { note: 'x'.repeat(size) },
      prevHash: head.hash,
    };
    const entry: AuditEntry = { ...unhashed, hash: hashAuditEntrySync(unhashed) };
    await db.audit.add(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
}

async function setUp(reply?: (method: string, body: string) => Response | null) {
  const { db } = await setUpDevice();
  const server = createFakeServer();
  const bodies: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    if (init.method === 'POST' && typeof init.body === 'string') bodies.push(init.body);
    const own = reply?.(init.method ?? 'GET', typeof init.body === 'string' ? init.body : '');
    return own ?? server.fetch(url, init);
  };
  const http = createSyncHttp({
    serverUrl: 'http://127.0.0.1:8787',
    token: 'token-token-token-token-1',
    fetch,
    timeoutMs: 5_000,
    isOnline: () => true,
  });
  const ctx = { db, http, serverDeviceId: SERVER_DEVICE, report: () => undefined };
  return { db, server, bodies, ctx };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('pushAudit', () => {
  it('sends batches under the target size, an entry larger than it alone, each entry once', async () => {
    const { db, server, bodies, ctx } = await setUp();
    const big = Math.ceil(AUDIT_BATCH_TARGET_BYTES * 0.6);
    await appendEntries(db, [big, big, 10, 10, big, 2 * AUDIT_BATCH_TARGET_BYTES, 10]);

    const end = (await readAuditHead(db)).seq;
    expect(await pushAudit(ctx)).toBe(end);
    expect(server.auditEntries.map((e) => e.seq)).toEqual(
      Array.from({ length: end }, (_, i) => i + 1),
    );
    for (const body of bodies) {
      const { entries } = JSON.parse(body) as { entries: unknown[] };
      if (entries.length > 1) expect(body.length).toBeLessThanOrEqual(AUDIT_BATCH_TARGET_BYTES);
    }
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    expect(await readAuditAcked(db, SERVER_DEVICE)).toBe(end);
    expect(await pushAudit(ctx)).toBe(0);
  });

  it('starts a new enrollment from what its own server holds, not from the old position', async () => {
    const { db, server, ctx } = await setUp();
    await appendEntries(db, [10, 10]);
    await db.meta.put({
      key: AUDIT_ACKED_KEY,
      value: { serverDeviceId: '0190c000-0000-7000-8000-0000000000ff', seq: 3 },
    });
    expect(await readAuditAcked(db, SERVER_DEVICE)).toBeNull();
    expect(await pushAudit(ctx)).toBe(3);
    expect(server.requests.slice(0, 2)).toEqual(['GET /sync/audit', 'POST /sync/audit']);
    expect(await readAuditAcked(db, SERVER_DEVICE)).toBe(3);
  });

  it('takes an answer that acknowledges less than the batch as a bad response, moving nothing', async () => {
    const { db, ctx } = await setUp((method) =>
      method === 'POST' ? json(200, { seq: 0, hash: '0'.repeat(64) }) : null,
    );
    await appendEntries(db, [10]);
    await expect(pushAudit(ctx)).rejects.toMatchObject({ code: 'bad-response' });
    expect(await readAuditAcked(db, SERVER_DEVICE)).toBeNull();
  });

  it('forgets the position when the chain is refused, and stops before sending while flagged', async () => {
    let isFlagged = false;
    const { db, bodies, ctx } = await setUp((method) => {
      if (method === 'GET') return json(200, { head: { seq: 0, hash: '0'.repeat(64) }, isFlagged });
      isFlagged = true;
      return json(409, { code: 'audit-chain-broken', message: 'refused' });
    });
    await appendEntries(db, [10]);
    await db.meta.put({ key: AUDIT_ACKED_KEY, value: { serverDeviceId: SERVER_DEVICE, seq: 1 } });
    await expect(pushAudit(ctx)).rejects.toMatchObject({ code: 'audit-chain-broken' });
    expect(await db.meta.get(AUDIT_ACKED_KEY)).toBeUndefined();
    expect(bodies).toHaveLength(1);

    await expect(pushAudit(ctx)).rejects.toMatchObject({ code: 'audit-chain-broken' });
    expect(bodies).toHaveLength(1);
  });
});
