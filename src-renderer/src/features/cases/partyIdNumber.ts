/** What typing an ID number does to a party being edited: checks it and fills in what it says. */
import { checkResidentIdAsTyped, residentIdFacts } from '../../../../src-shared/domain/residentId';
import type { PartyDraft } from './caseDraft';

/** The party with the number typed; a complete resident ID also gives birth date and sex. */
export function withIdNumber(party: PartyDraft, idNumber: string): PartyDraft {
  const next = { ...party, idNumber };
  if (party.idType !== 'residentId') return next;
  const facts = residentIdFacts(idNumber);
  return facts ? { ...next, birthDate: facts.birthDate, sex: facts.sex } : next;
}

/** The i18n key of what is already wrong with the number being typed, if anything. */
export function idNumberProblemKey(party: PartyDraft): string | undefined {
  if (party.idType !== 'residentId') return undefined;
  const problem = checkResidentIdAsTyped(party.idNumber);
  return problem ? `validation.residentId.${problem}` : undefined;
}
