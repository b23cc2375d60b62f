/**
 * The recovery path "export what can be read": every table, read page by page, into a JSON-able
 * object. Used when the database will not open normally, so it falls back to opening whatever
 * version is on disk without a schema (Dexie's dynamic mode), and a table that fails part-way
 * keeps the rows read before the failure.
 */
import { Dexie, type Table } from 'dexie';

export type ReadableExport = {
  database: string;
  exportedAt: string;
  /** Rows per table, in primary-key order. */
  tables: Record<string, unknown[]>;
  /** Tables (or '*' for the whole database) that could not be read completely, with the error. */
  errors: Record<string, string>;
};

const PAGE = 500;

export async function exportReadableData(
  db: Dexie,
  now: Date = new Date(),
): Promise<ReadableExport> {
  const out: ReadableExport = {
    database: db.name,
    exportedAt: now.toISOString(),
    tables: {},
    errors: {},
  };
  let handle: Dexie = db;
  let dynamic: Dexie | null = null;
  try {
    await db.open();
  } catch (error) {
    // The declared schema cannot open it (newer version, failed upgrade): open as it is on disk.
    dynamic = new Dexie(db.name);
    try {
      await dynamic.open();
      handle = dynamic;
    } catch (dynamicError) {
      out.errors['*'] = `${describe(error)} / ${describe(dynamicError)}`;
      dynamic.close();
      return out;
    }
  }
  try {
    for (const table of handle.tables) {
      const rows: unknown[] = [];
      out.tables[table.name] = rows;
      try {
        await readTable(table, rows);
      } catch (error) {
        out.errors[table.name] = describe(error);
      }
    }
  } finally {
    dynamic?.close();
  }
  return out;
}

async function readTable(table: Table, rows: unknown[]): Promise<void> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') {
    // Compound or out-of-line keys: no simple "continue after this key"; read it at once.
    for (const row of await table.toArray()) rows.push(toJsonable(row));
    return;
  }
  let last: unknown = undefined;
  for (;;) {
    const page: unknown[] =
      last === undefined
        ? await table.orderBy(':id').limit(PAGE).toArray()
        : await table.where(':id').above(last).limit(PAGE).toArray();
    for (const row of page) rows.push(toJsonable(row));
    if (page.length < PAGE) return;
    const lastRow = page.at(-1);
    if (typeof lastRow !== 'object' || lastRow === null) return;
    last = Dexie.getByKeyPath(lastRow, keyPath);
  }
}

/** Structured-clone values JSON cannot carry become descriptions (attachments: size and type). */
function toJsonable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof Blob !== 'undefined' && value instanceof Blob)
    return { $blob: { size: value.size, type: value.type } };
  if (value instanceof ArrayBuffer) return { $binary: { byteLength: value.byteLength } };
  if (ArrayBuffer.isView(value)) return { $binary: { byteLength: value.byteLength } };
  if (Array.isArray(value)) return value.map(toJsonable);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJsonable(v);
    return out;
  }
  return value;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
