/**
 * The conflict inbox (DESIGN.md §4): fields the provincial server kept at its own value because
 * another device changed them too. Each row holds both values of every conflicting field and the
 * base they both started from, until a person keeps one or writes a merge. The resolution itself
 * is an ordinary `updateCase` (so it syncs); this table only remembers that it was made.
 */
import type { Table } from 'dexie';
import type { SyncEntity } from '../../../src-shared/sync/change';
import type { FieldConflict } from '../../../src-shared/sync/merge';
import type { JianhuDb } from './database';

/** Where a conflict stands. */
export const ConflictStatus = {
  /** Waiting for a person. */
  open: 'open',
  /** A person chose a value for every field. */
  resolved: 'resolved',
} as const;
export type ConflictStatus = (typeof ConflictStatus)[keyof typeof ConflictStatus];

/** Which value a person kept for one field. */
export const ConflictChoice = {
  /** The value this device sent. */
  local: 'local',
  /** The value the server kept. */
  server: 'server',
  /** A value the person wrote from both. */
  merged: 'merged',
} as const;
export type ConflictChoice = (typeof ConflictChoice)[keyof typeof ConflictChoice];

export type ConflictRow = {
  /** The changeId the server answered with `conflict`: a resent answer lands on the same row. */
  id: string;
  entity: SyncEntity;
  entityId: string;
  /** Sorted by field name, as the server sends them: `client` is this device's value. */
  fields: FieldConflict[];
  /** The record's server revision that kept the server values. */
  serverRev: number;
  /** When this device learnt of the conflict (ISO). */
  detectedAt: string;
  status: ConflictStatus;
  resolvedAt: string | null;
  resolution: Record<string, ConflictChoice> | null;
};

export function conflictsTable(db: JianhuDb): Table<ConflictRow, string> {
  return db.table('conflicts');
}

/** Open conflicts, oldest first (the inbox). */
export async function listOpenConflicts(db: JianhuDb): Promise<ConflictRow[]> {
  const rows = await conflictsTable(db).where('status').equals(ConflictStatus.open).toArray();
  return rows.sort((a, b) =>
    a.detectedAt < b.detectedAt ? -1 : a.detectedAt > b.detectedAt ? 1 : 0,
  );
}

export function countOpenConflicts(db: JianhuDb): Promise<number> {
  return conflictsTable(db).where('status').equals(ConflictStatus.open).count();
}

/** Which of `entityIds` have an open conflict (the case list's badges, one read for the screen). */
export async function entitiesWithOpenConflicts(
  db: JianhuDb,
  entityIds: readonly string[],
): Promise<Set<string>> {
  if (entityIds.length === 0) return new Set();
  const rows = await conflictsTable(db)
    .where('entityId')
    .anyOf(entityIds)
    .filter((c) => c.status === ConflictStatus.open)
    .toArray();
  return new Set(rows.map((c) => c.entityId));
}

export function getConflict(db: JianhuDb, id: string): Promise<ConflictRow | undefined> {
  return conflictsTable(db).get(id);
}

/**
 * Marks a conflict resolved once its resolution was written (the write is the audited part).
 * Under the write queue so it never interleaves with a sync acknowledgement storing the same row.
 */
export function markConflictResolved(
  db: JianhuDb,
  id: string,
  resolution: Record<string, ConflictChoice>,
  now: Date,
): Promise<void> {
  return db.writes.run(() =>
    db.transaction('rw', conflictsTable(db), async () => {
      await conflictsTable(db).update(id, {
        status: ConflictStatus.resolved,
        resolvedAt: now.toISOString(),
        resolution,
      });
    }),
  );
}
