/**
 * Opening the database without ever leaving a blank window: every failure is classified into a
 * problem the UI explains with its own recovery screen (i18n `dbError.<problem>.title/body`).
 */
import type { Dexie } from 'dexie';

export type DbProblem =
  /** The disk or the browser's storage quota is full. */
  | 'quota'
  /** Another window holds the database open on an older schema and keeps the upgrade waiting. */
  | 'blocked'
  /** The data on disk was written by a newer build, or an upgrade failed. */
  | 'version'
  /** The stored data cannot be read back. */
  | 'corrupt'
  /** IndexedDB is missing or refused (private mode, policy) or failed in an unknown way. */
  | 'unavailable';

export type OpenResult = { ok: true } | { ok: false; problem: DbProblem; detail: string };

/** Error names (DOMException and Dexie) that say what went wrong. */
const PROBLEM_BY_NAME: Record<string, DbProblem> = {
  QuotaExceededError: 'quota',
  // The stored version is higher than this build's: the app was downgraded.
  VersionError: 'version',
  // An upgrade function threw: the rows are still in the previous version.
  UpgradeError: 'version',
  // Another connection changed the version while this one was opening.
  VersionChangeError: 'blocked',
  // Chromium reports a damaged LevelDB backing store as UnknownError.
  UnknownError: 'corrupt',
  DataError: 'corrupt',
  DataCloneError: 'corrupt',
  NotReadableError: 'corrupt',
  // A store the schema declares is missing on disk.
  NotFoundError: 'corrupt',
  MissingAPIError: 'unavailable',
  SecurityError: 'unavailable',
  // Firefox private browsing refuses IndexedDB writes this way.
  InvalidStateError: 'unavailable',
  InvalidAccessError: 'unavailable',
};

/** Errors that only wrap the real cause (Dexie's `inner`, or `cause`). */
const WRAPPERS = new Set(['OpenFailedError', 'DatabaseClosedError', 'AbortError', 'Error']);

type ErrorLike = { name: string; message: string; inner?: unknown; cause?: unknown };

function asErrorLike(value: unknown): ErrorLike | null {
  if (typeof value !== 'object' || value === null) return null;
  // Read through the object, not a spread: DOMException keeps name and message on its prototype.
  const { name, message, inner, cause } = value as Record<string, unknown>;
  if (typeof name !== 'string') return null;
  return { name, message: typeof message === 'string' ? message : '', inner, cause };
}

/** The problem an open failure means, looking through wrapper errors to the innermost cause. */
export function classifyOpenError(error: unknown): { problem: DbProblem; detail: string } {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (chain.length < 6) {
    const e = asErrorLike(current);
    if (!e) break;
    chain.push(e);
    current = e.inner ?? e.cause;
  }
  const detail =
    chain.map((e) => `${e.name}: ${e.message}`).join(' ← ') ||
    (typeof error === 'string' ? error : 'Unknown error');
  const specific = chain.find((e) => !WRAPPERS.has(e.name) && e.name in PROBLEM_BY_NAME);
  if (specific) return { problem: PROBLEM_BY_NAME[specific.name] ?? 'unavailable', detail };
  // An aborted open with no named cause: the upgrade transaction could not finish.
  if (chain.some((e) => e.name === 'AbortError')) return { problem: 'corrupt', detail };
  return { problem: 'unavailable', detail };
}

/**
 * Opens `db` and answers ok or the problem. A blocked upgrade does not fail in IndexedDB, it
 * waits: we answer 'blocked' as soon as it is reported, and the open carries on in the
 * background — once the other window closes, calling this again resolves ok.
 */
export async function openDatabaseSafely(db: Dexie): Promise<OpenResult> {
  let reportBlocked = (): void => undefined;
  const blocked = new Promise<OpenResult>((resolve) => {
    reportBlocked = () => {
      resolve({
        ok: false,
        problem: 'blocked',
        detail: 'The upgrade waits for another window to close the database',
      });
    };
  });
  db.on('blocked', reportBlocked);
  const opening = db.open().then((): OpenResult => ({ ok: true }));
  // If 'blocked' wins the race, a later failure of the open must not surface as unhandled.
  opening.catch(() => undefined);
  try {
    const result = await Promise.race([opening, blocked]);
    if (!result.ok) return result;
    const mismatch = findSchemaMismatch(db);
    return mismatch ? { ok: false, problem: 'version', detail: mismatch } : result;
  } catch (error) {
    return { ok: false, ...classifyOpenError(error) };
  } finally {
    db.on.blocked.unsubscribe(reportBlocked);
  }
}

/**
 * Dexie 4 opens a database whose stored version is higher than declared, or patches one whose
 * shape differs, as long as it can. What it cannot patch (a store whose primary key differs)
 * would fail on the first write; catch it at open instead. Names only, no data, in the detail.
 */
export function findSchemaMismatch(db: Dexie): string | null {
  const idb = db.backendDB();
  const problems: string[] = [];
  for (const table of db.tables) {
    if (!idb.objectStoreNames.contains(table.name)) {
      problems.push(`missing store ${table.name}`);
      continue;
    }
    const store = idb.transaction(table.name, 'readonly').objectStore(table.name);
    const expected = table.schema.primKey.keyPath ?? null;
    if (JSON.stringify(store.keyPath) !== JSON.stringify(expected)) {
      problems.push(`store ${table.name} has another primary key`);
    }
    for (const index of table.schema.indexes) {
      if (!store.indexNames.contains(index.name))
        problems.push(`store ${table.name} lacks index ${index.name}`);
    }
  }
  return problems.length > 0 ? `Unexpected schema: ${problems.join('; ')}` : null;
}
