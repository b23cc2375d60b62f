/**
 * The lead side of a case edit that changes its status or result (leadOutcome.ts): every lead
 * that became this case gets the new outcome, as a row, an audit entry and an 'update' change of
 * `caseOutcome` only, written in the case's own transaction (updateCase.ts). A dismissed lead's
 * outcome is its reason, which already travels with its status.
 */
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { leadCaseOutcome, type LeadCaseOutcome } from '../../../src-shared/domain/leadOutcome';
import type { Actor } from './actor';
import { AuditAction } from './auditActions';
import type { AuditDraft } from './auditedWrite';
import type { JianhuDb } from './database';
import type { NewChange } from './outbox';
import type { LeadRow } from './rowTypes';

export type LeadOutcomeWrite = {
  row: LeadRow;
  audit: AuditDraft;
  change: NewChange;
};

/**
 * The leads that became `caseId`. Leads are few (a unit's model lists: hundreds), and a case's
 * status changes a handful of times, so a scan beats a new index and its database migration.
 */
export function leadsOfCase(db: JianhuDb, caseId: string): Promise<LeadRow[]> {
  return db.leads
    .filter((lead) => lead.status === 'becameCase' && lead.caseId === caseId)
    .toArray();
}

/** The writes that report `record`'s outcome on each of `leads`; `firstSeq` numbers the rows. */
export function leadOutcomeWrites(
  leads: readonly LeadRow[],
  record: Pick<CaseRecord, 'status' | 'result'>,
  actor: Actor,
  at: string,
  firstSeq: number,
): LeadOutcomeWrite[] {
  const outcome: LeadCaseOutcome = leadCaseOutcome(record, at);
  return leads.map((lead, i) => ({
    row: { ...lead, caseOutcome: outcome, seq: firstSeq + i, updatedAt: at },
    audit: {
      userId: actor.userId,
      action: AuditAction.leadOutcome,
      entity: 'lead',
      entityId: lead.id,
      success: true,
      // The result is the case's own text; the audit keeps whether there is one, not its words.
      diff: {
        caseId: lead.caseId,
        caseStatus: outcome.caseStatus,
        isClosed: outcome.isClosed,
        hasResult: outcome.result !== null,
      },
    },
    change: {
      entity: 'lead',
      entityId: lead.id,
      op: 'update',
      baseRev: lead.rev,
      patch: { caseOutcome: outcome },
      deviceTime: at,
    },
  }));
}
