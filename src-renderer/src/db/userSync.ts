/**
 * Users as synced records (entity 'user', src-shared/sync/users.ts). Every user write — the first
 * run's administrator, an administrator creating or changing a user, securing an older device —
 * stores the row through `writeUserWithChange` inside its audited transaction, so the row, its
 * audit entry and its outbox change commit together. Credentials never travel (credentials.ts).
 */
import type { UserData } from '../../../src-shared/sync/users';
import type { JianhuDb } from './database';
import { appendOutbox, type NewChange } from './outbox';
import type { UserRow } from './rowTypes';

/** The synced fields of a user row (a row of an older build lacks isAdmin: false). */
export function userSyncedFields(row: UserRow): UserData {
  return {
    name: row.name,
    role: row.role,
    isAdmin: row.isAdmin === true,
    active: row.active,
    createdAt: row.createdAt,
  };
}

/**
 * The change that brings the server from `before` to `after`: a create with every synced field
 * for a new user — and for a row that never reached the outbox (no `rev`: written by a build
 * before users synced and not queued by the upgrade, e.g. restored from an older backup) — else
 * an update of the changed fields only, so the server merges it with changes made elsewhere.
 * Null when no synced field changed.
 */
export function userChange(
  before: UserRow | undefined,
  after: UserRow,
  at: string,
): NewChange | null {
  const data = userSyncedFields(after);
  if (before?.rev === undefined) {
    return {
      entity: 'user',
      entityId: after.id,
      op: 'create',
      baseRev: 0,
      patch: data,
      deviceTime: at,
    };
  }
  const old = userSyncedFields(before);
  const keys = (Object.keys(data) as (keyof UserData)[]).filter((key) => old[key] !== data[key]);
  if (keys.length === 0) return null;
  return {
    entity: 'user',
    entityId: after.id,
    op: 'update',
    baseRev: before.rev,
    patch: Object.fromEntries(keys.map((key) => [key, data[key]])),
    deviceTime: at,
  };
}

/**
 * Stores `after` (a new user when `before` is undefined) and appends its change to the outbox.
 * Must run inside a 'rw' transaction over users, outbox and meta (the command's audited commit).
 * A user row takes no local `seq`: that counter numbers case writes for the search index's
 * catch-up (meta.ts), which reads a gap as a case write it missed, and nothing orders users by it.
 */
export async function writeUserWithChange(
  db: JianhuDb,
  before: UserRow | undefined,
  after: UserRow,
  now: Date,
): Promise<UserRow> {
  const at = now.toISOString();
  const row: UserRow = { ...after, rev: before?.rev ?? 0, updatedAt: at };
  if (before === undefined) await db.users.add(row);
  else await db.users.put(row);
  const change = userChange(before, row, at);
  if (change) await appendOutbox(db, [change], now.getTime());
  return row;
}

/**
 * Puts `dataKey` in the database's keyring, from inside the commit of a user write made before
 * anyone is signed in (the first run, securing an older device): the user's outbox change is
 * sealed at rest (the outbox's patch, src-shared/security/sealedFields.ts), so the key must be
 * there when it is written. Called after the commit's re-checks, so a refused or losing write
 * never touches the keyring; one that fails after all locks it again (`lockOnFailure`).
 */
export function unlockForWrite(db: JianhuDb, dataKey: Uint8Array): void {
  db.keyring?.unlock(dataKey);
}

/**
 * For the `.catch` of such a write: it stored nothing, so the key it put in the keyring goes
 * again (before the first run or the securing no key exists, so nobody was signed in).
 */
export function lockOnFailure(db: JianhuDb): (error: unknown) => never {
  return (error) => {
    db.keyring?.lock();
    throw error;
  };
}
