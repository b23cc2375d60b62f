/**
 * Encryption at rest, at the one place every read and write passes: Dexie's DBCore (DESIGN.md §5).
 * Rows of the sealed tables (src-shared/security/sealedFields.ts) are sealed on the way in and
 * opened on the way out, so repositories, the sync engine and the UI keep working on plain
 * records and no code path can store a sensitive value in clear by forgetting to encrypt it.
 *
 * Rules:
 * - Sealing is synchronous (security/cipher.ts): nothing foreign is awaited inside a transaction.
 * - While locked (nobody signed in), reading a sealed row or writing a sensitive value throws
 *   VaultLockedError: the sync engine and the UI never see a row with its sensitive values
 *   missing, and nothing is stored in clear for want of a key.
 * - A row whose envelope does not authenticate throws SealedRowError on read; it is never
 *   rewritten by the app (a write must carry the values, which only a successful read gives).
 * - Schema upgrades (versionchange transactions) see rows as stored: they run before anyone
 *   signs in, and may change only readable fields.
 * - Placed below Dexie's own middlewares (level -2), so hooks, caches and live queries see
 *   plain records.
 */
import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { SEALED_TABLES } from '../../../src-shared/security/sealedFields';
import { VaultLockedError } from '../security/errors';
import type { Keyring, UnlockedKeys } from '../security/keyring';
import { isSealedRow, openRow, sealRow } from '../security/rowSealing';

type Row = Record<string, unknown>;

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as { mode?: string }).mode === 'versionchange';
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null;
}

function sealingTable(table: DBCoreTable, keyring: Keyring): DBCoreTable {
  const name = table.name;
  const extractKey = table.schema.primaryKey.extractKey;
  const keyOf = (row: Row, given: unknown): unknown =>
    given !== undefined ? given : extractKey ? extractKey(row) : undefined;
  const keysOrLocked = (): UnlockedKeys => keyring.keys();

  const seal = (value: unknown, key: unknown): unknown => {
    if (!isRow(value)) return value;
    // The keys are asked for (and a locked keyring throws) only when there is a value to seal.
    return sealRow(keysOrLocked, name, value, keyOf(value, key));
  };
  const open = (value: unknown, key: unknown): unknown => {
    if (!isSealedRow(value)) return value;
    return openRow(keysOrLocked(), name, value, keyOf(value, key));
  };

  return {
    ...table,
    mutate: (req) => {
      if (isUpgrade(req.trans) || (req.type !== 'add' && req.type !== 'put')) {
        return table.mutate(req);
      }
      const keys = req.keys;
      try {
        const values = req.values.map((value: unknown, i) => seal(value, keys?.[i]));
        return table.mutate({ ...req, values });
      } catch (error) {
        // A rejection, not a throw: Dexie aborts the transaction and the caller's await sees it.
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    get: (req) =>
      isUpgrade(req.trans) ? table.get(req) : table.get(req).then((row) => open(row, req.key)),
    getMany: (req) =>
      isUpgrade(req.trans)
        ? table.getMany(req)
        : table.getMany(req).then((rows) => rows.map((row, i) => open(row, req.keys[i]))),
    query: (req) => {
      if (isUpgrade(req.trans) || req.values === false) return table.query(req);
      return table.query(req).then((res) => ({
        ...res,
        result: res.result.map((row) => open(row, undefined)),
      }));
    },
    openCursor: (req) => {
      if (isUpgrade(req.trans) || req.values === false) return table.openCursor(req);
      return table.openCursor(req).then((cursor) => cursor && openingCursor(cursor, open));
    },
  };
}

/** A cursor whose `value` is the opened row, opened once per position. */
function openingCursor(
  cursor: DBCoreCursor,
  open: (value: unknown, key: unknown) => unknown,
): DBCoreCursor {
  let raw: unknown = undefined;
  let opened: unknown = undefined;
  return Object.create(cursor, {
    value: {
      get() {
        const current: unknown = cursor.value;
        if (current !== raw) {
          raw = current;
          opened = open(current, cursor.primaryKey);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}

/** The middleware for a database whose sealed rows open with `keyring`'s keys. */
export function encryptionMiddleware(keyring: Keyring): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Encryption',
    level: -2,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return SEALED_TABLES.has(tableName) ? sealingTable(table, keyring) : table;
      },
    }),
  };
}

export { VaultLockedError };
