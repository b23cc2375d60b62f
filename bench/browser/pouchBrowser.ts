/** The sync anchor in Chromium: PouchDB (IndexedDB adapter) replicating to express-pouchdb. */
import PouchDB from 'pouchdb-browser';
import { caseDocs } from '../shared/syncDocs';

export type Replicated = { ms: number; docs: number };

let local: BenchPouchDatabase | null = null;

/** The same case documents the Jianhu outbox holds, written locally (not timed). */
export async function pouchSeed(count: number): Promise<number> {
  local = new PouchDB('pouch-bench');
  for (let offset = 0; offset < count; offset += 2000) {
    const docs = caseDocs(offset, Math.min(2000, count - offset));
    await local.bulkDocs(docs.map((d) => ({ _id: d.id, ...d.body })));
  }
  return (await local.info()).doc_count;
}

/**
 * PouchDB rejects with plain objects or errors whose name the minified page shortens: the driver
 * would only see "page.evaluate: n". This turns any rejection into an Error that says what it was.
 */
function described(error: unknown): Error {
  if (typeof error !== 'object' || error === null) return new Error(String(error));
  const e = error as Record<string, unknown>;
  const fields = ['name', 'status', 'error', 'reason', 'message', 'result'].flatMap((key) =>
    e[key] === undefined ? [] : [`${key}=${JSON.stringify(e[key])}`],
  );
  return new Error(`PouchDB replication failed: ${fields.join(' ')}`);
}

export async function pouchPush(remote: string, batchSize: number): Promise<Replicated> {
  if (!local) throw new Error('seed first');
  const t0 = performance.now();
  try {
    const result = await local.replicate.to(remote, { batch_size: batchSize });
    return { ms: performance.now() - t0, docs: result.docs_written };
  } catch (error) {
    throw described(error);
  }
}

/** A new device pulling everything the remote holds into IndexedDB. */
export async function pouchPull(remote: string, batchSize: number): Promise<Replicated> {
  const db = new PouchDB('pouch-new-device');
  const t0 = performance.now();
  try {
    const result = await db.replicate.from(remote, { batch_size: batchSize });
    return { ms: performance.now() - t0, docs: result.docs_written };
  } catch (error) {
    throw described(error);
  }
}
