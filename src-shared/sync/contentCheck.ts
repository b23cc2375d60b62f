/**
 * The content check of one pushed change (issue: validate everything stored). The server hands
 * every stored record to each device of the unit, so a record must be one the app itself could
 * have written: checked with the entity's own schema (the one the app writes with), within size
 * limits, without keys the server decides. Pure: planPush runs it before anything is written.
 *
 * A create must be a whole valid record; an update is checked as the record it would leave (the
 * stored data with the patch over it), so partial patches stay legal. Reasons name field paths,
 * never values (they may be personal data).
 */
import type { z } from 'zod';
import { caseCardSchema } from '../domain/caseCard';
import { maskPersonalNumbers } from './leads';
import type { SyncEntity } from './change';
import type { ContentRefusal } from './contentRefusal';
import { caseSystemFieldsSchema, entityContentSchemas } from './entityContent';

/** Longest text one field may hold (a case's facts are 20,000 at most). */
export const MAX_TEXT_FIELD_CHARS = 200_000;
/** Largest record, serialized as UTF-8 JSON. */
export const MAX_RECORD_BYTES = 1024 * 1024;
/** Most characters of a field name quoted in a reason. */
const MAX_QUOTED_KEY = 40;

/**
 * Keys naming what the server keeps beside a record's data (its id, revision, soft-delete flag,
 * unit, receipt time): a device never sets them inside the data. An entity whose own record has a
 * field of that name keeps it (OWN_KEYS).
 */
export const RESERVED_KEYS: readonly string[] = [
  'id',
  'rev',
  'seq',
  'deleted',
  'unitCode',
  'updatedAt',
  'entity',
  'entityId',
];

/** Reserved names an entity's own record uses as data (merged like any other field). */
const OWN_KEYS: Partial<Record<SyncEntity, readonly string[]>> = {
  // An attachment is removed by an update { deleted: true } (attachments.ts).
  attachment: ['deleted'],
  // A workflow's updatedAt is when its last step was taken on the device.
  workflow: ['updatedAt'],
};

function hasContentSchema(entity: SyncEntity): entity is keyof typeof entityContentSchemas {
  return Object.hasOwn(entityContentSchemas, entity);
}

/** Keys that would act as operators or prototype links, at any depth. */
function isOperatorKey(key: string): boolean {
  return key.startsWith('$') || key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** Markup that runs or embeds something when a page renders text as HTML. */
const ACTIVE_MARKUP =
  /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta|base|form|math)\b|javascript:/i;

export type ContentProblem = { code: ContentRefusal; reason: string };

export type ContentChange = {
  entity: SyncEntity;
  op: 'create' | 'update' | 'delete' | 'restore';
  patch: Readonly<Record<string, unknown>> | null;
};

/** A field name as a reason may quote it: short, with personal numbers masked. */
function quoteKey(key: string): string {
  const short = key.length > MAX_QUOTED_KEY ? `${key.slice(0, MAX_QUOTED_KEY)}…` : key;
  return maskPersonalNumbers(short).text;
}

function pathOf(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? String(p) : quoteKey(p))).join('.');
}

type DeepKind = 'too-long' | 'markup' | 'operator-key';

/** A problem found inside a value, with its path from the problem up (built only once found). */
type DeepFind = { kind: DeepKind; upPath: (string | number)[] };

/**
 * What the walk learns of the size of a value's JSON text on the way: at most this many UTF-8
 * bytes. A UTF-16 unit takes at most 6 (an escape such as \u001f; otherwise 3 or fewer), a
 * number at most 24 characters (-1.2345678901234567e-308).
 */
type SizeBound = { atMost: number };
const MAX_BYTES_PER_UNIT = 6;
const MAX_NUMBER_BYTES = 24;

/**
 * The first text, key or markup problem inside `value`, found depth first. Walks by index and key
 * and allocates nothing on the way down: it runs over every string of every pushed change.
 */
