/**
 * A device set up by a build before sign-in (DESIGN.md §5: "existing clear data is migrated on
 * upgrade"): it has a unit, users and rows in clear, but no data key. Securing it makes the key,
 * gives one existing user a password and the administrator right, and prints a recovery key; then
 * every row holding a sensitive value is written again through the encryption middleware, and
 * attachment bytes are encrypted. Sealing goes by chunks, each in its own transaction: a crash
 * leaves some rows sealed and some clear, and the next run (at the next sign-in) carries on.
 */
import type { UserId } from '../../../src-shared/domain/ids';
import { SEALED_TABLES } from '../../../src-shared/security/sealedFields';
import { keyIdOf } from '../security/keyring';
import { newDataKey } from '../security/keyWrap';
import { makeRecoveryWrap } from '../security/recoveryWrap';
import { encryptBlob } from '../security/blobCipher';
import type { UnlockedKeys } from '../security/keyring';
import { hasClearSensitive, isSealedRow, sealRow } from '../security/rowSealing';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite } from './auditedWrite';
import { credentialsTable, makeCredential, type KdfOptions } from './credentials';
import { openJianhuDb, type JianhuDb } from './database';
import { MetaKey, advanceCounters, readCounters } from './meta';
import { SecurityMetaKey } from './securityMeta';
import { personalPasswordIssue, passwordSchema } from './setup';
import { lockOnFailure, unlockForWrite, writeUserWithChange } from './userSync';
import { refusal, type WriteResult } from './writeResult';

const CHUNK = 500;

/** Makes the data key of a device that has none; `userId` becomes its administrator. */
export async function secureLegacyDevice(
  db: JianhuDb,
  userId: string,
  password: string,
  now: Date,
  options: KdfOptions = {},
): Promise<WriteResult<{ userId: UserId; recoveryKey: string }>> {
  const user = await db.users.get(userId);
  if (!user?.active) return refusal('validation.unknownUser');
  if (!passwordSchema.safeParse(password).success || personalPasswordIssue(password, user.name)) {
    return { ok: false, issues: [{ path: ['password'], message: 'validation.passwordRules' }] };
  }
  if (await db.meta.get(SecurityMetaKey.keyId)) return refusal('validation.alreadySecured');
  const dataKey = newDataKey();
  const credential = await makeCredential(user.id, password, dataKey, now, {
    ...options,
    mustChangePassword: false,
  });
  const recovery = await makeRecoveryWrap(dataKey);
  await auditedWrite(db, [db.users, credentialsTable(db), db.outbox], now, () =>
    Promise.resolve({
      audit: [
        {
          userId: user.id,
          action: AuditAction.securityKeyCreate,
          entity: 'user',
          entityId: user.id,
          success: true,
          diff: { admin: { id: user.id, name: user.name, role: user.role } },
        },
      ],
      // Invariant (with auditedWrite): the key's fingerprint and wraps, the administrator, the
      // change that makes them one on the server (isAdmin) and their credential appear together;
      // a second window finishing first makes this one retry and stop.
      commit: async () => {
        if (await db.meta.get(SecurityMetaKey.keyId))
          throw new StaleWriteError('Secured meanwhile');
        unlockForWrite(db, dataKey);
        // Read again inside: a pull may have moved the row since it was read above.
        const current = (await db.users.get(user.id)) ?? user;
        await db.meta.bulkPut([
          { key: SecurityMetaKey.keyId, value: keyIdOf(dataKey) },
          { key: SecurityMetaKey.recoveryWrap, value: { wrapped: recovery.wrapped } },
          { key: SecurityMetaKey.sealProgress, value: { state: 'running' } },
        ]);
        await writeUserWithChange(db, current, { ...current, isAdmin: true }, now);
        await credentialsTable(db).put(credential);
      },
    }),
  ).catch(lockOnFailure(db));
  // The keyring keeps the key the commit put there: the new administrator is signed in.
  dataKey.fill(0);
  return { ok: true, value: { userId: user.id, recoveryKey: recovery.text } };
}

/** True while rows written in clear by an older build may remain. */
export async function needsSealing(db: JianhuDb): Promise<boolean> {
  const progress = (await db.meta.get(SecurityMetaKey.sealProgress))?.value;
  return (progress as { state?: string } | undefined)?.state === 'running';
}

export type SealReport = { rows: number; attachments: number };

