/**
 * Reference sets in `reference_sets`: stored by operators (validated, versioned, audited in one
 * transaction) and read by devices. A device's set for a kind is the newest one of the most
 * specific scope on its unit's chain (own unit, the units above it, then province-wide), so a
 * unit override wins over the province's set until it is itself replaced.
 */
import type { z } from 'zod';
import type {
  ReferenceEntry,
  ReferenceKind,
  ReferenceScope,
  ReferenceSet,
} from '../../src-shared/sync/reference';
import {
  REFERENCE_DATA_SCHEMAS,
  isReferenceKind,
  referenceSetSchema,
} from '../../src-shared/sync/reference';
import { writeAudit } from '../audit/writeAudit';
import { sha256Hex } from '../auth/secrets';
import type { Db, Row } from '../db/db';
import { readIsoTime, readJson, readNumber, readOptionalString, readString } from '../db/row';

/** A payload that does not pass its kind's schema; nothing was stored. */
export class ReferenceDataError extends Error {
  override name = 'ReferenceDataError';
  constructor(
    message: string,
    /** One line per problem: `path: message`. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The units whose sets apply to `$1`, nearest first (depth 0 = the unit itself). */
const CHAIN = `with recursive chain (code, depth) as (
    select $1::text, 0
    union all
    select u.parent_code, c.depth + 1 from chain c join units u on u.code = c.code
     where u.parent_code is not null and c.depth < 10
  )`;

/** Per kind, the newest set of the nearest scope; province-wide (null) comes last. */
function currentSetsSql(columns: string, kindFilter: string): string {
  return `${CHAIN}
    select distinct on (r.kind) ${columns}
      from reference_sets r left join chain c on c.code = r.unit_code
     where (r.unit_code is null or c.code is not null) ${kindFilter}
     order by r.kind, coalesce(c.depth, 1000), r.version desc`;
}

const ENTRY_COLUMNS = 'r.kind, r.version, r.hash, r.unit_code, r.created_at';

function toEntry(row: Row): ReferenceEntry | null {
  const kind = readString(row, 'kind');
  // A kind this build does not know (stored by a newer admin tool) is not offered.
  if (!isReferenceKind(kind)) return null;
  const scope: ReferenceScope = readOptionalString(row, 'unit_code') === null ? 'province' : 'unit';
  return {
    kind,
    version: readNumber(row, 'version'),
    hash: readString(row, 'hash'),
    scope,
    updatedAt: readIsoTime(row, 'created_at'),
  };
}

export async function readReferenceIndex(db: Db, unitCode: string): Promise<ReferenceEntry[]> {
  const rows = await db.query(currentSetsSql(ENTRY_COLUMNS, ''), [unitCode]);
  return rows.flatMap((row) => toEntry(row) ?? []);
}

/** The set a unit's devices receive for `kind`; null when none applies. */
export async function readReferenceSet(
  db: Db,
  unitCode: string,
  kind: ReferenceKind,
): Promise<ReferenceSet | null> {
  const rows = await db.query(currentSetsSql(`${ENTRY_COLUMNS}, r.data`, 'and r.kind = $2'), [
    unitCode,
    kind,
  ]);
  const row = rows[0];
  const entry = row === undefined ? null : toEntry(row);
  if (row === undefined || entry === null) return null;
  // Stored data passed this schema when it was set; parsing again keeps the response typed.
  return referenceSetSchema.parse({ ...entry, data: readJson(row, 'data') });
}

export type StoreReferenceInput = {
  kind: string;
  data: unknown;
  /** Absent: province-wide; a unit code: that unit and the units below it. */
  unitCode?: string | undefined;
};

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Validates and stores a new version of a kind; returns its index entry. */
export async function storeReferenceSet(
  db: Db,
  input: StoreReferenceInput,
  now: Date,
): Promise<ReferenceEntry> {
  const { kind } = input;
  if (!isReferenceKind(kind)) {
    throw new ReferenceDataError(
      `unknown kind "${kind}"; known: ${Object.keys(REFERENCE_DATA_SCHEMAS).join(', ')}`,
    );
  }
  const parsed = REFERENCE_DATA_SCHEMAS[kind].safeParse(input.data);
  if (!parsed.success) {
    const problems = problemsOf(parsed.error);
    throw new ReferenceDataError(`the ${kind} data is invalid: ${problems.join('; ')}`, problems);
  }
  const json = JSON.stringify(parsed.data);
  const hash = sha256Hex(json);
  const unitCode = input.unitCode ?? null;
  return db.transaction(async (tx) => {
    if (unitCode !== null) {
      const unit = await tx.query('select code from units where code = $1', [unitCode]);
      if (unit.length === 0) throw new ReferenceDataError(`no unit ${unitCode}`);
    }
    const next = await tx.query(
      'select coalesce(max(version), 0) + 1 as version from reference_sets where kind = $1',
      [kind],
    );
    const version = readNumber(next[0] ?? { version: 1 }, 'version');
    // The unique (kind, version) index refuses a concurrent set of the same kind: no silent tie.
    await tx.query(
      `insert into reference_sets (kind, unit_code, version, data, hash, created_at)
       values ($1, $2, $3, $4::jsonb, $5, $6)`,
      [kind, unitCode, version, json, hash, now.toISOString()],
    );
    await writeAudit(tx, {
      at: now,
      actor: 'admin',
      unitCode,
      action: 'reference.set',
      detail: { kind, version, hash },
    });
    return {
      kind,
      version,
      hash,
      scope: unitCode === null ? 'province' : 'unit',
      updatedAt: now.toISOString(),
    };
  });
}

export type StoredReferenceSet = {
  kind: string;
  /** null: province-wide. */
  unitCode: string | null;
  version: number;
  hash: string;
  createdAt: string;
};

/** The newest set of every kind and scope, for operators. */
export async function listReferenceSets(db: Db): Promise<StoredReferenceSet[]> {
  const rows = await db.query(
    `select distinct on (kind, unit_code) kind, unit_code, version, hash, created_at
       from reference_sets order by kind, unit_code nulls first, version desc`,
  );
  return rows.map((row) => ({
    kind: readString(row, 'kind'),
    unitCode: readOptionalString(row, 'unit_code'),
    version: readNumber(row, 'version'),
    hash: readString(row, 'hash'),
    createdAt: readIsoTime(row, 'created_at'),
  }));
}
