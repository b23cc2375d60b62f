/**
 * Device identity and counters kept in the `meta` table. Counters hold the NEXT value to hand
 * out and are only advanced inside the write transaction that uses them, so a rolled-back write
 * leaves no gap (the server relies on deviceSeq being gapless).
 */
import type { Table } from 'dexie';
import { uuidv7, type DeviceId } from '../../../src-shared/domain/ids';
import type { MetaRow } from './rowTypes';
import { putRows } from './rowWrites';

/** Keys of the meta table. */
export const MetaKey = {
  /** This installation's UUIDv7, made on first open. */
  deviceId: 'deviceId',
  /** The procuratorate this device belongs to ({ name, code }), written by the first run. */
  unit: 'unit',
  /** Next outbox sequence number (per device, gapless, starts at 1); kept in SEQUENCES_ROW. */
  nextDeviceSeq: 'nextDeviceSeq',
  /** Next local row-change sequence, written to `cases.seq` on every case write; in SEQUENCES_ROW. */
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
 * The row both sequences live in, as `{ nextDeviceSeq, nextLocalSeq }` (schema version 9): a save
 * numbers its row and its change with one read and one write instead of two rows. Its key starts
 * with `next` like every other counter row, so `readCounters`' key range still finds it.
 */
export const SEQUENCES_ROW = 'nextSequences';

type SequenceKey = typeof MetaKey.nextDeviceSeq | typeof MetaKey.nextLocalSeq;

function isSequence(key: CounterKey): key is SequenceKey {
  return key === MetaKey.nextDeviceSeq || key === MetaKey.nextLocalSeq;
}

/** The meta row a counter is stored in. */
function rowKeyOf(key: CounterKey): string {
  return isSequence(key) ? SEQUENCES_ROW : key;
}

/** A counter's next value in its row (1 when it was never used or the row is malformed). */
function valueIn(row: MetaRow | undefined, key: CounterKey): number {
  let value = row?.value;
  if (isSequence(key)) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return typeof value === 'number' ? value : 1;
}

/** The rows to store for `next` (one per counter row), the sequences merged into `stored`. */
function rowsFor(next: Partial<Record<CounterKey, number>>, stored?: MetaRow): MetaRow[] {
  const rows: MetaRow[] = [];
  const sequences: Record<SequenceKey, number> = {
    nextDeviceSeq: valueIn(stored, MetaKey.nextDeviceSeq),
    nextLocalSeq: valueIn(stored, MetaKey.nextLocalSeq),
  };
  let touched = false;
  for (const [key, value] of Object.entries(next) as [CounterKey, number | undefined][]) {
    if (value === undefined) continue;
    if (isSequence(key)) {
      sequences[key] = value;
      touched = true;
    } else rows.push({ key, value });
  }
  if (touched) rows.push({ key: SEQUENCES_ROW, value: sequences });
  return rows;
}

/**
 * Hands out `count` consecutive values of a counter and advances it. Call only inside a 'rw'
 * transaction that includes `meta`, so the values are used and the counter moves atomically.
 * Await one take before the next: the two sequences share a row, so two takes started together
 * would both read it before either writes, and one advance would be lost.
 */
export async function takeCounter(
  meta: Table<MetaRow, string>,
  key: CounterKey,
  count = 1,
): Promise<number> {
  const row = await meta.get(rowKeyOf(key));
  const first = valueIn(row, key);
  await putRows(meta, rowsFor({ [key]: first + count }, row));
  return first;
}

/**
 * The next values of several counters (in the order of `keys`), read in one request. With
 * `advanceCounters` it lets a write take all its counters in one read and one write
 * (`takeCounter` costs two requests per counter, one after the other). Both must run in the
 * same 'rw' transaction that includes `meta`.
 *
 * One request, not one per key: the two sequences share a row, and every counter row's key
 * starts with `next` and no other meta key does, so the rows from the smallest key asked for to
 * the largest are counters (the sequences and a case-number counter per year), read together
 * with one key-range read, or with one `get` when they are all in one row.
 */
export async function readCounters<const K extends readonly CounterKey[]>(
  meta: Table<MetaRow, string>,
  keys: K,
): Promise<{ [I in keyof K]: number }> {
  const sorted = [...new Set(keys.map(rowKeyOf))].sort();
  const [lowest, highest] = [sorted[0], sorted.at(-1)];
  let rows: MetaRow[] = [];
  if (lowest !== undefined && highest !== undefined) {
    rows =
      lowest === highest
        ? [await meta.get(lowest)].filter((row): row is MetaRow => row !== undefined)
        : await meta.where(':id').between(lowest, highest, true, true).toArray();
  }
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => valueIn(byKey.get(rowKeyOf(key)), key)) as {
    [I in keyof K]: number;
  };
}

/**
 * Stores the next value of each counter given (after `readCounters` in the same transaction).
 * A write that moves only one of the two sequences reads their row first, so the other keeps
 * its value; a write that moves both (every numbered change of a case) writes it blind.
 */
export async function advanceCounters(
  meta: Table<MetaRow, string>,
  next: Partial<Record<CounterKey, number>>,
): Promise<void> {
  const both = next.nextDeviceSeq !== undefined && next.nextLocalSeq !== undefined;
  const one = next.nextDeviceSeq !== undefined || next.nextLocalSeq !== undefined;
  const stored = one && !both ? await meta.get(SEQUENCES_ROW) : undefined;
  await putRows(meta, rowsFor(next, stored));
}

/** The value a counter will hand out next (1 when it was never used). */
export async function peekCounter(meta: Table<MetaRow, string>, key: CounterKey): Promise<number> {
  return valueIn(await meta.get(rowKeyOf(key)), key);
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
