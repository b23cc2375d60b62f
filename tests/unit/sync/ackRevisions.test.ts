/**
 * The ack of applied case changes takes each new revision in the revisions table and reads only
 * revisions: the case rows (sealed) are neither read nor rewritten. A revision is taken only when
 * it is the next one; otherwise the record is reported for a re-fetch.
 */
import { describe, expect, it, vi } from 'vitest';
import type { PushResult } from '../../../src-shared/sync/push';
import { createCase } from '../../../src-renderer/src/db/cases';
import { readRevisions, revisionKey } from '../../../src-renderer/src/db/revisions';
import { ackBatch } from '../../../src-renderer/src/sync/ack';
import { setUpDevice, validInput } from '../db/fixtures';

const AT = new Date('2026-11-29T08:00:00Z');

describe('the ack of applied case changes', () => {
  it('takes the next revisions from the revisions table without reading or writing a case', async () => {
    const { db, actor } = await setUpDevice();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await createCase(db, actor, validInput(i), AT);
      if (created.ok) ids.push(created.value.id);
    }
    // The third case was accepted before (revision 4): an answer of revision 2 is older than that.
    await db.revisions.put({ key: revisionKey('case', ids[2] ?? ''), rev: 4 });
    const rows = (await db.outbox.toArray()).filter((r) => r.entity === 'case');
    const results: PushResult[] = rows.map((row, i) => ({
      status: 'applied',
      changeId: row.changeId,
      rev: i === 2 ? 2 : 1,
    }));
    const before = await db.cases.toArray();
    const bulkGet = vi.spyOn(db.cases, 'bulkGet');
    const bulkPut = vi.spyOn(db.cases, 'bulkPut');

    const outcome = await ackBatch(db, rows, results, AT);

    expect(bulkGet).not.toHaveBeenCalled();
    expect(bulkPut).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ removed: 3, conflicts: 0, refused: 0 });
    expect(outcome.unsure).toEqual([{ entity: 'case', entityId: ids[2] }]);
    expect(await readRevisions(db, 'case', ids)).toEqual([1, 1, 4]);
    expect(await db.cases.toArray()).toEqual(before);
    expect((await db.outbox.toArray()).filter((r) => r.entity === 'case')).toEqual([]);
  });
});
