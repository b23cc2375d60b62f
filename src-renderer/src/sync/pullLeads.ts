/**
 * Leads: `GET /leads?cursor=` page by page, each page stored in one audited transaction with its
 * own cursor (`sync.leadsCursor`), the same way apply.ts stores `/sync/pull` pages — a crash
 * re-fetches the page, and states are taken by revision, so taking one twice changes nothing.
 * Fields a pending local change sets (a status the person chose offline) are never overwritten.
 */
import { cursorSchema } from '../../../src-shared/sync/pull';
import { leadsResponseSchema, type LeadsResponse } from '../../../src-shared/sync/leads';
import { DEFAULT_PULL_LIMIT } from '../../../src-shared/sync/protocol';
import { pendingFieldsOf } from '../db/applyRemote';
import { auditedWrite, type AuditDraft } from '../db/auditedWrite';
import type { JianhuDb } from '../db/database';
import { MetaKey, takeCounter } from '../db/meta';
import {
  planRemoteLead,
  remoteLeadAudit,
  removedLeadAudit,
  type RemoteLeadPlan,
} from '../db/remoteLead';
import type { OutboxRow } from '../db/rowTypes';
import type { RunContext } from './runSync';
import type { SyncHttp } from './syncHttp';

/** The meta key of the leads cursor: moves only with the page it ends. */
export const LEADS_CURSOR_KEY = 'sync.leadsCursor';

export type PullLeadsContext = Pick<RunContext, 'db' | 'http' | 'now' | 'pullLimit'>;

export async function readLeadsCursor(db: JianhuDb): Promise<string> {
  const parsed = cursorSchema.safeParse((await db.meta.get(LEADS_CURSOR_KEY))?.value);
  return parsed.success ? parsed.data : '0';
}

export function fetchLeadsPage(
  http: SyncHttp,
  cursor: string,
  limit: number,
): Promise<LeadsResponse> {
  const query = new URLSearchParams({ cursor, limit: String(limit) });
  return http.request('GET', `/leads?${query.toString()}`, leadsResponseSchema);
}

/** Pending outbox rows of these leads, by lead id, in deviceSeq order. */
async function pendingRowsOf(db: JianhuDb, ids: readonly string[]) {
  const rows = await db.outbox
    .where('entityId')
    .anyOf([...ids])
    .toArray();
  const byId = new Map<string, OutboxRow[]>();
  for (const row of rows
    .filter((r) => r.entity === 'lead')
    .sort((a, b) => a.deviceSeq - b.deviceSeq)) {
    byId.set(row.entityId, [...(byId.get(row.entityId) ?? []), row]);
  }
  return byId;
}

/** Stores one page and the cursor at its end; resolves to how many leads changed content. */
export function applyLeadsPage(
  db: JianhuDb,
  page: Pick<LeadsResponse, 'leads' | 'nextCursor'>,
  now: Date,
): Promise<number> {
  return auditedWrite(
    db,
    [db.leads, db.outbox],
    now,
    async () => {
      const latest = new Map<string, LeadsResponse['leads'][number]>();
      for (const state of page.leads) {
        const seen = latest.get(state.entityId);
        if (!seen || seen.rev < state.rev) latest.set(state.entityId, state);
      }
      const ids = [...latest.keys()];
      const locals = await db.leads.bulkGet(ids);
      const pending = await pendingRowsOf(db, ids);
      const plans: RemoteLeadPlan[] = [];
      const removed: string[] = [];
      const audit: AuditDraft[] = [];
      for (const [i, id] of ids.entries()) {
        const state = latest.get(id);
        if (!state) continue;
        if (state.deleted) {
          // The province moved the lead to another county before anyone here acted on it. One
          // with changes still waiting is kept: what a person did here is never dropped unseen.
          if (locals[i] !== undefined && !pending.has(id)) {
            removed.push(id);
            audit.push(removedLeadAudit(id, state));
          }
          continue;
        }
        const plan = planRemoteLead(locals[i], pendingFieldsOf(pending.get(id) ?? []), state);
        if (!plan) continue;
        plans.push(plan);
        if (plan.changed.length > 0) audit.push(remoteLeadAudit(plan, state));
      }
      return {
        audit,
        // Invariant (with auditedWrite): the page's leads, their audit entries and the cursor at
        // the page's end commit together, in the transaction that read the rows and pending
        // changes they were planned from.
        commit: async () => {
          if (plans.length > 0) {
            let seq = await takeCounter(db.meta, MetaKey.nextLocalSeq, plans.length);
            await db.leads.bulkPut(plans.map((plan) => ({ ...plan.row, seq: seq++ })));
          }
          if (removed.length > 0) await db.leads.bulkDelete(removed);
          await db.meta.put({ key: LEADS_CURSOR_KEY, value: page.nextCursor });
          return plans.filter((p) => p.changed.length > 0).length + removed.length;
        },
      };
    },
    { inTransaction: true },
  );
}

/** Pulls every page of leads after the stored cursor; resolves to how many leads changed content. */
export async function pullLeads(ctx: PullLeadsContext): Promise<number> {
  let cursor = await readLeadsCursor(ctx.db);
  let changed = 0;
  for (;;) {
    const page = await fetchLeadsPage(ctx.http, cursor, ctx.pullLimit ?? DEFAULT_PULL_LIMIT);
    if (page.leads.length > 0 || page.nextCursor !== cursor)
      changed += await applyLeadsPage(ctx.db, page, ctx.now());
    cursor = page.nextCursor;
    if (!page.hasMore) return changed;
  }
}
