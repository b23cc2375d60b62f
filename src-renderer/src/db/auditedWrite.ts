/**
 * The one path for writes that are audited. It exists because of an IndexedDB trap: awaiting
 * anything that is not an IndexedDB request (e.g. `crypto.subtle.digest`) inside a transaction
 * lets the transaction auto-commit half-way. So the audit hash is a synchronous SHA-256
 * (sha256.ts), and a command's own foreign awaits happen in prepare, before the transaction.
 *
 * So each write runs in three phases, one write at a time (`db.writes`, see writeQueue.ts):
 *  1. prepare — read the chain head, the device id and whatever the command needs (the current
 *     record), outside any transaction;
 *  2. hash — build the audit entries and their SHA-256 chain, still outside;
 *  3. commit — one 'rw' transaction that first re-reads the chain head and checks it is still the
 *     one the hashes were built on (another window may have written meanwhile), then lets the
 *     command re-check its own reads and write, then appends the audit entries.
 * A stale phase-1 read aborts the transaction (nothing written) and the write starts over with
 * fresh reads after a short random pause, at most MAX_ATTEMPTS times. Each round some window's
 * write commits, so the chain always moves on; with Web Locks the retry is only a safety net.
 *
 * `{ inTransaction: true }` (for commands whose prepare only reads the tables in scope) runs all
 * three phases in the ONE 'rw' transaction instead: the chain head and the command's reads go
 * out together inside it (the device id is known per connection), the hash is computed
 * synchronously (no foreign await), and the entries are appended beside the command's writes.
 * Nothing can move between read and write, so there is nothing stale to retry; it saves two
 * transactions per write.
 */
import type { Table } from 'dexie';
import { uuidv7, type DeviceId } from '../../../src-shared/domain/ids';
import type { JianhuDb } from './database';
import { readAuditHead, type AuditHead } from './audit';
import { hashAuditEntrySync } from './auditEntryHash';
import { readDeviceId } from './meta';
import { addRows } from './rowWrites';
import type { AuditEntry } from './rowTypes';

/** What a command says about its act; the pipeline adds seq, id, time, device and the hashes. */
export type AuditDraft = Pick<
  AuditEntry,
  'userId' | 'action' | 'entity' | 'entityId' | 'success' | 'diff'
>;

export type PreparedWrite<T> = {
  audit: AuditDraft[];
  /**
   * Runs inside the transaction once the chain head is confirmed. Must re-check what prepare
   * read (throw `StaleWriteError` if it changed) and use only Dexie calls — no other awaits.
   */
  commit: () => Promise<T>;
};

/** A command that finds nothing to write (invalid input, nothing changed) returns its result. */
export type Prepared<T> = PreparedWrite<T> | { skip: T };

export type WriteContext = { deviceId: DeviceId; now: Date };

export type AuditedWriteOptions = {
  /**
   * Run prepare inside the write transaction (see the file comment). prepare must then read only
   * with Dexie calls on `tables` (or audit, meta) and await nothing else. Default false: prepare
   * runs before the transaction and commit re-checks its reads.
   */
  inTransaction?: boolean;
};

/** What prepare read has changed before commit: the write is retried from the start. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
}

const MAX_ATTEMPTS = 10;

export function auditedWrite<T>(
  db: JianhuDb,
  tables: readonly Table[],
  now: Date,
  prepare: (ctx: WriteContext) => Promise<Prepared<T>>,
  options: AuditedWriteOptions = {},
): Promise<T> {
  const scope = [...new Set([db.audit, db.meta, ...tables])];
  return db.writes.run(async () => {
    let trustHead = true;
    for (let attempt = 1; ; attempt++) {
      try {
        if (!options.inTransaction) return await writeInPhases(db, scope, now, prepare);
        const done = await db.transaction('rw', scope, () =>
          writeInTransaction(db, now, prepare, trustHead),
        );
        remember(done.connection, done.known);
        return done.result;
      } catch (error) {
        if (error instanceof HeadMovedError && trustHead) {
          // Another connection wrote since this one's last write: read the head this time.
          trustHead = false;
          continue;
        }
        if (!isStale(error) || attempt >= MAX_ATTEMPTS) throw error;
        await pause(Math.random() * 5 * attempt);
      }
    }
  });
}

/** What this connection last saw: its device id and the chain head after its last write. */
type Known = { deviceId: DeviceId; head: AuditHead };

/**
 * Per open connection. The device id is written once, when the database is made, so only a new
 * database (a new connection) can carry another one. The head is only a guess (another window
 * may have written since), checked by the key of the entry appended on it: see below.
 */