/**
 * Seals every clear sensitive value left and encrypts clear attachment bytes; the keyring must be
 * unlocked. `onProgress(done, total)` counts rows and files looked at.
 */
export async function sealExistingData(
  db: JianhuDb,
  actorId: UserId,
  now: Date,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<SealReport> {
  const keys = db.keyring?.keys();
  if (!keys) throw new Error('Sealing needs the keyed handle');
  // The stored form decides what is still clear, so the rows are read and written raw and sealed
  // here with the middleware's own function (a keyed read would return every row opened).
  const raw = openJianhuDb(db.name, { keyring: null });
  try {
    const tables = [...SEALED_TABLES].filter((name) => raw.tables.some((t) => t.name === name));
    const counts = await Promise.all(tables.map((name) => raw.table(name).count()));
    const total = counts.reduce((a, b) => a + b, 0) + (await raw.attachments.count());
    const progress = { done: 0 };
    let rows = 0;
    for (const name of tables) {
      rows += await sealTable(raw, name, keys, (n) => {
        progress.done += n;
        onProgress(progress.done, total);
      });
    }
    const attachments = await sealAttachments(raw, keys, () => {
      progress.done += 1;
      onProgress(progress.done, total);
    });
    await auditedWrite(db, [], now, () =>
      Promise.resolve({
        audit: [
          {
            userId: actorId,
            action: AuditAction.securitySealExisting,
            entity: 'device',
            entityId: 'sealExisting',
            success: true,
            diff: { rows, attachments },
          },
        ],
        commit: async () => {
          await db.meta.put({ key: SecurityMetaKey.sealProgress, value: { state: 'done' } });
        },
      }),
    );
    return { rows, attachments };
  } finally {
    raw.close();
  }
}

/** Seals the clear rows of one table, a chunk per transaction; returns how many were sealed. */
async function sealTable(
  raw: JianhuDb,
  name: string,
  keys: UnlockedKeys,
  onChunk: (rows: number) => void,
): Promise<number> {
  const table = raw.table<Record<string, unknown>>(name);
  const keyPath = String(table.schema.primKey.keyPath);
  let sealed = 0;
  let last: unknown = null;
  for (;;) {
    const page = await raw.writes.run(() =>
      raw.transaction('rw', table, raw.meta, async () => {
        const chunk = await (last === null ? table.toCollection() : table.where(':id').above(last))
          .limit(CHUNK)
          .toArray();
        const clear = chunk.filter((row) => !isSealedRow(row) && hasClearSensitive(name, row));
        if (clear.length > 0) {
          const renumbered = await withFreshSeq(raw, name, clear);
          await table.bulkPut(renumbered.map((row) => sealRow(keys, name, row, row[keyPath])));
        }
        return { chunk, sealed: clear.length };
      }),
    );
    sealed += page.sealed;
    onChunk(page.chunk.length);
    const end = page.chunk.at(-1);
    if (!end || page.chunk.length < CHUNK) return sealed;
    // Every sealed table has a single inbound primary key (id, key or deviceSeq).
    last = end[keyPath];
  }
}

/** Encrypts the attachment bytes still stored in clear, one file per transaction. */
async function sealAttachments(
  raw: JianhuDb,
  keys: UnlockedKeys,
  onFile: () => void,
): Promise<number> {
  let count = 0;
  for (const sha256 of await raw.attachments.toCollection().primaryKeys()) {
    const row = await raw.attachments.get(sha256);
    if (row && row.sealed !== 1) {
      const sealed = await encryptBlob(await keys.blobKey(), row.blob, sha256);
      await raw.writes.run(() =>
        raw.transaction('rw', raw.attachments, async () => {
          const current = await raw.attachments.get(sha256);
          if (current && current.sealed !== 1) {
            await raw.attachments.update(sha256, { blob: sealed, sealed: 1 });
          }
        }),
      );
      count++;
    }
    onFile();
  }
  return count;
}

/**
 * Case rows sealed anew get a fresh local `seq`, so the search index reads them again and learns
 * their ID-number and phone lookup hashes (its catch-up goes by `seq`).
 */
async function withFreshSeq(
  db: JianhuDb,
  table: string,
  rows: Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  if (table !== 'cases') return rows;
  const [first] = await readCounters(db.meta, [MetaKey.nextLocalSeq] as const);
  await advanceCounters(db.meta, { [MetaKey.nextLocalSeq]: first + rows.length });
  return rows.map((row, i) => ({ ...row, seq: first + i }));
}
