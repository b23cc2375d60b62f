/**
 * Bad archives and wrong secrets are refused with a code the UI translates, and nothing is left
 * behind: the current database keeps every row as it was and no half-made database remains.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRecoveryKey } from '../../../src-shared/security/recoveryKey';
import { newRestoreDbName } from '../../../src-renderer/src/db/activeDatabase';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import {
  readArchiveHeader,
  restoreArchive,
  unlockArchive,
  type ArchiveSecret,
  type BackupRefusal,
} from '../../../src-renderer/src/db/backup';
import { createUser, updateUser } from '../../../src-renderer/src/db/users';
import { TEST_KDF, TEST_PASSWORD } from '../db/fixtures';
import { ARCHIVE_CHUNK_BYTES } from '../../../src-renderer/src/security/archiveCipher';
import {
  NOW,
  backUp,
  databaseNames,
  deviceWithData,
  setUpUnit,
  storedRows,
} from './backupFixtures';

const TAG = 16;

let db: JianhuDb;
let archive: Blob;
let bytes: Uint8Array<ArrayBuffer>;
let bodyOffset: number;
let userId: string;

beforeAll(async () => {
  ({ db } = await deviceWithData());
  ({ archive } = await backUp(db));
  bytes = new Uint8Array(await archive.arrayBuffer());
  bodyOffset = 8 + new DataView(bytes.buffer).getUint32(4);
  const read = await readArchiveHeader(archive);
  if (!read.ok) throw new Error('the good archive must read');
  userId = read.header.users[0]?.userId ?? '';
});

const password = (): ArchiveSecret & { kind: 'password' } => ({
  kind: 'password',
  userId,
  password: TEST_PASSWORD,
});

/** Tries the whole restore of `file` as a fresh profile; answers ok or the refusal. */
async function tryRestore(
  file: Blob,
  secret: ArchiveSecret = password(),
  options: { currentUnitCode?: string | null; isOtherUnitConfirmed?: boolean } = {},
): Promise<'ok' | BackupRefusal> {
  const read = await readArchiveHeader(file);
  if (!read.ok) return read.reason;
  const unlocked = await unlockArchive(read.header, secret);
  if (!unlocked.ok) return unlocked.reason;
  const result = await restoreArchive(read, unlocked.dataKey, {
    targetName: newRestoreDbName(NOW),
    currentUnitCode: options.currentUnitCode ?? null,
    isOtherUnitConfirmed: options.isOtherUnitConfirmed ?? false,
    userId: secret.userId,
    now: NOW,
  });
  return result.ok ? 'ok' : result.reason;
}

/** Runs `attempt` and checks it left the current database and the database list as they were. */
async function leavesNothing(attempt: () => Promise<unknown>): Promise<void> {
  const rowsBefore = await storedRows(db.name);
  const namesBefore = await databaseNames();
  await attempt();
  expect(await databaseNames()).toEqual(namesBefore);
  expect(await storedRows(db.name)).toEqual(rowsBefore);
}

