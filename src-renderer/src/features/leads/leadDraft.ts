/** A new case card prefilled from a lead: its title, its content as the facts, its parties. */
import { classifyLeadParty } from '../../../../src-shared/domain/leadPartyKind';
import { emptyDraft, emptyParty, type CaseDraft, type PartyDraft } from '../cases';
import type { LeadRow } from '../../db/rowTypes';

function partyFromLead(party: LeadRow['parties'][number], isFirstPerson: boolean): PartyDraft {
  const kind = classifyLeadParty(party);
  // A person the list gives no role: the first one applies, the others are other parties.
  const role = kind.role ?? (isFirstPerson ? 'applicant' : 'otherParty');
  return { ...emptyParty(role), name: kind.name, idType: kind.idType, sex: kind.sex };
}

export function caseDraftFromLead(lead: LeadRow, handlerId: string, today: string): CaseDraft {
  const base = emptyDraft(handlerId, today);
  const firstPerson = lead.parties.findIndex((p) => !classifyLeadParty(p).isOrganisation);
  const parties = lead.parties.map((p, i) => partyFromLead(p, i === firstPerson));
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
