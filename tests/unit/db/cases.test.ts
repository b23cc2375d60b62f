import { describe, expect, it } from 'vitest';
import { outboxChangeSchema } from '../../../src-shared/sync/change';
import { UUID_PATTERN } from '../../../src-shared/domain/ids';
import {
  createCase,
  deleteCase,
  restoreCase,
  updateCase,
} from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { readRevision, revisionKey } from '../../../src-renderer/src/db/revisions';
import { MetaKey, peekCounter } from '../../../src-renderer/src/db/meta';
import { FIRST_RUN_CHANGES, counts, devicesClosedAfterEach, validInput } from './fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');
const T1 = new Date('2026-06-02T10:00:00+08:00');
const T2 = new Date('2026-06-03T10:00:00+08:00');

const device = devicesClosedAfterEach();

async function lastOutbox(db: JianhuDb) {
  const row = await db.outbox.orderBy('deviceSeq').last();
  if (!row) throw new Error('no outbox row');
  return row;
}
async function lastAudit(db: JianhuDb) {
  const row = await db.audit.orderBy('seq').last();
  if (!row) throw new Error('no audit row');
  return row;
}

describe('createCase', () => {
  it('writes exactly one case, one audit entry and one outbox change', async () => {
    const { db, actor } = await device();
    const before = await counts(db);
    const result = await createCase(db, actor, validInput(1), T0);
    if (!result.ok) throw new Error('expected ok');
    const after = await counts(db);
    expect(after.cases - before.cases).toBe(1);
    expect(after.audit - before.audit).toBe(1);
    expect(after.outbox - before.outbox).toBe(1);

    const rec = result.value;
    expect(rec.id).toMatch(UUID_PATTERN);
    expect(rec.provisionalNo).toBe('340102-2026-00001');
    // Never accepted by the server: no revision row, and none on the case (db/revisions.ts).
    expect(rec).not.toHaveProperty('rev');
    expect(await readRevision(db, 'case', rec.id)).toBe(0);
    expect(rec).toMatchObject({
      deleted: 0,
      seq: 1,
      unitCode: '340102',
      createdBy: actor.userId,
    });
    expect(rec.createdAt).toBe(T0.toISOString());
    expect(await db.cases.get(rec.id)).toEqual(rec);

    const change = await lastOutbox(db);
    expect(outboxChangeSchema.parse(change)).toBeTruthy();
    expect(change).toMatchObject({
      deviceSeq: FIRST_RUN_CHANGES + 1,
      entity: 'case',
      entityId: rec.id,
      op: 'create',
      baseRev: 0,
    });
    expect(change.deviceTime).toBe(T0.toISOString());
    expect(change.patch).toMatchObject({ title: rec.title, provisionalNo: rec.provisionalNo });
    expect(Object.keys(change.patch ?? {})).not.toContain('seq');
    expect(Object.keys(change.patch ?? {})).not.toContain('rev');

    const entry = await lastAudit(db);
    expect(entry).toMatchObject({
      action: 'case.create',
      entity: 'case',
      entityId: rec.id,
      success: true,
      userId: actor.userId,
      deviceId: actor.deviceId,
      at: T0.toISOString(),
    });
  });

  it('numbers provisionally per year: 00001, 00002, then 00001 again in a new year', async () => {
    const { db, actor } = await device();
    const a = await createCase(db, actor, validInput(1), T0);
    const b = await createCase(db, actor, validInput(2), T1);
    const c = await createCase(db, actor, validInput(3), new Date('2027-07-01T10:00:00+08:00'));
    const numbers = [a, b, c].map((r) => (r.ok ? r.value.provisionalNo : null));
    expect(numbers).toEqual(['340102-2026-00001', '340102-2026-00002', '340102-2027-00001']);
  });

  it('refuses an actor that names another device', async () => {
    const { db, actor } = await device();
    const foreign = {
      ...actor,
      deviceId: '00000000-0000-7000-8000-000000000000' as typeof actor.deviceId,
    };
    await expect(createCase(db, foreign, validInput(1), T0)).rejects.toThrow(/another device/);
    expect((await counts(db)).cases).toBe(0);
  });
});

