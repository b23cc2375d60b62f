/**
 * Apply: server states written locally, one transaction per pulled page. The page's records, one
 * audit entry per record whose content changed, and the cursor at the page's end commit together:
 * a crash leaves either the whole page (and the cursor after it) or none of it (and the cursor
 * before it, so the page is fetched again and applied by revision, harmlessly).
 *
 * Records with local changes still pending keep those fields (see db/applyRemote.ts). Entities
 * this build does not store yet (workflows, leads… from later issues) are passed over; a build that
 * adds one resets the cursor to '0', which re-pulls everything and applies only what is newer.
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { ServerRecord } from '../../../src-shared/sync/push';
import {
  pendingFieldsOf,
  planRemoteCase,
  remoteCaseAudit,
  type PlanOptions,
  type RemoteCasePlan,
} from '../db/applyRemote';
import { auditedWrite, type AuditDraft } from '../db/auditedWrite';
import type { JianhuDb } from '../db/database';
import { assertUnchanged, loadLocalCases, writeCasePlans, type LocalCases } from './localCases';
import { SyncMetaKey } from './syncMeta';

export type ServerState = ServerRecord & { changeId?: string };

export type PlannedStates = { plans: RemoteCasePlan[]; audit: AuditDraft[] };

/** Plans every case state against the local rows; later states of one record win. */
export function planStates(
  local: LocalCases,
  states: readonly ServerState[],
  options: PlanOptions = {},
): PlannedStates {
  const latest = new Map<string, ServerState>();
  for (const state of states) {
    if (state.entity !== 'case') continue;
    const seen = latest.get(state.entityId);
    if (!seen || seen.rev < state.rev) latest.set(state.entityId, state);
  }
  const plans: RemoteCasePlan[] = [];
  const audit: AuditDraft[] = [];
  for (const state of latest.values()) {
    const before: CaseRecord | undefined = local.records.get(state.entityId);
    const pending = pendingFieldsOf(local.pending.get(state.entityId) ?? []);
    const plan = planRemoteCase(before, pending, state, options);
    if (!plan) continue;
    plans.push(plan);
    if (plan.changed.length > 0) audit.push(remoteCaseAudit(before, plan, state));
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
  return auditedWrite<number>(db, [db.cases, db.outbox, db.meta], now, async () => {
    const local = await loadLocalCases(
      db,
      states.filter((s) => s.entity === 'case').map((s) => s.entityId),
    );
    const { plans, audit } = planStates(local, states, options);
    if (plans.length === 0 && cursor === undefined) return { skip: 0 };
    return {
      audit,
      // Invariant (with auditedWrite): the records, their audit entries and the cursor commit
      // together, on top of exactly the rows and pending changes they were planned from.
      commit: async () => {
        await assertUnchanged(db, local);
        await writeCasePlans(db, plans);
        if (cursor !== undefined) await db.meta.put({ key: SyncMetaKey.cursor, value: cursor });
        return plans.filter((p) => p.changed.length > 0).length;
      },
    };
  });
}
