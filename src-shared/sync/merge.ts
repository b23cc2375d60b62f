/**
 * Field-level three-way merge (DESIGN.md §4). Pure: the server runs it when a change's baseRev is
 * behind, and the client may run it to preview. Fields are top-level record keys; arrays and
 * objects are compared as whole values by canonical deep equality (key order does not matter).
 */
import type { SyncEntity } from './change';

/** One field both sides changed to different values. An absent key means "not set on that side". */
export type FieldConflict = {
  field: string;
  base?: unknown;
  server?: unknown;
  client?: unknown;
};

export type JsonRecord = Readonly<Record<string, unknown>>;

export type MergeResult = {
  /** The record to store: every non-conflicting change from both sides; the server's value where they conflict. */
  merged: Record<string, unknown>;
  /** Sorted by field name so results are stable. */
  conflicts: FieldConflict[];
};

export type MergeOptions = {
  /** Append-only entities (steps, audit) never conflict: the first accepted value stands. */
  isAppendOnly?: boolean;
};

/** Entities whose records are written once and never edited. */
export const APPEND_ONLY_ENTITIES: ReadonlySet<SyncEntity> = new Set<SyncEntity>(['step', 'audit']);

export function isAppendOnlyEntity(entity: SyncEntity): boolean {
  return APPEND_ONLY_ENTITIES.has(entity);
}

/** JSON text with object keys sorted at every level: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

function valueOf(record: JsonRecord, field: string): unknown {
  return Object.hasOwn(record, field) ? record[field] : undefined;
}

function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  // defineProperty, not assignment: a field named "__proto__" must stay data, never a prototype.
  if (value !== undefined) {
    Object.defineProperty(target, field, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/**
 * Merge `client` (base plus the device's edits) into `server` (base plus everyone else's edits).
 * Per field: both equal → that value; only one side changed → that side; both changed to different
 * values → conflict (the server value is kept until a person resolves it).
 */
export function mergeRecord(
  base: JsonRecord,
  server: JsonRecord,
  client: JsonRecord,
  options: MergeOptions = {},
): MergeResult {
  const fields = [
    ...new Set([...Object.keys(base), ...Object.keys(server), ...Object.keys(client)]),
  ].sort();
  const merged: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const field of fields) {
    const b = valueOf(base, field);
    const s = valueOf(server, field);
    const c = valueOf(client, field);
    if (isDeepEqual(s, c) || isDeepEqual(b, c)) {
      setField(merged, field, s);
    } else if (isDeepEqual(b, s)) {
      setField(merged, field, c);
    } else {
      setField(merged, field, s);
      if (options.isAppendOnly !== true) conflicts.push(conflictOf(field, b, s, c));
    }
  }
  return { merged, conflicts };
}

function conflictOf(field: string, base: unknown, server: unknown, client: unknown): FieldConflict {
  const conflict: FieldConflict = { field };
  if (base !== undefined) conflict.base = base;
  if (server !== undefined) conflict.server = server;
  if (client !== undefined) conflict.client = client;
  return conflict;
}
