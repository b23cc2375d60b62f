/**
 * The one path for writes that are audited. It exists because of an IndexedDB trap: awaiting
 * anything that is not an IndexedDB request (here `crypto.subtle.digest`) inside a transaction
 * lets the transaction auto-commit half-way. Dexie.waitFor would keep it alive, but only by
 * spinning dummy requests, and it still leaves the hash computation inside the critical section.
 *
 * So each write runs in three phases, one write at a time (`db.writes`, see writeQueue.ts):
 *  1. prepare — read the chain head, the device id and whatever the command needs (the current
 *     record), outside any transaction;
 *  2. hash — build the audit entries and their SHA-256 chain with WebCrypto, still outside;
 *  3. commit — one 'rw' transaction that first re-reads the chain head and checks it is still the
 *     one the hashes were built on (another window may have written meanwhile), then lets the
 *     command re-check its own reads and write, then appends the audit entries.
 * A stale phase-1 read aborts the transaction (nothing written) and the write starts over with
 * fresh reads after a short random pause, at most MAX_ATTEMPTS times. Each round some window's
 * write commits, so the chain always moves on; with Web Locks the retry is only a safety net.
 */
import type { Table } from 'dexie';
import { uuidv7, type DeviceId } from '../../../src-shared/domain/ids';
import type { JianhuDb } from './database';
import { hashAuditEntry, readAuditHead, type AuditHead } from './audit';
import { readDeviceId } from './meta';
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
): Promise<T> {
  return db.writes.run(async () => {
    for (let attempt = 1; ; attempt++) {
      const head = await readAuditHead(db);
      const deviceId = await readDeviceId(db.meta);
      if (!deviceId) throw new Error('The device id is missing: the database did not open');
      const prepared = await prepare({ deviceId, now });
      if ('skip' in prepared) return prepared.skip;
      const entries = await chainEntries(head, prepared.audit, deviceId, now);
      try {
        // Invariant: the audit entries, and everything `commit` writes, land together or not at
        // all, and the entries extend exactly the chain head they were hashed against.
        const scope = [...new Set([db.audit, db.meta, ...tables])];
        return await db.transaction('rw', scope, async () => {
          const current = await readAuditHead(db);
          if (current.seq !== head.seq || current.hash !== head.hash) {
            throw new StaleWriteError('The audit chain moved on');
          }
          const result = await prepared.commit();
          if (entries.length > 0) await db.audit.bulkAdd(entries);
          return result;
        });
      } catch (error) {
        if (!isStale(error) || attempt >= MAX_ATTEMPTS) throw error;
        await pause(Math.random() * 5 * attempt);
      }
    }
  });
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isStale(error: unknown): boolean {
  return (
    error instanceof StaleWriteError || (error instanceof Error && error.name === 'StaleWriteError')
  );
}

async function chainEntries(
  head: AuditHead,
  drafts: readonly AuditDraft[],
  deviceId: DeviceId,
  now: Date,
): Promise<AuditEntry[]> {
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
    const hash = await hashAuditEntry(unhashed);
    entries.push({ ...unhashed, hash });
    prevHash = hash;
  }
  return entries;
}
