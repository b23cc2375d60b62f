/**
 * Backup → restore into a fresh database, on fake-indexeddb: every table row by row as stored
 * (sealed rows still sealed, attachments still encrypted), every attachment byte, the audit chain
 * continued by the restore's own entry, and the data readable again after signing in.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../../src-renderer/src/db/backup/createArchive';
import {
  applyMigrations,
  currentSchemaVersion,
  migrations,
} from '../../../src-renderer/src/db/migrations';
import { newRestoreDbName } from '../../../src-renderer/src/db/activeDatabase';
import { readAttachmentBytes } from '../../../src-renderer/src/db/attachmentBytes';
import { caseAttachmentsTable } from '../../../src-renderer/src/db/attachmentTables';
import { readAuditHead, verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { readLiveCases } from '../../../src-renderer/src/db/caseCount';
import { createCase, deleteCase } from '../../../src-renderer/src/db/cases';
import { MetaKey } from '../../../src-renderer/src/db/meta';
import { openJianhuDb } from '../../../src-renderer/src/db/database';
import {
  restoreArchive,
  unlockArchive,
  type ArchiveSecret,
} from '../../../src-renderer/src/db/backup';
import { signIn } from '../../../src-renderer/src/db/signIn';
import { TEST_PASSWORD, validInput } from '../db/fixtures';
import {
  NOW,
  backUp,
  databaseNames,
  deviceWithData,
  openedArchive,
  sha256Of,
  storedRows,
} from './backupFixtures';

async function restore(archive: Blob, secret: (userId: string) => ArchiveSecret) {
  const opened = await openedArchive(archive);
  const admin = opened.header.users[0];
  if (!admin) throw new Error('no user in the header');
  const unlocked = await unlockArchive(opened.header, secret(admin.userId));
  if (!unlocked.ok) throw new Error(`unlock refused: ${unlocked.reason}`);
  const targetName = newRestoreDbName(NOW);
  const result = await restoreArchive(opened, unlocked.dataKey, {
    targetName,
    currentUnitCode: null,
    isOtherUnitConfirmed: false,
    userId: admin.userId,
    now: NOW,
  });
  return { result, targetName, header: opened.header };
}

const byPassword = (userId: string): ArchiveSecret => ({
  kind: 'password',
  userId,
  password: TEST_PASSWORD,
});

describe('backup and restore', () => {
  it('restores every table row by row as stored and every attachment byte', async () => {
    const { db } = await deviceWithData();
    const { archive, header } = await backUp(db);
    const before = await storedRows(db.name);

    const { result, targetName } = await restore(archive, byPassword);

    expect(result).toEqual({ ok: true, dbName: targetName });
    const after = await storedRows(targetName);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [table, rows] of Object.entries(before)) {
      // The restored chain has one entry more: the restore itself, checked below.
      const restored = table === 'audit' ? after[table]?.slice(0, -1) : after[table];
      expect(restored, table).toEqual(rows);
      expect(rows.length, table).toBe(header.rowCounts[table]);
    }
    // Sealed as stored: the clear ID number is nowhere in the restored cases.
    expect(JSON.stringify(after['cases'])).not.toContain('340102199003070');
    expect(after['attachments']).toHaveLength(2);
  });

  it('continues the audit chain with the restore, and the data opens with the password', async () => {
    const { db, caseIds, files, idNumber } = await deviceWithData();
    const { archive, header } = await backUp(db);
    const { targetName } = await restore(archive, byPassword);

    const restored = openJianhuDb(targetName);
    expect(await verifyAuditChain(restored)).toEqual({ ok: true, count: header.auditHead.seq + 1 });
    const last = await restored.audit.get(header.auditHead.seq + 1);
    expect(last).toMatchObject({ action: 'backup.restore', prevHash: header.auditHead.hash });

    const user = header.users[0];
    const signedIn = await signIn(restored, user?.userId ?? '', TEST_PASSWORD, NOW);
    expect(signedIn.ok).toBe(true);
    const card = await restored.cases.get(caseIds[0] as never);
    expect(card?.parties[0]?.idNumber).toBe(idNumber);
    for (const file of files) {
      const records = await caseAttachmentsTable(restored).toArray();
      const sha256 = records.find((record) => record.name === file.name)?.sha256 ?? '';
      const row = await restored.attachments.get(sha256);
      if (!row) throw new Error('attachment missing');
      const bytes = await readAttachmentBytes(restored, row);
      expect(bytes.size).toBe(file.blob.size);
      expect(await sha256Of(bytes)).toBe(await sha256Of(file.blob));
      expect(row.mime).toBe(file.blob.type);
    }
    restored.close();
  });

  it('restores the moment of the backup, not the writes made after it', async () => {
    const { db, actor } = await deviceWithData();
    const { archive, header } = await backUp(db);
    const atBackup = await storedRows(db.name);
    const later = await createCase(db, actor, validInput(9), NOW);
    expect(later.ok).toBe(true);
    expect((await readAuditHead(db)).seq).toBeGreaterThan(header.auditHead.seq);

    const { result, targetName } = await restore(archive, byPassword);

    expect(result.ok).toBe(true);
    const after = await storedRows(targetName);
    expect(after['cases']).toEqual(atBackup['cases']);
    expect(after['outbox']).toEqual(atBackup['outbox']);
    expect(after['audit']?.slice(0, -1)).toEqual(atBackup['audit']);
  });

  it('counts the restored live cases again, whatever count the archive held', async () => {
    const { db, actor, caseIds } = await deviceWithData();
    await deleteCase(db, actor, caseIds[0] ?? '', NOW);
    // A count gone wrong on the device travels in the archive; the restore makes its own.
    await db.meta.put({ key: MetaKey.liveCases, value: 99 });
    const { archive } = await backUp(db);

    const { result, targetName } = await restore(archive, byPassword);

    expect(result.ok).toBe(true);
    const restored = openJianhuDb(targetName, { keyring: null });
    expect(await readLiveCases(restored.meta)).toBe(2);
    restored.close();
  });

  it('restores an older build’s backup, and this build’s upgrades then run on it', async () => {
    const { db } = await deviceWithData();
    // The same rows in a database at the previous schema version, as an older build kept them.
    const previous = currentSchemaVersion - 1;
    const older = new Dexie(`older-build-${String(Math.random()).slice(2)}`);
    applyMigrations(
      older,
      migrations.filter((m) => m.version <= previous),
    );
    await older.open();
    const raw = openJianhuDb(db.name, { keyring: null });
    for (const table of older.tables) await table.bulkAdd(await raw.table(table.name).toArray());
    raw.close();
    if (!db.keyring) throw new Error('the device is signed in');
    const made = await createArchive(older, db.keyring.keys(), { kind: 'manual', now: NOW });
    older.close();
    expect(made.header.schemaVersion).toBe(previous);

    const { result, targetName } = await restore(made.archive, byPassword);

    expect(result.ok).toBe(true);
    const restored = openJianhuDb(targetName, { keyring: null });
    await restored.open();
    expect(restored.verno).toBe(currentSchemaVersion);
    restored.close();
    const before = await storedRows(older.name);
    const after = await storedRows(targetName);
    for (const [table, rows] of Object.entries(before)) {
      expect(table === 'audit' ? after[table]?.slice(0, -1) : after[table], table).toEqual(rows);
    }
  });

  it('opens with the recovery key printed at the first run', async () => {
    const { db, recoveryKey } = await deviceWithData();
    const { archive } = await backUp(db);
    const { result, targetName } = await restore(archive, (userId) => ({
      kind: 'recoveryKey',
      userId,
      recoveryKey,
    }));
    expect(result).toEqual({ ok: true, dbName: targetName });
    expect(await databaseNames()).toContain(targetName);
  });

  it('asks for a new enrollment after a restore: the old one would reuse sequence numbers', async () => {
    const { db } = await deviceWithData();
    await db.meta.bulkPut([
      { key: 'sync.serverUrl', value: 'https://jianhu.prov.example' },
      { key: 'sync.enrollment', value: { serverDeviceId: 'd1', token: 'tok_secret' } },
      { key: 'sync.cursor', value: '42' },
    ]);
    const { result, targetName } = await restore((await backUp(db)).archive, byPassword);
    expect(result.ok).toBe(true);
    const restored = openJianhuDb(targetName, { keyring: null });
    const keys = (await restored.meta.toCollection().primaryKeys()).filter((k) =>
      k.startsWith('sync.'),
    );
    expect(keys).toEqual(['sync.serverUrl']);
    expect((await restored.audit.orderBy('seq').last())?.diff).toMatchObject({
      enrollmentCleared: true,
    });
    restored.close();
  });
});
