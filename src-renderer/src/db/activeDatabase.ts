/**
 * Which IndexedDB database the app opens. 'jianhu' until a backup is restored: a restore builds
 * a NEW database beside the current one (db/backup/restoreArchive.ts), and only once it verified
 * does this pointer move to it and the old one go. The pointer lives in localStorage, which the
 * browser keeps and clears together with IndexedDB, and is read synchronously at start (getDb).
 */
import { Dexie } from 'dexie';
import {
  ACTIVE_KEY,
  DEFAULT_DB_NAME,
  defaultStorage,
  readActiveDbName,
  validName,
  type PointerStorage,
} from './activeDbName';

export { DEFAULT_DB_NAME, readActiveDbName, type PointerStorage };

/** A database replaced by a restore whose deletion has not finished (blocked, or a crash). */
const PENDING_DELETE_KEY = 'jianhu.pendingDelete';
/** A delete waits for other connections to close; the next start finishes it otherwise. */
const DELETE_WAIT_MS = 3_000;

/** A fresh name for a database being restored. */
export function newRestoreDbName(now: Date): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) =>
    b.toString(36).padStart(2, '0'),
  ).join('');
  return `${DEFAULT_DB_NAME}-restore-${now.getTime().toString(36)}${random}`;
}

function deleteWithin(name: string, ms: number): Promise<boolean> {
  return Promise.race([
    Dexie.delete(name).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

/**
 * Makes `next` the app's database and deletes `current`'s. The pointer moves first: from then on
 * a start opens `next`, and a deletion cut short is finished by the next start. The caller
 * reloads the page afterwards (every module holds the old handle).
 */
export async function switchActiveDatabase(
  current: Dexie,
  next: string,
  storage: PointerStorage | null = defaultStorage(),
): Promise<void> {
  if (!storage || validName(next) === null) throw new Error('Cannot switch the database');
  storage.setItem(PENDING_DELETE_KEY, current.name);
  storage.setItem(ACTIVE_KEY, next);
  current.close();
  if (await deleteWithin(current.name, DELETE_WAIT_MS)) storage.removeItem(PENDING_DELETE_KEY);
}

/** At start, before the app's database opens: deletes a replaced database left behind. */
export async function finishPendingDelete(
  storage: PointerStorage | null = defaultStorage(),
): Promise<void> {
  const pending = validName(storage?.getItem(PENDING_DELETE_KEY));
  if (!storage || pending === null) return;
  if (pending !== readActiveDbName(storage) && !(await deleteWithin(pending, DELETE_WAIT_MS))) {
    return;
  }
  storage.removeItem(PENDING_DELETE_KEY);
}

/** Calls `listener` when another window of the app switched the database (it must reload). */
export function onActiveDatabaseChanged(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const onStorage = (event: StorageEvent) => {
    if (event.key === ACTIVE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
  };
}
