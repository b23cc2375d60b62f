/** A device with cases, ID numbers and files to back up, and ways to read databases as stored. */
import './browserShims';
import { createHash } from 'node:crypto';
import { Dexie } from 'dexie';
import { addAttachment } from '../../../src-renderer/src/db/attachmentRepository';
import { createCase } from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { openJianhuDb } from '../../../src-renderer/src/db/database';
import { backUpDatabase, readArchiveHeader } from '../../../src-renderer/src/db/backup';
import { completeFirstRun } from '../../../src-renderer/src/db/setup';
import type { Actor } from '../../../src-renderer/src/db/cases';
import { TEST_KDF, TEST_PASSWORD, freshDb, residentId, validInput } from '../db/fixtures';

export const NOW = new Date('2026-03-02T10:00:00+08:00');

/** Deterministic bytes that hold every byte value (a text decode on the way would show). */
export function patternBytes(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, i) => (i * seed + (i >> 8)) % 256);
}

/** The first run, keeping the recovery key (the shared fixture does not). */
export async function setUpUnit(unit = { name: '合肥市瑶海区人民检察院', code: '340102' }) {
  const db = freshDb();
  const result = await completeFirstRun(
    db,
    { unit, user: { name: '赵管理员', role: 'systemAdmin', password: TEST_PASSWORD } },
    NOW,
    TEST_KDF,
  );
  if (!result.ok) throw new Error('first run failed');
  const actor: Actor = {
    userId: result.value.userId,
    unitCode: unit.code,
    deviceId: result.value.deviceId,
  };
  return { db, actor, recoveryKey: result.value.recoveryKey };
}

/** A set-up device with three cases (ID numbers and phones) and two files, one of 2.5 MiB. */
export async function deviceWithData() {
  const device = await setUpUnit();
  const caseIds: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const created = await createCase(device.db, device.actor, validInput(i), NOW);
    if (!created.ok) throw new Error('case not created');
    caseIds.push(created.value.id);
  }
  const files = [
    {
      name: '劳动仲裁裁决书.pdf',
      blob: new Blob([patternBytes(1536)], { type: 'application/pdf' }),
    },
    {
      name: '现场照片.jpg',
      blob: new Blob([patternBytes(2.5 * 1024 * 1024, 13)], { type: 'image/jpeg' }),
    },
  ];
  for (const [i, file] of files.entries()) {
    const added = await addAttachment(device.db, device.actor, caseIds[i] ?? '', file, NOW);
    if (!added.ok) throw new Error('attachment not added');
  }
  return { ...device, caseIds, files, idNumber: residentId(1) };
}

/** A backup of `db` made by its signed-in keyring. */
export async function backUp(db: JianhuDb) {
  const made = await backUpDatabase(db, 'manual', NOW);
  if (!made.ok) throw new Error(`backup refused: ${made.reason}`);
  return made;
}

export async function openedArchive(archive: Blob) {
  const read = await readArchiveHeader(archive);
  if (!read.ok) throw new Error(`header refused: ${read.reason}`);
  return read;
}

type StoredBlob = { $blob: { type: string; size: number; sha256: string } };

/** SHA-256 of bytes: equality of megabytes through expect().toEqual would take seconds. */
export async function sha256Of(blob: Blob): Promise<string> {
  return createHash('sha256')
    .update(new Uint8Array(await blob.arrayBuffer()))
    .digest('hex');
}

/** A stored value with every Blob replaced by its type, size and SHA-256 (equal bytes ⇔ equal). */
async function comparable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return {
      $blob: { type: value.type, size: value.size, sha256: await sha256Of(value) },
    } satisfies StoredBlob;
  }
  if (ArrayBuffer.isView(value)) {
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
  }
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await comparable(v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every table of the database `name` exactly as stored (a raw handle), Blobs as bytes. */
export async function storedRows(name: string): Promise<Record<string, unknown[]>> {
  const raw = openJianhuDb(name, { keyring: null });
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of raw.tables) {
      out[table.name] = (await comparable(await table.toArray())) as unknown[];
    }
    return out;
  } finally {
    raw.close();
  }
}

export function databaseNames(): Promise<string[]> {
  return Dexie.getDatabaseNames();
}
