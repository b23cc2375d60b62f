/**
 * Form values ↔ step data. The form keeps what the inputs hold (strings for numbers being typed,
 * '' for empty fields); `cleanValues` turns that into the data the schema checks: blanks left out
 * (so zod reports a missing field, never an empty one), numbers as numbers, times with an offset.
 */
import type { FieldSpec } from './schemaFields';

export type FormValues = Record<string, unknown>;
export type Path = readonly (string | number)[];

export function getAt(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of `root` with `value` at `path`, creating objects and arrays on the way. */
export function setAt(root: unknown, path: Path, value: unknown): FormValues {
  const [head, ...rest] = path;
  if (head === undefined) return value as FormValues;
  const base: Record<string | number, unknown> | unknown[] = Array.isArray(root)
    ? [...(root as unknown[])]
    : { ...(typeof root === 'object' && root !== null ? root : {}) };
  const child = (base as Record<string | number, unknown>)[head];
  (base as Record<string | number, unknown>)[head] =
    rest.length === 0
      ? value
      : setAt(child ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  return base as FormValues;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** '2025-03-10T09:30' typed in local time → '2025-03-10T09:30:00+08:00'. */
export function localToOffsetIso(local: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return undefined;
  const [, y, m, d, hh, mm] = match.map(Number);
  const date = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local.slice(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Now in local time as a datetime-local input value. */
export function nowLocal(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

function cleanNumber(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim());
  // A non-number stays as typed: zod then reports it as invalid rather than missing.
  return Number.isFinite(n) ? n : value;
}

function cleanObject(fields: readonly FieldSpec[], value: unknown): FormValues | undefined {
  const out: FormValues = {};
  for (const field of fields) {
    const cleaned = cleanField(field, getAt(value, [field.name]));
    if (cleaned !== undefined) out[field.name] = cleaned;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** An untouched list: [] where the schema wants the list present even when empty. */
function emptyList(field: FieldSpec): unknown[] | undefined {
  return field.sendsEmptyList === true ? [] : undefined;
}

function cleanField(field: FieldSpec, value: unknown): unknown {
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'date':
    case 'time':
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    case 'datetime':
      return typeof value === 'string' && value !== ''
        ? (localToOffsetIso(value) ?? value)
        : undefined;
    case 'number':
      return cleanNumber(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'confirm':
      return value === true ? true : undefined;
    case 'enum':
      return typeof value === 'string' && value !== '' ? value : undefined;
    case 'multiEnum':
      return Array.isArray(value) ? value : emptyList(field);
    case 'textList':
      return Array.isArray(value)
        ? value
            .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
            .map((v) => v.trim())
        : emptyList(field);
    case 'object': {
      const cleaned = cleanObject(field.fields, value);
      // A required object left blank still goes in, so the schema names its missing fields.
      return cleaned ?? (field.isRequired ? {} : undefined);
    }
    case 'objectList':
      return Array.isArray(value)
        ? value.map((item: unknown) => cleanObject(field.fields, item) ?? {})
        : emptyList(field);
    case 'union': {
      const chosen = getAt(value, [field.discriminator]);
      const variant = field.variants.find((v) => v.value === chosen);
      if (!variant) return field.isRequired ? {} : undefined;
      return { ...cleanObject(variant.fields, value), [field.discriminator]: variant.value };
    }
    case 'unsupported':
      return value;
  }
}

/** The data to send: every field cleaned, blanks left out. */
export function cleanValues(fields: readonly FieldSpec[], values: FormValues): FormValues {
  return cleanObject(fields, values) ?? {};
}

/** Issues at zod paths ('grounds.1.response' or 'grounds[1].response') keyed by dotted path. */
export function dottedPath(path: string | readonly PropertyKey[]): string {
  if (typeof path !== 'string') return path.map(String).join('.');
  return path.replace(/\[(\d+)\]/g, '.$1');
}