describe('updateCase', () => {
  it('writes one change whose patch holds only the changed fields, based on the stored rev', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    // As if the provincial server had accepted the case at revision 3.
    await db.revisions.put({ key: revisionKey('case', created.value.id), rev: 3 });
    const before = await counts(db);

    const result = await updateCase(
      db,
      actor,
      created.value.id,
      { title: '  新标题  ', status: 'accepted' },
      T1,
    );
    if (!result.ok) throw new Error('expected ok');
    const after = await counts(db);
    expect([
      after.cases - before.cases,
      after.audit - before.audit,
      after.outbox - before.outbox,
    ]).toEqual([0, 1, 1]);

    expect(result.value).toMatchObject({ title: '新标题', status: 'accepted', seq: 2 });
    // The revision stays in its own table, untouched by a local edit.
    expect(await readRevision(db, 'case', created.value.id)).toBe(3);
    expect(result.value.createdAt).toBe(T0.toISOString());
    expect(result.value.updatedAt).toBe(T1.toISOString());
    expect(result.value.provisionalNo).toBe(created.value.provisionalNo);

    const change = await lastOutbox(db);
    expect(change).toMatchObject({
      op: 'update',
      baseRev: 3,
      deviceSeq: FIRST_RUN_CHANGES + 2,
      entityId: created.value.id,
    });
    expect(change.patch).toEqual({ title: '新标题', status: 'accepted' });

    const entry = await lastAudit(db);
    expect(entry).toMatchObject({ action: 'case.update', success: true });
    expect(entry.diff).toEqual({
      before: { title: created.value.title, status: 'received' },
      after: { title: '新标题', status: 'accepted' },
    });
  });

  it('clears an optional field set to undefined and sends it as null', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1, { acceptedAt: '2026-03-01' }), T0);
    if (!created.ok) throw new Error('expected ok');
    const result = await updateCase(db, actor, created.value.id, { acceptedAt: undefined }, T1);
    if (!result.ok) throw new Error('expected ok');
    const stored = await db.cases.get(created.value.id);
    expect(stored && 'acceptedAt' in stored).toBe(false);
    expect((await lastOutbox(db)).patch).toEqual({ acceptedAt: null });
  });

  it('writes nothing when nothing changed', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    const before = await counts(db);
    const result = await updateCase(
      db,
      actor,
      created.value.id,
      { title: created.value.title },
      T1,
    );
    expect(result).toEqual({ ok: true, value: created.value });
    expect(await counts(db)).toEqual(before);
  });

  it('refuses, and audits, an edit of a missing case', async () => {
    const { db, actor } = await device();
    const before = await counts(db);
    const result = await updateCase(db, actor, 'no-such-case', { title: 'x' }, T1);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: [], message: 'validation.caseNotFound' }],
    });
    const after = await counts(db);
    expect([after.cases, after.outbox]).toEqual([before.cases, before.outbox]);
    expect(after.audit - before.audit).toBe(1);
    expect(await lastAudit(db)).toMatchObject({
      action: 'case.update',
      success: false,
      entityId: 'no-such-case',
    });
  });
});

describe('deleteCase and restoreCase', () => {
  it('sends a delete against the revision kept in its own table', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    // As if the provincial server had accepted the case at revision 5.
    await db.revisions.put({ key: revisionKey('case', created.value.id), rev: 5 });
    expect((await deleteCase(db, actor, created.value.id, T1)).ok).toBe(true);
    expect(await lastOutbox(db)).toMatchObject({ op: 'delete', baseRev: 5 });
  });

  it('soft-delete and restore each write one row change, one audit entry and one outbox change', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    const id = created.value.id;

    let before = await counts(db);
    const deleted = await deleteCase(db, actor, id, T1);
    let after = await counts(db);
    expect(deleted.ok && deleted.value.deleted).toBe(1);
    expect([
      after.cases - before.cases,
      after.audit - before.audit,
      after.outbox - before.outbox,
    ]).toEqual([0, 1, 1]);
    expect(await lastOutbox(db)).toMatchObject({ op: 'delete', baseRev: 0, patch: { deleted: 1 } });
    expect(await lastAudit(db)).toMatchObject({ action: 'case.delete', success: true });
    expect((await db.cases.get(id))?.deleted).toBe(1);

    before = after;
    const restored = await restoreCase(db, actor, id, T2);
    after = await counts(db);
    expect(restored.ok && restored.value.deleted).toBe(0);
    expect([
      after.cases - before.cases,
      after.audit - before.audit,
      after.outbox - before.outbox,
    ]).toEqual([0, 1, 1]);
    expect(await lastOutbox(db)).toMatchObject({ op: 'restore', patch: { deleted: 0 } });
    expect(await lastAudit(db)).toMatchObject({ action: 'case.restore', success: true });
    expect((await db.cases.get(id))?.seq).toBe(3);
  });

  it('keeps deviceSeq strictly increasing without gaps across every kind of write', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    await updateCase(db, actor, created.value.id, { facts: '补充事实' }, T1);
    await deleteCase(db, actor, created.value.id, T1);
    await deleteCase(db, actor, 'missing', T1); // refused: must not take a sequence number
    await restoreCase(db, actor, created.value.id, T2);
    await createCase(db, actor, validInput(2), T2);
    const seqs = (await db.outbox.orderBy('deviceSeq').toArray()).map((r) => r.deviceSeq);
    expect(seqs).toEqual(Array.from({ length: FIRST_RUN_CHANGES + 5 }, (_, i) => i + 1));
    expect(await peekCounter(db.meta, MetaKey.nextDeviceSeq)).toBe(FIRST_RUN_CHANGES + 6);
  });

  it('refuses, and audits as failures, deleting a missing or deleted case and restoring a live one', async () => {
    const { db, actor } = await device();
    const created = await createCase(db, actor, validInput(1), T0);
    if (!created.ok) throw new Error('expected ok');
    const before = await counts(db);

    expect(await deleteCase(db, actor, 'missing', T1)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'validation.caseNotFound' }],
    });
    expect(await restoreCase(db, actor, created.value.id, T1)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'validation.caseNotDeleted' }],
    });
    await deleteCase(db, actor, created.value.id, T1);
    expect(await deleteCase(db, actor, created.value.id, T2)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'validation.caseAlreadyDeleted' }],
    });

    const failures = await db.audit.filter((e) => !e.success).toArray();
    expect(failures.map((e) => [e.action, e.entityId, e.diff])).toEqual([
      ['case.delete', 'missing', { reason: 'notFound' }],
      ['case.restore', created.value.id, { reason: 'notDeleted' }],
      ['case.delete', created.value.id, { reason: 'alreadyDeleted' }],
    ]);
    // Only the one real delete reached the outbox.
    expect((await counts(db)).outbox - before.outbox).toBe(1);
  });
});
