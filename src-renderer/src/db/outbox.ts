/** Appending local changes to the outbox, inside the write transaction that makes them. */
import { uuidv7 } from '../../../src-shared/domain/ids';
import type { OutboxChange } from '../../../src-shared/sync/change';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import type { OutboxRow } from './rowTypes';

export type NewChange = Omit<OutboxChange, 'changeId' | 'deviceSeq'>;

/**
 * Numbers the changes with consecutive device sequences and adds them. Must run inside a 'rw'
 * transaction over outbox and meta: the counter and the rows move together, so deviceSeq stays
 * gapless even when a write fails.
 */
export async function appendOutbox(
  db: JianhuDb,
  changes: readonly NewChange[],
  nowMs: number,
): Promise<OutboxRow[]> {
  if (changes.length === 0) return [];
  const first = await takeCounter(db.meta, MetaKey.nextDeviceSeq, changes.length);
  const rows = outboxRows(changes, first, nowMs);
  await db.outbox.bulkAdd(rows);
  return rows;
}

/**
 * The rows for `changes`, numbered from `firstDeviceSeq`, for a write that took the
 * `nextDeviceSeq` counter itself (readCounters/advanceCounters) and adds them in the same
 * transaction, advancing the counter by `changes.length`.
 */
export function outboxRows(
  changes: readonly NewChange[],
  firstDeviceSeq: number,
  nowMs: number,
): OutboxRow[] {
  return changes.map((change, i) => outboxRow(change, firstDeviceSeq + i, nowMs));
}

/** The row of one change numbered `deviceSeq` (see outboxRows). */
export function outboxRow(change: NewChange, deviceSeq: number, nowMs: number): OutboxRow {
  return {
    ...change,
    changeId: uuidv7(nowMs, crypto.getRandomValues(new Uint8Array(16))),
    deviceSeq,
    attempts: 0,
    lastAttemptAt: null,
    lastError: null,
  };
}
