/**
 * Node clients that push the same 10k case documents to each server under test: Jianhu's push
 * protocol (500 per request, bodies serialised before the clock starts), PouchDB replication from
 * a memory database, and the bare set-based INSERTs (of the documents alone, and of the rows the
 * server keeps, which take Jianhu's push bodies).
 */
import { randomBytes } from 'node:crypto';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { pushResponseSchema } from '../../src-shared/sync/push';
import { enrollResponseSchema } from '../../src-shared/sync/enroll';
import { createChanges, type CaseDoc } from '../shared/syncDocs';

export const PUSH_BATCH = 500;
const API = '/api/v1';

export async function enroll(serverUrl: string, code: string): Promise<string> {
  const reply = await fetch(`${serverUrl}${API}/devices/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!reply.ok) throw new Error(`enroll failed: ${reply.status} ${await reply.text()}`);
  return enrollResponseSchema.parse(await reply.json()).token;
}

/** Push bodies for `docs` as creates numbered from `firstSeq` (made before the clock starts). */
export function pushBodies(docs: readonly CaseDoc[], firstSeq: number): string[] {
  const changes = createChanges(docs, firstSeq, (n) => randomBytes(n));
  const bodies: string[] = [];
  for (let i = 0; i < changes.length; i += PUSH_BATCH) {
    bodies.push(JSON.stringify({ changes: changes.slice(i, i + PUSH_BATCH) }));
  }
  return bodies;
}

/** Sends the bodies in turn; resolves to the number of changes applied. */
export async function push(serverUrl: string, token: string, bodies: readonly string[]) {
  let applied = 0;
  for (const body of bodies) {
    const reply = await fetch(`${serverUrl}${API}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    if (reply.status !== 200) throw new Error(`push failed: ${reply.status} ${await reply.text()}`);
    const { results } = pushResponseSchema.parse(await reply.json());
    applied += results.filter((r) => r.status === 'applied').length;
    // A refusal names its reason: a bench that stops on "applied 0" must say why.
    const refused = results.find((r) => r.status !== 'applied');
    if (refused) throw new Error(`push not applied: ${JSON.stringify(refused).slice(0, 300)}`);
  }
  return applied;
}

export function ceilingBodies(docs: readonly CaseDoc[]): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < docs.length; i += PUSH_BATCH) {
    bodies.push(JSON.stringify({ docs: docs.slice(i, i + PUSH_BATCH) }));
  }
  return bodies;
}

/** Sends the bodies in turn to a bare server's /push (the ceilings: no token, no answer to read). */
export async function pushBare(serverUrl: string, bodies: readonly string[]): Promise<void> {
  for (const body of bodies) {
    const reply = await fetch(`${serverUrl}/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (reply.status !== 200) throw new Error(`insert failed: ${reply.status}`);
    await reply.arrayBuffer();
  }
}

const MemoryPouch = PouchDB.plugin(memoryAdapter);
let memoryDbs = 0;

/** A memory PouchDB holding `docs` (not timed); `replicate` pushes it to `remote`. */
export async function memoryPouch(docs: readonly CaseDoc[]) {
  const db = new MemoryPouch(`bench-source-${memoryDbs++}`, { adapter: 'memory' });
  for (let i = 0; i < docs.length; i += 2000) {
    await db.bulkDocs(docs.slice(i, i + 2000).map((d) => ({ _id: d.id, ...d.body })));
  }
  return {
    async replicate(remote: string, batchSize: number): Promise<number> {
      const result = await db.replicate.to(remote, { batch_size: batchSize });
      return result.docs_written;
    },
    destroy: () => db.destroy(),
  };
}
