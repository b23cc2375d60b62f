/**
 * The push pipeline (sync/pushOutbox.ts) collects the next batch while the current one travels
 * and stores one batch's answers while the next travels. Whatever the overlap, every change is
 * sent once, in deviceSeq order, and a failure mid-way leaves exactly the unanswered rows.
 */
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import { createSyncEngine, enrollDevice } from '../../../src-renderer/src/sync';
import { OUTBOX_REPORT_HEADER } from '../../../src-shared/sync/outboxReport';
import type { PushChange } from '../../../src-shared/sync/push';
import { setUpDevice, validInput } from '../db/fixtures';
import { applied, createFakeServer } from './fakeServer';

async function deviceWithCases(count: number) {
  const { db, actor } = await setUpDevice();
  const server = createFakeServer();
  /** The outbox report each push carried, in order. */
  const reports: unknown[] = [];
  const fetch: typeof server.fetch = (url, init) => {
    if (url.endsWith('/sync/push')) {
      const headers = init.headers as Record<string, string>;
      reports.push(JSON.parse(headers[OUTBOX_REPORT_HEADER] ?? 'null'));
    }
    return server.fetch(url, init);
  };
  await enrollDevice({
    db,
    serverUrl: 'http://127.0.0.1:8787',
    code: 'ABCD-EFGH',
    fetch: server.fetch,
    now: () => new Date(),
  });
  for (let i = 0; i < count; i++) await createCase(db, actor, validInput(i), new Date());
  const engine = () =>
    createSyncEngine({
      db,
      fetch,
      now: () => new Date('2026-11-29T08:00:00Z'),
      random: () => 0.5,
      timerMs: 300_000,
      timers: { set: () => ({}), clear: () => undefined },
      isOnline: () => true,
      subscribeOnline: () => () => undefined,
      batchSize: 2,
    });
  return { db, server, engine, reports };
}

/** Answers every push as applied and notes the deviceSeqs each one carried. */
function recordPushes(server: ReturnType<typeof createFakeServer>, count: number) {
  const sent: number[][] = [];
  const revs = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    server.pushReplies.push((changes: PushChange[]) => {
      sent.push(changes.map((c) => c.deviceSeq));
      return applied(changes, revs);
    });
  }
  return sent;
}

describe('the push pipeline', () => {
  it('sends every change once and in order, in batches, while collecting ahead', async () => {
    const d = await deviceWithCases(7);
    const seqs = (await d.db.outbox.toArray()).map((r) => r.deviceSeq);
    const sent = recordPushes(d.server, 10);
    expect(await d.engine().syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(sent.every((batch) => batch.length <= 2)).toBe(true);
    expect(sent.flat()).toEqual(seqs);
    expect(await d.db.outbox.count()).toBe(0);
  });

  it('leaves exactly the unanswered rows after a failed push, and sends them once next time', async () => {
    const d = await deviceWithCases(7);
    const seqs = (await d.db.outbox.toArray()).map((r) => r.deviceSeq);
    const sent = recordPushes(d.server, 2);
    d.server.pushReplies.push(() => 'network-error');
    expect(await d.engine().syncNow()).toMatchObject({ kind: 'error' });
    expect(sent.flat()).toEqual(seqs.slice(0, 4));
    const left = await d.db.outbox.toArray();
    expect(left.map((r) => r.deviceSeq)).toEqual(seqs.slice(4));
    // Only the batch that travelled counts an attempt; the one collected behind it was not sent.
    expect(left.map((r) => r.attempts)).toEqual(seqs.slice(4).map((_, i) => (i < 2 ? 1 : 0)));

    const again = recordPushes(d.server, 10);
    expect(await d.engine().syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(again.flat()).toEqual(seqs.slice(4));
  });

  it('has the next batch ready before an answer comes: it leaves before that answer is stored', async () => {
    const d = await deviceWithCases(6);
    const rows = await d.db.outbox.count();
    expect(rows).toBe(7); // the six cases and the device's own first row
    recordPushes(d.server, 10);
    expect(await d.engine().syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    // Batches of 2. Each report was read while the batch before it was at the server: that
    // batch's rows were still in the outbox when the next request left (its ack is stored while
    // the next travels). Read after the ack, the counts would be 7, 5, 3, 1.
    expect(d.reports.map((r) => (r as { changes: number }).changes)).toEqual([7, 7, 5, 3]);
  });
});
