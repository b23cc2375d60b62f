/**
 * The upload's ceiling: the same cases pushed to the app's own server, from an outbox kept raw in
 * IndexedDB. The collect reads a batch of outbox rows and the case rows they name in one read
 * transaction (imported creates carry no patch: the case is sent whole, as the app sends it); the
 * ack deletes the answered rows and stores each case's revision and one audit row in one 'rw'
 * transaction. Requests go one at a time, 500 changes each (the protocol's cap), the next batch
 * collected and encoded while one is at the server, and each ack stored while the next request
 * travels, as the app does. No sealing of personal data, no zod on the answer, no gzip (on
 * loopback it only costs CPU) and no audit hashing (fixed text). Every push still goes through
 * the app's server, which checks and stores every change: no client that keeps these rows uploads
 * faster to it on this machine, so the gap between this and Jianhu is the client's own work.
 */
import { Dexie, type Table } from 'dexie';
import { uuidv7 } from '../../src-shared/domain/ids';
import { withoutServerKeys } from '../../src-shared/sync/contentCheck';
import { caseDocs } from '../shared/syncDocs';
import { appStores } from './appSchema';

const BATCH = 500;
const AT = '2026-11-01T08:00:00.000Z';

type OutboxRow = {
  deviceSeq: number;
  changeId: string;
  entity: 'case';
  entityId: string;
  op: 'create';
  baseRev: number;
  patch: null;
  deviceTime: string;
};

class CeilingDb extends Dexie {
  declare cases: Table<Record<string, unknown> & { id: string }, string>;
  declare outbox: Table<OutboxRow, number>;
  declare revisions: Table<{ key: string; rev: number }, string>;
  declare audit: Table<Record<string, unknown>, number>;
  constructor() {
    super('upload-ceiling');
    this.version(1).stores({
      cases: appStores('cases'),
      outbox: appStores('outbox'),
      revisions: 'key',
      audit: appStores('audit'),
    });
  }
}

let ceiling: CeilingDb | null = null;

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** `count` imported cases and their patchless create rows in the outbox (not timed). */
export async function ceilingUploadSeed(count: number): Promise<void> {
  await Dexie.delete('upload-ceiling');
  const db = new CeilingDb();
  await db.open();
  const start = Date.parse(AT);
  const docs = caseDocs(0, count);
  for (let i = 0; i < docs.length; i += 2000) {
    const slice = docs.slice(i, i + 2000).map((doc, k) => ({
      ...doc.body,
      id: uuidv7(start + i + k, randomBytes(16)),
      seq: i + k + 1,
    }));
    await db.transaction('rw', [db.cases, db.outbox], async () => {
      await db.cases.bulkAdd(slice);
      await db.outbox.bulkAdd(
        slice.map((c, k) => ({
          deviceSeq: i + k + 1,
          changeId: uuidv7(start + i + k, randomBytes(16)),
          entity: 'case',
          entityId: c.id,
          op: 'create',
          baseRev: 0,
          patch: null,
          deviceTime: AT,
        })),
      );
    });
  }
  ceiling = db;
}

type Batch = { rows: OutboxRow[]; body: string };
type Answer = { results: { changeId: string; status: string; rev?: number }[] };

async function collect(db: CeilingDb, after: number, bare: boolean): Promise<Batch> {
  const rows = await db.transaction('r', [db.outbox, db.cases], async () => {
    const batch = await db.outbox.where('deviceSeq').above(after).limit(BATCH).toArray();
    const cases = await db.cases.bulkGet(batch.map((r) => r.entityId));
    return batch.map((row, k) => ({ row, record: cases[k] }));
  });
  const changes = rows.map(({ row, record }) => {
    if (!record) throw new Error(`case ${row.entityId} missing`);
    const { id: _id, seq: _seq, ...data } = record;
    return { ...row, patch: withoutServerKeys('case', data) };
  });
  const body = bare
    ? { docs: changes.map((c) => ({ id: c.entityId, body: c.patch })) }
    : { changes };
  return { rows: rows.map((r) => r.row), body: JSON.stringify(body) };
}

async function ack(db: CeilingDb, rows: readonly OutboxRow[], answer: Answer): Promise<void> {
  const revs = new Map(answer.results.map((r) => [r.changeId, r]));
  const applied = rows.filter((r) => revs.get(r.changeId)?.status === 'applied');
  if (applied.length !== rows.length) {
    const refused = answer.results.find((r) => r.status !== 'applied');
    throw new Error(`push not applied: ${JSON.stringify(refused).slice(0, 300)}`);
  }
  await db.transaction('rw', [db.outbox, db.revisions, db.audit], async () => {
    await Promise.all([
      db.outbox.bulkDelete(rows.map((r) => r.deviceSeq)),
      db.revisions.bulkPut(
        rows.map((r) => ({ key: `case:${r.entityId}`, rev: revs.get(r.changeId)?.rev ?? 0 })),
      ),
      db.audit.add({
        at: new Date().toISOString(),
        entityId: 'sync',
        action: 'sync.push',
        diff: { applied: rows.length },
        prevHash: '0'.repeat(64),
        hash: 'f'.repeat(64),
      }),
    ]);
  });
}

export type CeilingUploaded = { ms: number; docs: number; left: number };

/**
 * `token` null: the server is the bare set-based INSERT (bench/servers/ceilingServer.ts), which
 * checks nothing and answers only how many it stored; every change then takes revision 1.
 */
export async function ceilingUpload(
  serverUrl: string,
  token: string | null,
): Promise<CeilingUploaded> {
  const db = ceiling;
  if (!db) throw new Error('upload ceiling not seeded');
  const bare = token === null;
  const send = async (batch: Batch): Promise<Answer> => {
    const reply = await fetch(bare ? `${serverUrl}/push` : `${serverUrl}/api/v1/sync/push`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bare ? {} : { authorization: `Bearer ${token}` }),
      },
      body: batch.body,
    });
    if (reply.status !== 200) throw new Error(`push failed: ${reply.status} ${await reply.text()}`);
    const answer: unknown = await reply.json();
    if (!bare) return answer as Answer;
    const { stored } = answer as { stored: number };
    if (stored !== batch.rows.length) throw new Error(`stored ${stored} of ${batch.rows.length}`);
    return {
      results: batch.rows.map((r) => ({ changeId: r.changeId, status: 'applied', rev: 1 })),
    };
  };
  const t0 = performance.now();
  let docs = 0;
  let acks: Promise<void> = Promise.resolve();
  let next = collect(db, 0, bare);
  for (;;) {
    const batch = await next;
    if (batch.rows.length === 0) break;
    const sending = send(batch);
    next = collect(db, batch.rows.at(-1)?.deviceSeq ?? 0, bare);
    next.catch(() => undefined);
    const answer = await sending;
    // Stored while the next request travels; the acks still commit in order.
    acks = acks.then(() => ack(db, batch.rows, answer));
    acks.catch(() => undefined);
    docs += batch.rows.length;
  }
  await acks;
  const ms = performance.now() - t0;
  const left = await db.outbox.count();
  db.close();
  return { ms, docs, left };
}
