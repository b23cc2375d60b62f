/**
 * Reference data, the last step of a run: `GET /reference` lists each kind with its version and
 * hash; only the kinds whose hash or version differ from the stored copy are fetched
 * (`GET /reference/:kind`). Every payload is checked with the protocol's schema BEFORE anything is
 * written, then all of them are stored in one audited transaction (one audit entry per kind).
 * A payload that fails its check stops the run with `reference-invalid` and stores nothing.
 */
import { z } from 'zod';
import type {
  ReferenceEntry,
  ReferenceKind,
  ReferenceSet,
} from '../../../src-shared/sync/reference';
import {
  isReferenceKind,
  referenceEntrySchema,
  referenceSetSchema,
} from '../../../src-shared/sync/reference';
import { SYNC_AUDIT_USER } from '../db/applyRemote';
import { AuditAction } from '../db/auditActions';
import { StaleWriteError, auditedWrite, type AuditDraft } from '../db/auditedWrite';
import type { JianhuDb } from '../db/database';
import { setReferenceHolidayTables } from '../db/workflowDue';
import { setReferenceTimeLimits } from '../db/activeTimeLimits';
import { toStoredReference, type StoredReference } from './referenceStore';
import type { SyncHttp } from './syncHttp';
import { SyncFailure } from './syncFailure';

export type ReferenceContext = { db: JianhuDb; http: SyncHttp; now: () => Date };

/**
 * The index read loosely: a newer server may list kinds this build does not know, and they must
 * not stop it from taking the ones it does.
 */
const looseIndexSchema = z.object({ kinds: z.array(z.looseObject({ kind: z.string() })) });

const anyBody = z.unknown();

function invalid(what: string): SyncFailure {
  return new SyncFailure('reference-invalid', `reference ${what} failed its schema`);
}

async function readIndex(http: SyncHttp): Promise<ReferenceEntry[] | null> {
  let body: unknown;
  try {
    body = await http.request('GET', '/reference', anyBody);
  } catch (error) {
    // A server from before reference data: nothing to take, and nothing wrong with the run.
    if (error instanceof SyncFailure && error.code === 'not-found') return null;
    throw error;
  }
  const index = looseIndexSchema.safeParse(body);
  if (!index.success) throw invalid('index');
  return index.data.kinds.flatMap((item) => {
    if (!isReferenceKind(item.kind)) return [];
    const entry = referenceEntrySchema.safeParse(item);
    if (!entry.success) throw invalid(`index entry ${item.kind}`);
    return [entry.data];
  });
}

async function fetchSet(http: SyncHttp, entry: ReferenceEntry): Promise<ReferenceSet | null> {
  let body: unknown;
  try {
    body = await http.request('GET', `/reference/${entry.kind}`, anyBody);
  } catch (error) {
    if (error instanceof SyncFailure && error.code === 'not-found') return null;
    throw error;
  }
  const set = referenceSetSchema.safeParse(body);
  if (!set.success || set.data.kind !== entry.kind) throw invalid(entry.kind);
  return set.data;
}

const isSame = (stored: StoredReference | null, entry: ReferenceEntry) =>
  stored !== null && stored.hash === entry.hash && stored.version === entry.version;

/** Stores the kinds that changed; resolves to the kinds it stored (empty when all were current). */
export async function pullReference(ctx: ReferenceContext): Promise<ReferenceKind[]> {
  const { db, http, now } = ctx;
  const index = await readIndex(http);
  if (index === null || index.length === 0) return [];
  const before = new Map(
    (await db.reference.bulkGet(index.map((e) => e.kind))).map((row, i) => [
      index[i]?.kind,
      toStoredReference(row),
    ]),
  );
  const changed = index.filter((entry) => !isSame(before.get(entry.kind) ?? null, entry));
  const sets: ReferenceSet[] = [];
  // Every payload is fetched and checked before the write: one bad kind stores nothing at all.
  for (const entry of changed) {
    const set = await fetchSet(http, entry);
    if (set !== null) sets.push(set);
  }
  if (sets.length === 0) return [];

  const at = now();
  const stored = await auditedWrite<ReferenceKind[]>(db, [db.reference], at, async () => {
    const current = await db.reference.bulkGet(sets.map((s) => s.kind));
    const fresh = sets.filter((set, i) => !isSame(toStoredReference(current[i]), set));
    if (fresh.length === 0) return { skip: [] };
    const audit: AuditDraft[] = fresh.map((set) => ({
      userId: SYNC_AUDIT_USER,
      action: AuditAction.referenceReceive,
      entity: 'reference',
      entityId: set.kind,
      success: true,
      diff: {
        origin: 'server',
        version: {
          from: toStoredReference(current[sets.indexOf(set)])?.version ?? null,
          to: set.version,
        },
        hash: set.hash,
        scope: set.scope,
      },
    }));
    return {
      audit,
      // Invariant (with auditedWrite): the reference rows and their audit entries commit together,
      // on top of exactly the stored versions they were compared with.
      commit: async () => {
        const again = await db.reference.bulkGet(fresh.map((s) => s.kind));
        fresh.forEach((set, i) => {
          const was = current[sets.indexOf(set)];
          if (again[i]?.['hash'] !== was?.['hash']) throw new StaleWriteError('reference moved on');
        });
        await db.reference.bulkPut(
          fresh.map((set) => ({ ...set, key: set.kind, receivedAt: at.toISOString() })),
        );
        return fresh.map((set) => set.kind);
      },
    };
  });

  // In-memory state after the commit: the calendar counts with the tables now stored.
  const holidays = sets.find((set) => set.kind === 'holidays');
  if (holidays?.kind === 'holidays' && stored.includes('holidays')) {
    setReferenceHolidayTables(holidays.data);
  }
  const timeLimits = sets.find((set) => set.kind === 'timeLimits');
  if (timeLimits?.kind === 'timeLimits' && stored.includes('timeLimits')) {
    setReferenceTimeLimits(timeLimits.data);
  }
  return stored;
}
