/**
 * The counters in `meta` (db/meta.ts): the two sequences share one row, a case-number counter
 * has a row per year, and every way of taking or moving a counter leaves the others as they were.
 */
import { describe, expect, it } from 'vitest';
import {
  MetaKey,
  SEQUENCES_ROW,
  advanceCounters,
  caseNoCounterKey,
  peekCounter,
  readCounters,
  takeCounter,
} from '../../../src-renderer/src/db/meta';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { devicesClosedAfterEach } from './fixtures';

const device = devicesClosedAfterEach();
const YEAR = caseNoCounterKey(2026);

function inWrite<T>(db: JianhuDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.meta, work);
}

/** Sets the counters as a database of this build would hold them. */
async function seed(db: JianhuDb, device: number, local: number, caseNo: number): Promise<void> {
  await inWrite(db, () =>
    advanceCounters(db.meta, {
      [MetaKey.nextDeviceSeq]: device,
      [MetaKey.nextLocalSeq]: local,
      [YEAR]: caseNo,
    }),
  );
}

describe('the counters', () => {
  it('keeps both sequences in one row and each year’s case number in a row of its own', async () => {
    const { db } = await device();
    await seed(db, 30, 12, 7);
    expect(await db.meta.get(SEQUENCES_ROW)).toEqual({
      key: SEQUENCES_ROW,
      value: { nextDeviceSeq: 30, nextLocalSeq: 12 },
    });
    expect(await db.meta.get(YEAR)).toEqual({ key: YEAR, value: 7 });
    expect(await db.meta.bulkGet([MetaKey.nextDeviceSeq, MetaKey.nextLocalSeq])).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('reads the counters asked for, in the order asked, 1 for one never used', async () => {
    const { db } = await device();
    await seed(db, 30, 12, 7);
    expect(
      await inWrite(db, () =>
        readCounters(db.meta, [YEAR, MetaKey.nextLocalSeq, MetaKey.nextDeviceSeq]),
      ),
    ).toEqual([7, 12, 30]);
    expect(
      await inWrite(db, () => readCounters(db.meta, [MetaKey.nextDeviceSeq, MetaKey.nextLocalSeq])),
    ).toEqual([30, 12]);
    expect(await inWrite(db, () => readCounters(db.meta, [caseNoCounterKey(2027)]))).toEqual([1]);
  });

  it('moves one sequence without touching the other', async () => {
    const { db } = await device();
    await seed(db, 30, 12, 7);
    await inWrite(db, () => advanceCounters(db.meta, { [MetaKey.nextLocalSeq]: 20 }));
    expect(await peekCounter(db.meta, MetaKey.nextDeviceSeq)).toBe(30);
    expect(await peekCounter(db.meta, MetaKey.nextLocalSeq)).toBe(20);
    expect(await inWrite(db, () => takeCounter(db.meta, MetaKey.nextDeviceSeq, 3))).toBe(30);
    expect(await peekCounter(db.meta, MetaKey.nextDeviceSeq)).toBe(33);
    expect(await peekCounter(db.meta, MetaKey.nextLocalSeq)).toBe(20);
    expect(await peekCounter(db.meta, YEAR)).toBe(7);
  });

  it('takes consecutive values, one after another in one transaction', async () => {
    const { db } = await device();
    await seed(db, 5, 9, 1);
    const taken = await inWrite(db, async () => [
      await takeCounter(db.meta, MetaKey.nextLocalSeq),
      await takeCounter(db.meta, MetaKey.nextDeviceSeq, 2),
      await takeCounter(db.meta, MetaKey.nextLocalSeq),
    ]);
    expect(taken).toEqual([9, 5, 10]);
    expect(
      await inWrite(db, () => readCounters(db.meta, [MetaKey.nextDeviceSeq, MetaKey.nextLocalSeq])),
    ).toEqual([7, 11]);
  });

  it('moves no counter when the write that took it fails', async () => {
    const { db } = await device();
    await seed(db, 5, 9, 1);
    await expect(
      inWrite(db, async () => {
        await takeCounter(db.meta, MetaKey.nextDeviceSeq);
        throw new Error('disk gone');
      }),
    ).rejects.toThrow('disk gone');
    expect(await peekCounter(db.meta, MetaKey.nextDeviceSeq)).toBe(5);
  });

  it('treats a sequences row of another shape as never used, not as a number', async () => {
    const { db } = await device();
    await db.meta.put({ key: SEQUENCES_ROW, value: 'garbage' });
    expect(await peekCounter(db.meta, MetaKey.nextDeviceSeq)).toBe(1);
    await db.meta.put({ key: SEQUENCES_ROW, value: { nextDeviceSeq: '4', nextLocalSeq: 8 } });
    expect(
      await inWrite(db, () => readCounters(db.meta, [MetaKey.nextDeviceSeq, MetaKey.nextLocalSeq])),
    ).toEqual([1, 8]);
  });
});