function withBytes(change: (copy: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>): Blob {
  return new Blob([change(bytes.slice())]);
}

function flip(at: (copy: Uint8Array<ArrayBuffer>) => number): Blob {
  return withBytes((copy) => {
    const i = at(copy);
    copy[i] = (copy[i] ?? 0) ^ 0x01;
    return copy;
  });
}

/** The archive with its header replaced by `edit` of the parsed JSON (length re-written). */
function withHeader(
  edit: (header: Record<string, unknown>) => void,
  body = bytes.slice(bodyOffset),
): Blob {
  const json = JSON.parse(new TextDecoder().decode(bytes.slice(8, bodyOffset))) as Record<
    string,
    unknown
  >;
  edit(json);
  const header = new TextEncoder().encode(JSON.stringify(json));
  const prefix = bytes.slice(0, 8);
  new DataView(prefix.buffer).setUint32(4, header.length);
  return new Blob([prefix, header, body]);
}

describe('restore refuses', () => {
  it('the good archive restores (the baseline of the cases below)', async () => {
    expect(await tryRestore(archive)).toBe('ok');
  });

  it.each([
    ['inside the magic', (): number => 4, 'not-an-archive'],
    ['inside the header', (): number => 100, 'truncated'],
    ['at the end of the header', () => bodyOffset, 'truncated'],
    ['at the first chunk boundary', () => bodyOffset + ARCHIVE_CHUNK_BYTES + TAG, 'truncated'],
    ['in the middle of the body', () => Math.floor((bodyOffset + bytes.length) / 2), 'truncated'],
    ['one byte short', () => bytes.length - 1, 'truncated'],
  ] as const)('an archive cut off %s', async (_, at, reason) => {
    await leavesNothing(async () => {
      expect(await tryRestore(new Blob([bytes.slice(0, at())]))).toBe(reason);
    });
  });

  it('a cut-off body whose header was edited to match (every chunk names the header)', async () => {
    const body = bytes.slice(bodyOffset, bodyOffset + ARCHIVE_CHUNK_BYTES + TAG);
    const cut = withHeader((header) => {
      header['bodyBytes'] = ARCHIVE_CHUNK_BYTES;
    }, body);
    await leavesNothing(async () => {
      expect(await tryRestore(cut)).toBe('damaged');
    });
  });

  it.each([
    ['a header byte that breaks its JSON', () => 9, 'damaged'],
    [
      'a header byte inside a value',
      (c: Uint8Array<ArrayBuffer>) => headerValueIndex(c),
      'damaged',
    ],
    ['the first body byte', () => bodyOffset, 'damaged'],
    ['a byte mid-body', () => bodyOffset + ARCHIVE_CHUNK_BYTES + 100, 'damaged'],
    ['the last tag byte', (c: Uint8Array<ArrayBuffer>) => c.length - 1, 'damaged'],
  ] as const)('a flipped bit in %s', async (_, at, reason) => {
    await leavesNothing(async () => {
      expect(await tryRestore(flip(at))).toBe(reason);
    });
  });

  it('two chunks swapped', async () => {
    const size = ARCHIVE_CHUNK_BYTES + TAG;
    const swapped = withBytes((copy) => {
      const first = copy.slice(bodyOffset, bodyOffset + size);
      copy.copyWithin(bodyOffset, bodyOffset + size, bodyOffset + 2 * size);
      copy.set(first, bodyOffset + size);
      return copy;
    });
    await leavesNothing(async () => {
      expect(await tryRestore(swapped)).toBe('damaged');
    });
  });

  it('bytes appended after the last chunk', async () => {
    expect(await tryRestore(new Blob([bytes, new Uint8Array(16)]))).toBe('damaged');
  });

  it('a file that is not a backup', async () => {
    expect(await tryRestore(new Blob(['{"cases": []}']))).toBe('not-an-archive');
  });

  it('an archive from a newer build', async () => {
    const newer = withHeader((header) => {
      header['version'] = 2;
    });
    expect(await tryRestore(newer)).toBe('too-new');
  });

  it('a wrong password, a wrong or mistyped recovery key, and an unknown user', async () => {
    await leavesNothing(async () => {
      expect(await tryRestore(archive, { ...password(), password: 'Wrong#2026-pass' })).toBe(
        'wrong-password',
      );
      const otherKey = formatRecoveryKey(crypto.getRandomValues(new Uint8Array(16)));
      expect(
        await tryRestore(archive, { kind: 'recoveryKey', userId, recoveryKey: otherKey }),
      ).toBe('wrong-recovery-key');
      expect(await tryRestore(archive, { kind: 'recoveryKey', userId, recoveryKey: 'ABCD' })).toBe(
        'wrong-recovery-key',
      );
      expect(await tryRestore(archive, { ...password(), userId: 'someone-else' })).toBe(
        'unknown-user',
      );
    });
  });

  it('a retired user’s password, as at sign-in', async () => {
    const device = await setUpUnit();
    const password = 'Clerk#2026-desk';
    const clerk = await createUser(
      device.db,
      device.actor,
      { name: '李书记员', role: 'clerk', password },
      NOW,
      TEST_KDF,
    );
    if (!clerk.ok) throw new Error('user not created');
    const retired = await updateUser(
      device.db,
      device.actor,
      clerk.value.id,
      { active: false },
      NOW,
    );
    expect(retired.ok).toBe(true);
    const made = await backUp(device.db);
    const read = await readArchiveHeader(made.archive);
    if (!read.ok) throw new Error('the archive must read');
    expect(
      await unlockArchive(read.header, { kind: 'password', userId: clerk.value.id, password }),
    ).toEqual({ ok: false, reason: 'unknown-user' });
  });

  it('another unit’s backup unless an administrator confirmed it', async () => {
    await leavesNothing(async () => {
      expect(await tryRestore(archive, password(), { currentUnitCode: '340104' })).toBe(
        'other-unit',
      );
    });
    expect(
      await tryRestore(archive, password(), {
        currentUnitCode: '340104',
        isOtherUnitConfirmed: true,
      }),
    ).toBe('ok');
  });

  it('a header whose user wrap was replaced by another unit’s', async () => {
    const other = await setUpUnit({ name: '合肥市庐阳区人民检察院', code: '340103' });
    const foreign = await backUp(other.db);
    const foreignBytes = new Uint8Array(await foreign.archive.arrayBuffer());
    const foreignHeader = JSON.parse(
      new TextDecoder().decode(
        foreignBytes.slice(8, 8 + new DataView(foreignBytes.buffer).getUint32(4)),
      ),
    ) as { users: { userId: string }[]; keyId: string };
    // The attacker knows the other unit's password and splices its wrap and fingerprint in.
    const spliced = withHeader((header) => {
      header['users'] = foreignHeader.users;
      header['keyId'] = foreignHeader.keyId;
    });
    const foreignUser = foreignHeader.users[0]?.userId ?? '';
    await leavesNothing(async () => {
      expect(
        await tryRestore(spliced, {
          kind: 'password',
          userId: foreignUser,
          password: TEST_PASSWORD,
        }),
      ).toBe('damaged');
    });
  });
});

/** An index inside the header's `createdAt` digits: still JSON, still a valid header. */
function headerValueIndex(copy: Uint8Array<ArrayBuffer>): number {
  const text = new TextDecoder().decode(copy.slice(8, bodyOffset));
  const at = text.indexOf('"createdAt":"') + '"createdAt":"'.length + 3;
  return 8 + new TextEncoder().encode(text.slice(0, at)).length;
}
