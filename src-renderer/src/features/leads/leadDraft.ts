/** A new case card prefilled from a lead: its title, its content as the facts, its parties. */
import { emptyDraft, emptyParty, type CaseDraft } from '../cases';
import type { LeadRow } from '../../db/rowTypes';

export function caseDraftFromLead(lead: LeadRow, handlerId: string, today: string): CaseDraft {
  const base = emptyDraft(handlerId, today);
  const parties = lead.parties.map((p, i) => ({
    ...emptyParty(i === 0 ? 'applicant' : 'otherParty'),
    name: p.name,
  }));
  return {
    ...base,
    title: lead.title,
    source: 'lead',
    focalPoint: lead.focalPoint ?? '',
    facts: lead.content,
    parties: parties.length > 0 ? parties : base.parties,
    // A wage-arrears lead's amount is the amount owed; other cards' amounts mean different things.
    typeDetails:
      lead.focalPoint === 'workers' && lead.amount !== null
        ? { amountOwed: String(lead.amount) }
        : {},
  };
}
