/** The leads page's writes: each one a repository command acting as the signed-in user. */
import type { LeadStatusChange } from '../../../../src-shared/domain/leadStatus';
import { currentActor } from '../../app/actor';
import { getDb } from '../../db/database';
import { changeLeadStatus, type LeadResult } from '../../db/leadRepository';

async function moveLead(leadId: string, change: LeadStatusChange): Promise<LeadResult> {
  return changeLeadStatus(getDb(), await currentActor(), leadId, change, new Date());
}

export function startVerifying(leadId: string): Promise<LeadResult> {
  return moveLead(leadId, { to: 'verifying' });
}

export function dismissLead(leadId: string, reason: string): Promise<LeadResult> {
  return moveLead(leadId, { to: 'dismissed', reason });
}

export function recordBecameCase(leadId: string, caseId: string): Promise<LeadResult> {
  return moveLead(leadId, { to: 'becameCase', caseId });
}
