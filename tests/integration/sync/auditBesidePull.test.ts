/**
 * The audit entries a download appends go up while later pages are stored (auditChaser.ts): the
 * server holds the whole chain at the end, each entry once; a lost answer of a push made beside
 * the pull is met again by the run's own audit push, which resumes from what the server holds.
 * The pulled cases are sealed ahead (preSealPage.ts) and read back as they were sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditHead } from '../../../src-renderer/src/db/audit';
import { createCase } from '../../../src-renderer/src/db/cases';
import type { FetchLike } from '../../../src-renderer/src/sync';
import { readAuditAcked } from '../../../src-renderer/src/sync/pushAudit';
import { validInput } from '../../unit/db/fixtures';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, contentOf, type TestDevice } from './helpers/syncEnv';

/** Passes requests on, logging pulls and audit pushes; loses the audit answers numbered in `lose`. */
function loggingFetch(lose: ReadonlySet<number> = new Set()): FetchLike & { log: string[] } {
  let auditPosts = 0;
  let pulls = 0;
  const log: string[] = [];
  let auditSent: () => void = () => undefined;
  const firstAuditSent = new Promise<void>((resolve) => {
    auditSent = resolve;
  });
  const wrapper = async (input: string, init: RequestInit) => {
    const isAudit = init.method === 'POST' && input.endsWith('/sync/audit');
    if (input.includes('/sync/pull')) {
      pulls += 1;
      // From the third page on, a pull waits (5 s at most) for an audit push to have gone out, as
      // it would on a link slower than the loopback: on two busy cores the pages could otherwise
      // all arrive before the chaser's first push, and the test would say nothing of the order.
      // A chaser that pushes only after the pull never sends one here, and the test fails.
      if (pulls > 2) await within(firstAuditSent, 5000);
      log.push('pull');
    }
    if (isAudit) {
      // Logged when sent: the order that matters is the push's against the pulls.
      log.push('audit');
      auditSent();
    }
    const response = await fetch(input, init);
    if (isAudit) {
      auditPosts += 1;
      if (lose.has(auditPosts)) {
        await response.text();
        throw new TypeError('fetch failed (answer lost)');
      }
    }
    return response;
  };
  return Object.assign(wrapper, { log });
}

/** Settles when `promise` does or after `ms`, whichever comes first, leaving no timer behind. */
async function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each(BACKENDS)('audit entries beside the pull on %s', (backend) => {
  let env: TestEnv;
  const devices: TestDevice[] = [];
  beforeAll(async () => {
    env = await createTestEnv(backend);
  }, 60_000);
  afterAll(async () => {
    await closeDevices(devices);
    await env.close();
  });

  async function device(options: Parameters<typeof addDevice>[2] = {}) {
    const d = await addDevice(env, UNITS.yaohai, options);
    devices.push(d);
    return d;
  }

  async function sourceWithCases(count: number) {
    const source = await device();
    for (let i = 0; i < count; i++) {
      const input = validInput(i);
      const party = { ...input.parties[0], phone: `1390000${String(1000 + i)}` };
      await createCase(
        source.db,
        source.actor,
        { ...input, parties: [party as never] },
        new Date(),
      );
    }
    expect(await source.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    return source;
  }

  const serverHashes = async (d: TestDevice) =>
    (
      await env.db.query(
        'select hash from device_audit_entries where device_id = $1 order by seq',
        [d.serverDeviceId],
      )
    ).map((r) => r.hash);

  it('sends entries while pages are still pulled, and the server ends with the whole chain', async () => {
    const source = await sourceWithCases(12);
    const fetchLog = loggingFetch();
    const d = await device({ engine: { pullLimit: 2, auditBatchSize: 3, fetch: fetchLog } });
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle' });

    const lastPull = fetchLog.log.lastIndexOf('pull');
    expect(fetchLog.log.slice(0, lastPull)).toContain('audit');
    const local = await d.db.audit.orderBy('seq').toArray();
    expect(await serverHashes(d)).toEqual(local.map((e) => e.hash));
    expect(await readAuditAcked(d.db, d.serverDeviceId)).toBe((await readAuditHead(d.db)).seq);
    // The pulled cases, sealed ahead of their pages' transactions, read back as the source's.
    const mine = await source.db.cases.orderBy('id').toArray();
    const pulled = await d.db.cases.orderBy('id').toArray();
    expect(pulled.map(contentOf)).toEqual(mine.map(contentOf));
  });

  it('resumes from the server after a lost answer beside the pull, without a duplicate or a flag', async () => {
    await sourceWithCases(8);
    const fetchLog = loggingFetch(new Set([1]));
    const d = await device({ engine: { pullLimit: 2, auditBatchSize: 2, fetch: fetchLog } });
    expect(await d.engine.syncNow()).toMatchObject({ kind: 'idle' });

    const local = await d.db.audit.orderBy('seq').toArray();
    expect(await serverHashes(d)).toEqual(local.map((e) => e.hash));
    const flags = await env.count(
      "select count(*)::int as n from server_audit where device_id = $1 and action = 'audit.flag'",
      [d.serverDeviceId],
    );
    expect(flags).toBe(0);
  });
});
