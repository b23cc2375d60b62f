/**
 * Schema v3 adds attachments: `caseAttachments` (records by case and by hash) and an index on the
 * upload state of `attachments`. A v2 database written by the previous build, with rows in every
 * table it used, opens under v3 with every row intact, and the new table and index work at once.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, migrations } from '../../../src-renderer/src/db/migrations';
import { migration0003 } from '../../../src-renderer/src/db/migrations/0003-attachments';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { openDatabaseSafely } from '../../../src-renderer/src/db/openDatabaseSafely';
import {
  caseAttachmentsTable,
  listCaseAttachments,
  listPendingUploads,
} from '../../../src-renderer/src/db/attachmentTables';
import { unlockedKeyring, validInput } from '../db/fixtures';

let open: Dexie[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

const AT = '2026-05-01T02:00:00.000Z';
const CASE_ID = '01900000-0000-7000-8000-000000000101';

describe('schema v3 (attachments)', () => {
  it('keeps v3 exactly as shipped', () => {
    expect(migration0003).toEqual({
      version: 3,
      stores: { caseAttachments: 'id, caseId, sha256, seq', attachments: 'sha256, upload' },
    });
    expect(migrations.at(2)).toBe(migration0003);
  });

  it('opens a v2 database with rows, keeps every one, and stores attachments', async () => {
    const name = `migrate-v3-${String(Math.random())}`;
    const older = new Dexie(name);
    applyMigrations(
      older,
      migrations.filter((m) => m.version <= 2),
    );
    open.push(older);
    await older.open();
    expect(older.verno).toBe(2);
    const caseRow = { ...validInput(1), id: CASE_ID, rev: 2, seq: 1, deleted: 0, updatedAt: AT };
    const conflict = {
      id: '01900000-0000-7000-8000-000000000301',
      entity: 'case',
      entityId: CASE_ID,
      fields: [],
      serverRev: 2,
      detectedAt: AT,
      status: 'open',
      resolvedAt: null,
      resolution: null,
    };
    // The v1 placeholder shape: a row without an upload state stays, unindexed.
    const placeholder = { sha256: 'cd'.repeat(32), name: 'a.pdf', size: 3 };
    await older.table('cases').add(caseRow);
    await older.table('conflicts').add(conflict);
    await older.table('attachments').add(placeholder);
    await older
      .table('meta')
      .add({ key: 'deviceId', value: '01900000-0000-7000-8000-000000000001' });
    older.close();

    const db: JianhuDb = openJianhuDb(name, { keyring: unlockedKeyring() });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(db.verno).toBeGreaterThanOrEqual(3);
    // Version 6 moves the revision off the row into its own table (0006-revisions.ts).
    const { rev, ...movedRow } = caseRow;
    expect(await db.cases.toArray()).toEqual([movedRow]);
    expect(await db.revisions.toArray()).toEqual([{ key: `case:${CASE_ID}`, rev }]);
    expect(await db.table('conflicts').toArray()).toEqual([conflict]);
    expect(await db.attachments.toArray()).toEqual([placeholder]);
    expect(await listPendingUploads(db)).toEqual([]);

    const record = {
      id: 'att-1',
      caseId: CASE_ID,
      name: '劳动合同.pdf',
      mime: 'application/pdf',
      size: 3,
      sha256: 'ab'.repeat(32),
      addedAt: AT,
      addedBy: 'user-1',
      deleted: false,
      rev: 0,
      seq: 2,
      updatedAt: AT,
    };
    await caseAttachmentsTable(db).add(record);
    await db.attachments.add({
      sha256: 'ab'.repeat(32),
      blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'application/pdf' }),
      size: 3,
      mime: 'application/pdf',
      upload: 'pending',
      uploadedBytes: 0,
      uploadError: null,
      storedAt: AT,
    });
    expect((await listPendingUploads(db)).map((r) => r.sha256)).toEqual(['ab'.repeat(32)]);
    const listed = await listCaseAttachments(db, CASE_ID);
    expect(listed.map((r) => [r.id, r.isLocal, r.upload])).toEqual([['att-1', true, 'pending']]);
    expect(await caseAttachmentsTable(db).where('sha256').equals('ab'.repeat(32)).count()).toBe(1);
  });
});