const known = new WeakMap<IDBDatabase, Known>();

function remember(connection: IDBDatabase, next: Known): void {
  known.set(connection, next);
}

/** The audit entry was appended on a remembered head that another connection had moved on. */
class HeadMovedError extends Error {
  override readonly name = 'HeadMovedError';
}

/** Must run inside a 'rw' transaction over audit, meta and the command's tables. */
async function writeInTransaction<T>(
  db: JianhuDb,
  now: Date,
  prepare: (ctx: WriteContext) => Promise<Prepared<T>>,
  trustHead: boolean,
): Promise<{ result: T; connection: IDBDatabase; known: Known }> {
  const connection = db.backendDB();
  const last = known.get(connection);
  // No await at all when the id is known: awaiting anything but a Dexie request before the
  // first request would let the transaction commit early.
  const deviceId = last?.deviceId ?? (await readDeviceId(db.meta));
  if (!deviceId) throw missingDeviceId();
  const remembered = trustHead ? last?.head : undefined;
  // The head (when not remembered) and the command's reads go out together: one round.
  const [head, prepared] = await Promise.all([
    remembered ?? readAuditHead(db),
    prepare({ deviceId, now }),
  ]);
  if ('skip' in prepared) return { result: prepared.skip, connection, known: { deviceId, head } };
  const entries = chainEntries(head, prepared.audit, deviceId, now);
  // Invariant: the entries extend the chain head, and land with everything `commit` writes or
  // not at all. A head read here is current (this 'rw' transaction holds the audit store). A
  // remembered head is this connection's own last entry: appending entry seq + 1 with `add`
  // fails on the primary key if any writer has appended since (every writer appends at head + 1),
  // which aborts the transaction, and the write is made again on a head read inside it.
  const append = { movedOn: false };
  const appended =
    entries.length === 0
      ? Promise.resolve()
      : addRows(db.audit, entries).then(
          () => undefined,
          (error: unknown) => {
            append.movedOn = remembered !== undefined;
            throw error;
          },
        );
  try {
    const [result] = await Promise.all([prepared.commit(), appended]);
    const end = entries.at(-1);
    return {
      result,
      connection,
      known: { deviceId, head: end ? { seq: end.seq, hash: end.hash } : head },
    };
  } catch (error) {
    if (append.movedOn) throw new HeadMovedError('The audit chain moved on');
    throw error;
  }
}

async function writeInPhases<T>(
  db: JianhuDb,
  scope: readonly Table[],
  now: Date,
  prepare: (ctx: WriteContext) => Promise<Prepared<T>>,
): Promise<T> {
  const [head, deviceId] = await db.transaction('r', [db.audit, db.meta], () =>
    Promise.all([readAuditHead(db), readDeviceId(db.meta)]),
  );
  if (!deviceId) throw missingDeviceId();
  const prepared = await prepare({ deviceId, now });
  if ('skip' in prepared) return prepared.skip;
  const entries = chainEntries(head, prepared.audit, deviceId, now);
  // Invariant: the audit entries, and everything `commit` writes, land together or not at
  // all, and the entries extend exactly the chain head they were hashed against.
  const done = await db.transaction('rw', scope, async () => {
    const current = await readAuditHead(db);
    if (current.seq !== head.seq || current.hash !== head.hash) {
      throw new StaleWriteError('The audit chain moved on');
    }
    const result = await prepared.commit();
    if (entries.length > 0) await db.audit.bulkAdd(entries);
    return { result, connection: db.backendDB() };
  });
  const end = entries.at(-1);
  remember(done.connection, { deviceId, head: end ? { seq: end.seq, hash: end.hash } : head });
  return done.result;
}

function missingDeviceId(): Error {
  return new Error('The device id is missing: the database did not open');
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isStale(error: unknown): boolean {
  return (
    error instanceof StaleWriteError || (error instanceof Error && error.name === 'StaleWriteError')
  );
}

function chainEntries(
  head: AuditHead,
  drafts: readonly AuditDraft[],
  deviceId: DeviceId,
  now: Date,
): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = head.hash;
  for (const [i, draft] of drafts.entries()) {
    const unhashed = {
      ...draft,
      seq: head.seq + 1 + i,
      id: uuidv7(now.getTime(), crypto.getRandomValues(new Uint8Array(16))),
      at: now.toISOString(),
      deviceId,
      prevHash,
    };
    const hash = hashAuditEntrySync(unhashed);
    entries.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return entries;
}
