/** Pulled attachment records: newer revisions taken, pending local fields kept, bad data passed over. */
import { describe, expect, it } from 'vitest';
import { planRemoteAttachment } from '../../../src-renderer/src/db/applyRemoteAttachment';
import type { CaseAttachmentRow } from '../../../src-renderer/src/db/attachmentTables';
import type { ServerRecord } from '../../../src-shared/sync/push';

const DATA = {
  caseId: 'case-1',
  name: '工资表.xlsx',
  mime: 'application/vnd.ms-excel',
  size: 10,
  sha256: 'ab'.repeat(32),
  addedAt: '2026-03-01T01:00:00.000Z',
  addedBy: 'user-1',
  deleted: false,
};

function remote(rev: number, deleted = false, data: Record<string, unknown> = DATA): ServerRecord {
  return {
    entity: 'attachment',
    entityId: 'att-1',
    rev,
    data: { ...data, deleted },
    deleted,
    updatedAt: '2026-03-02T01:00:00.000Z',
  };
}

const LOCAL: CaseAttachmentRow = { ...DATA, id: 'att-1', rev: 1, seq: 5, updatedAt: DATA.addedAt };

describe('planRemoteAttachment', () => {
  it('takes a new record whole', () => {
    const plan = planRemoteAttachment(undefined, new Set(), remote(1));
    expect(plan?.isNew).toBe(true);
    expect(plan?.record).toMatchObject({ ...DATA, id: 'att-1', rev: 1, seq: 0 });
  });

  it('takes a removal made elsewhere, and only when newer', () => {
    expect(planRemoteAttachment(LOCAL, new Set(), remote(2, true))).toMatchObject({
      record: { deleted: true, rev: 2, seq: 5 },
      changed: ['deleted'],
      isNew: false,
    });
    expect(planRemoteAttachment(LOCAL, new Set(), remote(1, true))).toBeNull();
  });

  it('keeps a field a pending local change sets', () => {
    const removedHere = { ...LOCAL, deleted: true };
    const plan = planRemoteAttachment(removedHere, new Set(['deleted']), remote(2));
    expect(plan?.record).toMatchObject({ deleted: true, rev: 2 });
  });

  it('passes over data that is not an attachment', () => {
    expect(
      planRemoteAttachment(undefined, new Set(), remote(1, false, { caseId: 'x' })),
    ).toBeNull();
    expect(
      planRemoteAttachment(undefined, new Set(), { ...remote(1), entity: 'document' }),
    ).toBeNull();
  });
});
