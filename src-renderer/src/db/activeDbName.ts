/**
 * The app's database name as the pointer in localStorage says (see activeDatabase.ts), read
 * synchronously. Free of Dexie, so the start-up warm-up (warmStart.ts) can read it before the
 * app's bundle has loaded.
 */
export const DEFAULT_DB_NAME = 'jianhu';
export const ACTIVE_KEY = 'jianhu.activeDb';
const NAME_PATTERN = /^jianhu(?:-restore-[0-9a-z]{1,40})?$/;

export type PointerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function defaultStorage(): PointerStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function validName(value: string | null | undefined): string | null {
  return typeof value === 'string' && NAME_PATTERN.test(value) ? value : null;
}

/** The app's database name: the pointer when it holds a valid one, else 'jianhu'. */
export function readActiveDbName(storage: PointerStorage | null = defaultStorage()): string {
  return validName(storage?.getItem(ACTIVE_KEY)) ?? DEFAULT_DB_NAME;
}
