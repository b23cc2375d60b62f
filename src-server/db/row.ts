/**
 * Typed reads from untyped rows. A mismatch here is a server bug (the SQL and the reader disagree),
 * so it throws and becomes a 500 — never a silent wrong value.
 */
import type { Row } from './db';

function fail(key: string, expected: string, value: unknown): never {
  throw new TypeError(`column ${key}: expected ${expected}, got ${typeof value}`);
}

export function readNumber(row: Row, key: string): number {
  const value = row[key];
  if (typeof value === 'number') return value;
  // pg returns int8 and numeric as text so no precision is lost; our values stay below 2^53.
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (typeof value === 'bigint') return Number(value);
  return fail(key, 'number', value);
}

export function readString(row: Row, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value : fail(key, 'string', value);
}

export function readOptionalString(row: Row, key: string): string | null {
  const value = row[key];
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : fail(key, 'string or null', value);
}

export function readBoolean(row: Row, key: string): boolean {
  const value = row[key];
  return typeof value === 'boolean' ? value : fail(key, 'boolean', value);
}

/** A timestamptz column as ISO 8601 text. */
export function readIsoTime(row: Row, key: string): string {
  const value = row[key];
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  return fail(key, 'timestamp', value);
}

export function readOptionalIsoTime(row: Row, key: string): string | null {
  const value = row[key];
  return value === null || value === undefined ? null : readIsoTime(row, key);
}

/** A jsonb object column (both drivers parse jsonb). */
export function readJsonObject(row: Row, key: string): Record<string, unknown> {
  const value: unknown = row[key];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return { ...value };
  }
  return fail(key, 'json object', value);
}

/** A jsonb column of any shape. */
export function readJson(row: Row, key: string): unknown {
  return row[key];
}

export function readBytes(row: Row, key: string): Uint8Array {
  const value = row[key];
  return value instanceof Uint8Array ? value : fail(key, 'bytea', value);
}