function findDeep(value: unknown, checkMarkup: boolean, size: SizeBound): DeepFind | null {
  if (typeof value === 'string') {
    size.atMost += value.length * MAX_BYTES_PER_UNIT + 2;
    if (value.length > MAX_TEXT_FIELD_CHARS) return { kind: 'too-long', upPath: [] };
    if (checkMarkup && ACTIVE_MARKUP.test(value)) return { kind: 'markup', upPath: [] };
    return null;
  }
  if (value === null || typeof value !== 'object') {
    size.atMost += MAX_NUMBER_BYTES;
    return null;
  }
  if (Array.isArray(value)) {
    size.atMost += 2 + value.length;
    for (let i = 0; i < value.length; i++) {
      const found = findDeep(value[i], checkMarkup, size);
      if (found) {
        found.upPath.push(i);
        return found;
      }
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  size.atMost += 2;
  for (const key of Object.keys(record)) {
    if (isOperatorKey(key)) return { kind: 'operator-key', upPath: [key] };
    size.atMost += key.length * MAX_BYTES_PER_UNIT + 4;
    const found = findDeep(record[key], checkMarkup, size);
    if (found) {
      found.upPath.push(key);
      return found;
    }
  }
  return null;
}

function findDeepProblem(
  value: unknown,
  checkMarkup: boolean,
  size: SizeBound,
): ContentProblem | null {
  const found = findDeep(value, checkMarkup, size);
  if (found === null) return null;
  const path = pathOf(found.upPath.reverse());
  switch (found.kind) {
    case 'too-long':
      return {
        code: 'record-too-large',
        reason: `${path} is longer than ${MAX_TEXT_FIELD_CHARS} characters`,
      };
    case 'markup':
      return { code: 'invalid-content', reason: `${path} holds active markup` };
    case 'operator-key':
      return { code: 'reserved-key', reason: `${path} is an operator key` };
  }
}

function utf8Length(text: string): number {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: most records need no encoding to be measured.
  if (text.length * 3 <= MAX_RECORD_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function schemaProblem(entity: SyncEntity, error: z.ZodError): ContentProblem {
  const paths = [...new Set(error.issues.map((i) => pathOf(i.path as (string | number)[])))];
  const named = paths.map((p) => p || '(record)').slice(0, 10);
  return { code: 'invalid-content', reason: `not a valid ${entity} record: ${named.join(', ')}` };
}

function checkCase(record: Record<string, unknown>): ContentProblem | null {
  // One pass sorts the fields into the card's, the system's and unknown ones. A cleared optional
  // field travels as null; a stored card simply lacks it.
  const card: Record<string, unknown> = {};
  const system: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === null) continue;
    if (Object.hasOwn(caseCardSchema.shape, key)) card[key] = value;
    else if (Object.hasOwn(caseSystemFieldsSchema.shape, key)) system[key] = value;
    else unknown.push(key);
  }
  if (unknown.length > 0) {
    return {
      code: 'invalid-content',
      reason: `not a field of a case: ${unknown.slice(0, 10).map(quoteKey).join(', ')}`,
    };
  }
  const parsedCard = caseCardSchema.safeParse(card);
  if (!parsedCard.success) return schemaProblem('case', parsedCard.error);
  const parsedSystem = caseSystemFieldsSchema.safeParse(system);
  if (!parsedSystem.success) return schemaProblem('case', parsedSystem.error);
  return null;
}

/** The record as the change would leave it, without what older builds stored of the envelope. */
function proposedRecord(
  entity: SyncEntity,
  before: Readonly<Record<string, unknown>> | null,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return { ...withoutServerKeys(entity, before ?? {}), ...patch };
}

/**
 * Null when the change may be stored; otherwise the refusal. `before` is the stored data (null
 * for a new record). Delete and restore carry no content (the flag is the server's).
 */
export function checkChangeContent(
  change: ContentChange,
  before: Readonly<Record<string, unknown>> | null,
): ContentProblem | null {
  const { entity, op, patch } = change;
  if (entity === 'audit') {
    return {
      code: 'entity-not-pushable',
      reason: 'audit entries travel through /sync/audit, where the chain is checked',
    };
  }
  if (op === 'delete' || op === 'restore' || patch === null) return null;
  const own = OWN_KEYS[entity] ?? [];
  const reserved = Object.keys(patch).find(
    (key) => RESERVED_KEYS.includes(key) && !own.includes(key),
  );
  if (reserved !== undefined)
    return { code: 'reserved-key', reason: `${reserved} is decided by the server` };
  const size: SizeBound = { atMost: 0 };
  const deep = findDeepProblem(patch, entity === 'case' || hasContentSchema(entity), size);
  if (deep) return deep;
  const record = proposedRecord(entity, before, patch);
  // A new record is its patch: when even the bound the walk found is within the limit, the text
  // need not be written out to be measured (it is, for every edit and for larger records).
  const isSurelyWithin = before === null && size.atMost <= MAX_RECORD_BYTES;
  if (!isSurelyWithin && utf8Length(JSON.stringify(record)) > MAX_RECORD_BYTES)
    return {
      code: 'record-too-large',
      reason: `the record is larger than ${MAX_RECORD_BYTES} bytes`,
    };
  if (entity === 'lead' && record.origin === 'model' && before?.origin !== 'model') {
    return {
      code: 'origin-not-allowed',
      reason: 'origin: a model lead comes only from the provincial import',
    };
  }
  if (entity === 'case') return checkCase(record);
  if (!hasContentSchema(entity)) return null;
  const parsed = entityContentSchemas[entity].safeParse(record);
  return parsed.success ? null : schemaProblem(entity, parsed.error);
}

/**
 * The patch without the keys the server decides for `entity`: what a device sends. Rows an
 * older build queued (a case's create carried its unit, soft-delete flag and receipt time) are
 * sent this way too, so they are not refused for keys the device never meant to decide.
 */
export function withoutServerKeys(
  entity: SyncEntity,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const own = OWN_KEYS[entity] ?? [];
  return Object.fromEntries(
    Object.entries(patch).filter(([key]) => !RESERVED_KEYS.includes(key) || own.includes(key)),
  );
}
