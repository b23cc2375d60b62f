/**
 * Attaching files to a case on the device (fake-indexeddb, Node's Blob and WebCrypto): record,
 * bytes, audit entry and outbox change land together; refusals write nothing at all.
 */
import { readAttachmentBytes } from '../../../src-renderer/src/db/attachmentBytes';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_BLOB_BYTES } from '../../../src-shared/sync/blobs';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import {
  addAttachment,
  removeAttachment,
  sha256OfBlob,
} from '../../../src-renderer/src/db/attachmentRepository';
import {
  caseAttachmentsTable,
  listCaseAttachments,
  listPendingUploads,
} from '../../../src-renderer/src/db/attachmentTables';
import { createCase, deleteCase } from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { residentId, setUpDevice, validInput } from '../db/fixtures';

const NOW = new Date('2026-03-02T10:00:00+08:00');

function fileOf(text: string, name = '劳动合同.pdf', type = 'application/pdf') {
  return { name, blob: new Blob([new TextEncoder().encode(text)], { type }) };
}

function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A Blob that says it is one byte larger than the server takes (without holding 256 MB). */
class OversizedBlob extends Blob {
  override get size(): number {
    return MAX_BLOB_BYTES + 1;
  }
}

async function withCase() {
  const device = await setUpDevice();
  const created = await createCase(device.db, device.actor, validInput(1), NOW);
  if (!created.ok) throw new Error('case not created');
  return { ...device, caseId: created.value.id };
}

async function counts(db: JianhuDb) {
  return {
    records: await caseAttachmentsTable(db).count(),
    contents: await db.attachments.count(),
    audit: await db.audit.count(),
    outbox: await db.outbox.count(),
  };
}

describe('addAttachment', () => {
  it('stores the record, the bytes by SHA-256, one audit entry and one create change together', async () => {
    const { db, actor, caseId } = await withCase();
    const before = await counts(db);
    const result = await addAttachment(db, actor, caseId, fileOf('合同正文'), NOW);
    if (!result.ok) throw new Error(result.code);
    const sha256 = sha256Of('合同正文');
    expect(result.value).toMatchObject({
      caseId,
      name: '劳动合同.pdf',
      mime: 'application/pdf',
      size: new TextEncoder().encode('合同正文').length,
      sha256,
      addedAt: NOW.toISOString(),
      addedBy: actor.userId,
      deleted: false,
      rev: 0,
    });
    expect(await counts(db)).toEqual({
      records: before.records + 1,
      contents: before.contents + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });
    const content = await db.attachments.get(sha256);
    expect(content).toMatchObject({ upload: 'pending', uploadedBytes: 0, uploadError: null });
    // Stored encrypted; the app reads the clear bytes back through the data key.
    expect(content?.sealed).toBe(1);
    expect(await content?.blob.text()).not.toContain('合同正文');
    if (!content) throw new Error('bytes expected');
    expect(await (await readAttachmentBytes(db, content)).text()).toBe('合同正文');
    const change = await db.outbox.orderBy('deviceSeq').last();
    expect(change).toMatchObject({
      entity: 'attachment',
      entityId: result.value.id,
      op: 'create',
      baseRev: 0,
      patch: { caseId, name: '劳动合同.pdf', sha256, deleted: false },
    });
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({
      action: 'attachment.add',
      entity: 'attachment',
      entityId: result.value.id,
      success: true,
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('hashes with WebCrypto to the same value as node:crypto', async () => {
    expect(await sha256OfBlob(new Blob(['abc']))).toBe(sha256Of('abc'));
  });

  it('keeps one copy of bytes attached twice, with a record and a change each', async () => {
    const { db, actor, caseId } = await withCase();
    const other = await createCase(db, actor, validInput(2), NOW);
    if (!other.ok) throw new Error('case not created');
    const first = await addAttachment(db, actor, caseId, fileOf('同一份证据'), NOW);
    const second = await addAttachment(
      db,
      actor,
      other.value.id,
      fileOf('同一份证据', '证据.pdf'),
      NOW,
    );
    expect(first.ok && second.ok).toBe(true);
    expect(await db.attachments.count()).toBe(1);
    expect(
      await caseAttachmentsTable(db).where('sha256').equals(sha256Of('同一份证据')).count(),
    ).toBe(2);
    expect(
      await db.outbox
        .where('entityId')
        .anyOf([first.ok ? first.value.id : '', second.ok ? second.value.id : ''])
        .count(),
    ).toBe(2);
    expect((await listCaseAttachments(db, other.value.id)).map((a) => a.name)).toEqual([
      '证据.pdf',
    ]);
  });

  it('never writes an ID number in a file name into the audit trail in clear', async () => {
    const { db, actor, caseId } = await withCase();
    const id = residentId(7);
    const result = await addAttachment(
      db,
      actor,
      caseId,
      fileOf('x', `身份证${id}.jpg`, 'image/jpeg'),
      NOW,
    );
    expect(result.ok).toBe(true);
    const entry = await db.audit.orderBy('seq').last();
    expect(JSON.stringify(entry?.diff)).not.toContain(id);
    // The record itself keeps the name the person gave.
    expect(result.ok && result.value.name).toBe(`身份证${id}.jpg`);
  });

  it.each([
    ['too-large', () => ({ name: 'huge.bin', blob: new OversizedBlob([]) })],
    ['empty', () => fileOf('')],
    ['invalid', () => fileOf('x', '   ')],
  ] as const)('refuses a file that is %s and writes nothing', async (code, file) => {
    const { db, actor, caseId } = await withCase();
    const before = await counts(db);
    expect(await addAttachment(db, actor, caseId, file(), NOW)).toEqual({ ok: false, code });
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a missing or deleted case and writes nothing', async () => {
    const { db, actor, caseId } = await withCase();
    await deleteCase(db, actor, caseId, NOW);
    const before = await counts(db);
    for (const target of [caseId, '01900000-0000-7000-8000-00000000dead']) {
      expect(await addAttachment(db, actor, target, fileOf('x'), NOW)).toEqual({
        ok: false,
        code: 'case-not-found',
      });
    }
    expect(await counts(db)).toEqual(before);
  });
});

describe('removeAttachment', () => {
  it('marks the record removed with an audit entry and a delete change, keeping the bytes', async () => {
    const { db, actor, caseId } = await withCase();
    const added = await addAttachment(db, actor, caseId, fileOf('要删的'), NOW);
    if (!added.ok) throw new Error(added.code);
    const removed = await removeAttachment(db, actor, added.value.id, NOW);
    expect(removed.ok && removed.value.deleted).toBe(true);
    expect(await listCaseAttachments(db, caseId)).toEqual([]);
    expect(
      (await listCaseAttachments(db, caseId, { includeDeleted: true })).map((a) => a.id),
    ).toEqual([added.value.id]);
    expect(await db.outbox.orderBy('deviceSeq').last()).toMatchObject({
      entity: 'attachment',
      entityId: added.value.id,
      op: 'delete',
      patch: { deleted: true },
    });
    expect((await db.audit.orderBy('seq').last())?.action).toBe('attachment.remove');
    expect(await db.attachments.get(sha256Of('要删的'))).toBeDefined();
    // Its bytes still go up: the record reached (or will reach) the server before its removal.
    expect((await listPendingUploads(db)).length).toBe(1);

    const before = await counts(db);
    expect(await removeAttachment(db, actor, added.value.id, NOW)).toEqual({
      ok: false,
      code: 'not-found',
    });
    expect(await counts(db)).toEqual(before);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
