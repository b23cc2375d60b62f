/**
 * Device identity and counters kept in the `meta` table. Counters hold the NEXT value to hand
 * out and are only advanced inside the write transaction that uses them, so a rolled-back write
 * leaves no gap (the server relies on deviceSeq being gapless).
 */
import type { Table } from 'dexie';
import { uuidv7, type DeviceId } from '../../../src-shared/domain/ids';
import type { MetaRow } from './rowTypes';

/** Keys of the meta table. */
export const MetaKey = {
  /** This installation's UUIDv7, made on first open. */
  deviceId: 'deviceId',
  /** The procuratorate this device belongs to ({ name, code }), written by the first run. */
  unit: 'unit',
  /** Next outbox sequence number (per device, gapless, starts at 1). */
  nextDeviceSeq: 'nextDeviceSeq',
  /** Next local row-change sequence, written to `cases.seq` on every case write. */
  nextLocalSeq: 'nextLocalSeq',
  /** Set with the first demo case: until then a push need not look for demo records. */
  holdsDemoData: 'holdsDemoData',
  /** How many cases are not deleted (caseCount.ts): the case list's total before the index loads. */
  liveCases: 'liveCases',
} as const;
export type MetaKey = (typeof MetaKey)[keyof typeof MetaKey];

/** A counter: the two sequences above, or the provisional case number of one year. */
export type CounterKey =
  typeof MetaKey.nextDeviceSeq | typeof MetaKey.nextLocalSeq | `nextCaseNo:${number}`;

/** The per-year provisional number counter key, e.g. `nextCaseNo:2026`. */
export function caseNoCounterKey(year: number): CounterKey {
  return `nextCaseNo:${year}`;
}

/**
 * Hands out `count` consecutive values of a counter and advances it. Call only inside a 'rw'
 * transaction that includes `meta`, so the values are used and the counter moves atomically.
 */
export async function takeCounter(
  meta: Table<MetaRow, string>,
  key: CounterKey,
  count = 1,
): Promise<number> {
  const row = await meta.get(key);
  const first = typeof row?.value === 'number' ? row.value : 1;
  await meta.put({ key, value: first + count });
  return first;
}

/**
 * The next values of several counters (in the order of `keys`), read in one request. With `advanceCounters` it lets a
 * write take all its counters in one read and one write (`takeCounter` costs two requests per
 * counter, one after the other). Both must run in the same 'rw' transaction that includes `meta`.
 *
 * One request, not one per key: every counter key starts with `next` and no other meta key does,
 * so the rows from the smallest key asked for to the largest are counters (a few: the two
 * sequences and a case-number counter per year), read together with one key-range read.
 */
export async function readCounters<const K extends readonly CounterKey[]>(
  meta: Table<MetaRow, string>,
  keys: K,
): Promise<{ [I in keyof K]: number }> {
  const sorted = [...keys].sort();
  const [lowest, highest] = [sorted[0], sorted.at(-1)];
  const rows =
    lowest === undefined || highest === undefined
      ? []
      : await meta.where(':id').between(lowest, highest, true, true).toArray();
  const values = new Map(rows.map((row) => [row.key, row.value]));
  return keys.map((key) => {
    const value = values.get(key);
    return typeof value === 'number' ? value : 1;
  }) as { [I in keyof K]: number };
}

/** Stores the next value of each counter given (after `readCounters` in the same transaction). */
export async function advanceCounters(
  meta: Table<MetaRow, string>,
  next: Partial<Record<CounterKey, number>>,
): Promise<void> {
  const rows = Object.entries(next).map(([key, value]) => ({ key, value }));
  await meta.bulkPut(rows);
}

/** The value a counter will hand out next (1 when it was never used). */
export async function peekCounter(meta: Table<MetaRow, string>, key: CounterKey): Promise<number> {
  const row = await meta.get(key);
  return typeof row?.value === 'number' ? row.value : 1;
}

/** This device's id, or null before the database has been opened once. */
export async function readDeviceId(meta: Table<MetaRow, string>): Promise<DeviceId | null> {
  const row = await meta.get(MetaKey.deviceId);
  return typeof row?.value === 'string' ? (row.value as DeviceId) : null;
}

/**
 * Makes the device id on first open. Runs from `on('ready')` on every open, in its own 'rw'
 * transaction so two windows opening at once cannot both write one.
 */
export async function ensureDeviceIdentity(
  meta: Table<MetaRow, string>,
  transaction: <T>(scope: () => Promise<T>) => Promise<T>,
  nowMs: number,
): Promise<DeviceId> {
  return transaction(async () => {
    const existing = await readDeviceId(meta);
    if (existing) return existing;
    const id = uuidv7(nowMs, crypto.getRandomValues(new Uint8Array(16))) as DeviceId;
    await meta.put({ key: MetaKey.deviceId, value: id });
    return id;
  });
}
