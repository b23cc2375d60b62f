/**
 * The device's copy of the server's reference data: one `reference` row per kind (key = kind),
 * written only by pullReference. Readers re-check the payload with the kind's schema, so a row
 * from an older build or a damaged database is ignored rather than trusted.
 */
import type { HolidayTable } from '../../../src-shared/calendar/holidayTable';
import type { ReferenceKind, ReferenceScope } from '../../../src-shared/sync/reference';
import {
  holidayTablesSchema,
  isReferenceKind,
  referenceSetSchema,
} from '../../../src-shared/sync/reference';
import type { WageBaseTable } from '../../../src-shared/workflows/assistance/wageBase';
import { wageBaseTableSchema } from '../../../src-shared/workflows/assistance/wageBase';
import type { JianhuDb } from '../db/database';
import { setReferenceHolidayTables } from '../db/workflowDue';
import { setReferenceTimeLimits } from '../db/activeTimeLimits';
import { timeLimitOverridesSchema } from '../../../src-shared/calendar/timeLimitOverrides';
import type { TimeLimitOverrides } from '../../../src-shared/calendar/timeLimitOverrides';
import type { ReferenceRow } from '../db/rowTypes';

/** A stored reference set: the server's entry, its payload and when this device received it. */
export type StoredReference = {
  key: ReferenceKind;
  kind: ReferenceKind;
  version: number;
  hash: string;
  scope: ReferenceScope;
  /** When the operator set this version on the server (ISO). */
  updatedAt: string;
  /** When this device stored it (ISO). */
  receivedAt: string;
  data: unknown;
};

/** The row's entry and payload when they still pass the protocol's schema; null otherwise. */
export function toStoredReference(row: ReferenceRow | undefined): StoredReference | null {
  if (row === undefined || !isReferenceKind(row.key)) return null;
  const parsed = referenceSetSchema.safeParse(row);
  if (!parsed.success || parsed.data.kind !== row.key || typeof row['receivedAt'] !== 'string')
    return null;
  return { ...parsed.data, key: parsed.data.kind, receivedAt: row['receivedAt'] };
}

/** Every stored kind with its version and when it arrived, by kind. */
export async function listStoredReference(db: JianhuDb): Promise<StoredReference[]> {
  const rows = await db.reference.toArray();
  return rows
    .flatMap((row) => toStoredReference(row) ?? [])
    .sort((a, b) => a.kind.localeCompare(b.kind));
}

/** The server's holiday tables on this device; [] when none arrived (or the row is unreadable). */
export async function readReferenceHolidays(db: JianhuDb): Promise<HolidayTable[]> {
  const stored = toStoredReference(await db.reference.get('holidays'));
  const parsed = holidayTablesSchema.safeParse(stored?.data);
  return parsed.success ? parsed.data : [];
}

/** The server's wage-base table on this device, if one arrived. */
export async function readReferenceWageBases(db: JianhuDb): Promise<WageBaseTable | undefined> {
  const stored = toStoredReference(await db.reference.get('wageBases'));
  const parsed = wageBaseTableSchema.safeParse(stored?.data);
  return parsed.success ? parsed.data : undefined;
}

/** The server's overrides of the configurable time limits on this device, if they arrived. */
export async function readReferenceTimeLimits(
  db: JianhuDb,
): Promise<TimeLimitOverrides | undefined> {
  const stored = toStoredReference(await db.reference.get('timeLimits'));
  const parsed = timeLimitOverridesSchema.safeParse(stored?.data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Points the app's calendar (`defaultCalendar`) at the stored holiday tables, and its time limits
 * (`activeTimeLimits`) at the stored overrides; call at start.
 * Never rejects: a database that cannot be read leaves the shipped tables in use (opening the
 * database reports its own problems to the person).
 */
export async function loadReferenceCalendar(db: JianhuDb): Promise<void> {
  try {
    setReferenceHolidayTables(await readReferenceHolidays(db));
    setReferenceTimeLimits(await readReferenceTimeLimits(db));
  } catch {
    // Shipped tables stay in use.
  }
}
