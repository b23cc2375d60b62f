/**
 * Apply: server states written locally, one transaction per pulled page. The page's records, one
 * audit entry per record whose content changed, and the cursor at the page's end commit together:
 * a crash leaves either the whole page (and the cursor after it) or none of it (and the cursor
 * before it, so the page is fetched again and applied by revision, harmlessly).
 *
 * Records with local changes still pending keep those fields (see db/applyRemote.ts; an approval
 * change the server refused no longer counts, see localRecords.ts); steps are append-only and only
 * ever added. Entities this build does not store (leads, audit) are passed over; the marker stored
 * with the cursor (appliedEntities.ts) makes a build that adds one re-pull from '0' once.
 */
import type { ServerRecord } from '../../../src-shared/sync/push';
import { pendingFieldsOf, type PlanOptions } from '../db/applyRemote';
import { auditedWrite, type AuditDraft } from '../db/auditedWrite';
import type { JianhuDb } from '../db/database';
import {
  APPLIED_ENTITIES,
  isAppliedEntity,
  planRemoteState,
  recordKey,
  remoteStateAudit,
  type RemotePlan,
} from '../db/remotePlan';
import { writeAppliedEntities } from './appliedEntities';
import {
  loadLocalRecords,
  tablesFor,
  writeRemotePlans,
  type LocalRecords,
  type RecordRef,
} from './localRecords';
import { SyncMetaKey } from './syncMeta';

export type ServerState = ServerRecord & { changeId?: string };

export type PlannedStates = { plans: RemotePlan[]; audit: AuditDraft[] };

/** The records of `states` this build stores, each once. */
export function refsOf(states: readonly ServerState[]): RecordRef[] {
  return states.flatMap((s) =>
    isAppliedEntity(s.entity) ? [{ entity: s.entity, entityId: s.entityId }] : [],
  );
}

/** Plans every stored entity's state against the local rows; later states of one record win. */
export function planStates(
  local: LocalRecords,
  states: readonly ServerState[],
  options: PlanOptions = {},
): PlannedStates {
  const latest = new Map<string, ServerState>();
  for (const state of states) {
    if (!isAppliedEntity(state.entity)) continue;
    const key = recordKey(state.entity, state.entityId);
    const seen = latest.get(key);
    if (!seen || seen.rev < state.rev) latest.set(key, state);
  }
  const plans: RemotePlan[] = [];
  const audit: AuditDraft[] = [];
  for (const [key, state] of latest) {
    const before = local.rows.get(key);
    const pending = pendingFieldsOf(local.pending.get(key) ?? []);
    const plan = planRemoteState(before, pending, state, options);
    if (!plan) continue;
    plans.push(plan);
    if (plan.changed.length > 0) audit.push(remoteStateAudit(before, plan, state));
  }
  return { plans, audit };
}

export type ApplyOptions = PlanOptions & {
  /** The cursor to store with these states (a pulled page's end); absent for a re-fetch. */
  cursor?: string;
};

/** Writes server states in one audited transaction; resolves to how many records changed content. */
export function applyServerStates(
  db: JianhuDb,
  states: readonly ServerState[],
  now: Date,
  options: ApplyOptions = {},
): Promise<number> {
  const { cursor } = options;
  const tables = [...tablesFor(db, APPLIED_ENTITIES), db.outbox, db.meta];
  return auditedWrite<number>(
    db,
    tables,
    now,
    async () => {
      const local = await loadLocalRecords(db, refsOf(states));
      const { plans, audit } = planStates(local, states, options);
      if (plans.length === 0 && cursor === undefined) return { skip: 0 };
      return {
        audit,
        // Invariant (with auditedWrite): the records, their audit entries and the cursor commit
        // together, in the transaction that read the rows and pending changes they were planned
        // from. The
        // cursor goes with the entities it was pulled for (see appliedEntities.ts).
        commit: async () => {
          await writeRemotePlans(db, plans, local.rows);
          if (cursor !== undefined) {
            await db.meta.put({ key: SyncMetaKey.cursor, value: cursor });
            await writeAppliedEntities(db);
          }
          return plans.filter((p) => p.changed.length > 0).length;
        },
      };
      // One transaction: the local rows are read inside it, so nothing can move between the
      // planning and the write, and no second read is needed to prove it.
    },
    { inTransaction: true },
  );
}
