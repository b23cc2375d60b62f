/**
 * A workstation set up by the build before sign-in (schema v3, everything in clear) upgrades: it
 * opens without losing a row, asks for an administrator, gets its data key, and then every ID
 * number, phone, address, bank account and attachment byte it held in clear is sealed — the app
 * reads the same values back, nothing readable is left, and the audit chain stays whole.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, migrations } from '../../../src-renderer/src/db/migrations';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { openDatabaseSafely } from '../../../src-renderer/src/db/openDatabaseSafely';
import { hasDataKey } from '../../../src-renderer/src/db/userDirectory';
import {
  needsSealing,
  sealExistingData,
  secureLegacyDevice,
} from '../../../src-renderer/src/db/secureExisting';
import { readAttachmentBytes } from '../../../src-renderer/src/db/attachmentBytes';
import { signIn } from '../../../src-renderer/src/db/signIn';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { VaultLockedError } from '../../../src-renderer/src/security/errors';
import type { UserId } from '../../../src-shared/domain/ids';
import { TEST_KDF, TEST_PASSWORD, residentId, validInput } from '../db/fixtures';

let open: Dexie[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

const AT = '2026-05-01T02:00:00.000Z';
const CASE_ID = '01900000-0000-7000-8000-000000000101';
const USER_ID = '01900000-0000-7000-8000-000000000201';
const ID = residentId(77);
const PHONE = '13955554444';
const ADDRESS = '合肥市蜀山区黄山路88号';
const BANK = '6217001234567890555';
const FILE = new TextEncoder().encode('身份证复印件 340102199003077777');

async function rawText(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const parts: string[] = [];
  for (const table of raw.tables) {
    for (const row of await table.toArray()) {
      const blob = (row as { blob?: unknown }).blob;
      if (blob instanceof Blob) parts.push(new TextDecoder().decode(await blob.arrayBuffer()));
      parts.push(JSON.stringify(row));
    }
  }
  raw.close();
  return parts.join('\n');
}

/** A v3 database as the previous build left it: a unit, a user, a case, its outbox and files. */
async function previousBuild(name: string): Promise<void> {
  const older = new Dexie(name);
  applyMigrations(
    older,
    migrations.filter((m) => m.version <= 3),
  );
  await older.open();
  const input = validInput(1);
  const party = { ...input.parties[0], idNumber: ID, phone: PHONE, address: ADDRESS };
  const record = { ...input, parties: [party], id: CASE_ID, rev: 0, seq: 1, deleted: 0 };
  await older.table('meta').bulkAdd([
    { key: 'deviceId', value: '01900000-0000-7000-8000-000000000001' },
    { key: 'unit', value: { name: '合肥市蜀山区人民检察院', code: '340104' } },
    { key: 'nextDeviceSeq', value: 2 },
    { key: 'nextLocalSeq', value: 2 },
  ]);
  await older
    .table('users')
    .add({ id: USER_ID, name: '王检察官', role: 'procurator', createdAt: AT, active: true });
  await older.table('cases').add({ ...record, updatedAt: AT });
  await older.table('outbox').add({
    changeId: '01900000-0000-7000-8000-000000000401',
    deviceSeq: 1,
    entity: 'case',
    entityId: CASE_ID,
    op: 'create',
    baseRev: 0,
    patch: { parties: [party] },
    deviceTime: AT,
    attempts: 0,
    lastAttemptAt: null,
    lastError: null,
  });
  await older.table('workflows').add({
    id: 'wf-1',
    caseId: CASE_ID,
    kind: 'judicialAssistance',
    seq: 1,
    sensitive: { 'disburse.bankAccount': BANK },
    snapshot: '{}',
  });
  await older.table('attachments').add({
    sha256: 'ab'.repeat(32),
    blob: new Blob([FILE], { type: 'image/jpeg' }),
    size: FILE.length,
    mime: 'image/jpeg',
    upload: 'pending',
    uploadedBytes: 0,
    uploadError: null,
    storedAt: AT,
  });
  older.close();
}

describe('upgrading a workstation of the build before sign-in', () => {
  it('keeps every row, secures the device, seals what was clear and reads it back the same', async () => {
    const name = `legacy-${String(Math.random())}`;
    await previousBuild(name);
    const before = await rawText(name);
    for (const secret of [ID, PHONE, ADDRESS, BANK, '340102199003077777']) {
      expect(before).toContain(secret);
    }

    const db: JianhuDb = openJianhuDb(name);
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(await hasDataKey(db)).toBe(false);
    // No row holding a personal number can be written again before the device has a key.
    await expect(db.cases.update(CASE_ID as never, { facts: 'x' })).rejects.toBeInstanceOf(
      VaultLockedError,
    );
    await expect(
      db.cases.put({ ...(await db.cases.get(CASE_ID as never))!, title: '改' }),
    ).rejects.toBeInstanceOf(VaultLockedError);

    const secured = await secureLegacyDevice(db, USER_ID, TEST_PASSWORD, new Date(AT), TEST_KDF);
    expect(secured).toMatchObject({ ok: true, value: { userId: USER_ID } });
    expect(await needsSealing(db)).toBe(true);
    const progress: number[] = [];
    const report = await sealExistingData(db, USER_ID as UserId, new Date(AT), (done) =>
      progress.push(done),
    );
    expect(report).toEqual({ rows: 3, attachments: 1 });
    expect(progress.at(-1)).toBeGreaterThanOrEqual(5);
    expect(await needsSealing(db)).toBe(false);

    const after = await rawText(name);
    for (const secret of [ID, PHONE, ADDRESS, BANK, '340102199003077777']) {
      expect(after).not.toContain(secret);
    }
    const read = await db.cases.get(CASE_ID as never);
    expect(read?.parties[0]).toMatchObject({ idNumber: ID, phone: PHONE, address: ADDRESS });
    expect((await db.workflows.get('wf-1'))?.sensitive).toEqual({ 'disburse.bankAccount': BANK });
    const outbox = await db.outbox.get(1);
    expect(outbox?.patch).toEqual({ parties: [read?.parties[0]] });
    const bytes = await db.attachments.get('ab'.repeat(32));
    if (!bytes) throw new Error('attachment expected');
    expect(new Uint8Array(await (await readAttachmentBytes(db, bytes)).arrayBuffer())).toEqual(
      FILE,
    );
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // The administrator signs in with the new password after a restart.
    db.keyring?.lock();
    const again = await signIn(db, USER_ID, TEST_PASSWORD, new Date(AT));
    expect(again).toMatchObject({ ok: true, user: { id: USER_ID, isAdmin: true } });
    expect((await db.cases.get(CASE_ID as never))?.parties[0]?.idNumber).toBe(ID);
  });

  it('carries on after an interruption: sealing twice seals nothing twice', async () => {
    const name = `legacy-${String(Math.random())}`;
    await previousBuild(name);
    const db: JianhuDb = openJianhuDb(name);
    open.push(db);
    await secureLegacyDevice(db, USER_ID, TEST_PASSWORD, new Date(AT), TEST_KDF);
    await sealExistingData(db, USER_ID as UserId, new Date(AT));
    const second = await sealExistingData(db, USER_ID as UserId, new Date(AT));
    expect(second).toEqual({ rows: 0, attachments: 0 });
    const again = await secureLegacyDevice(db, USER_ID, TEST_PASSWORD, new Date(AT), TEST_KDF);
    expect(again).toMatchObject({ ok: false });
  });
});
