/**
 * The case form's editable state: strings as inputs hold them. Converted to the domain input
 * (empty → absent) only when saving, so the zod schema stays the single judge of validity.
 */
import type { CaseCardInput, CaseRecord, Party } from '../../../../src-shared/domain/caseCard';
import { uuidv7 } from '../../../../src-shared/domain/ids';
import { typeDetailsToDraft, typeDetailsToInput } from './typeDetailsDraft';
import { departmentForCaseType } from '../../../../src-shared/domain/caseDepartment';

export type PartyDraft = {
  id: string;
  role: string;
  name: string;
  sex: string;
  birthDate: string;
  ethnicity: string;
  occupation: string;
  employer: string;
  address: string;
  phone: string;
  idType: string;
  idNumber: string;
  flags: string[];
};

export type CourtCaseDraft = { number: string; court: string };

export type CaseDraft = {
  title: string;
  caseType: string;
  source: string;
  focalPoint: string;
  status: string;
  officialNo: string;
  courtCases: CourtCaseDraft[];
  adminOrgan: string;
  parties: PartyDraft[];
  agentName: string;
  agentKind: string;
  agentOrganisation: string;
  agentPhone: string;
  claims: string;
  facts: string;
  handlerId: string;
  department: string;
  receivedAt: string;
  acceptedAt: string;
  result: string;
  /** The fields of the focal point's card as typed (caseTypeDetails.ts), by field key. */
  typeDetails: Record<string, string>;
};

export function newPartyId(): string {
  return uuidv7(Date.now(), crypto.getRandomValues(new Uint8Array(16)));
}

export function emptyParty(role = 'applicant'): PartyDraft {
  return {
    id: newPartyId(),
    role,
    name: '',
    sex: 'unknown',
    birthDate: '',
    ethnicity: '',
    occupation: '',
    employer: '',
    address: '',
    phone: '',
    idType: 'residentId',
    idNumber: '',
    flags: [],
  };
}

export function emptyDraft(handlerId: string, today: string): CaseDraft {
  return {
    title: '',
    caseType: '',
    source: '',
    focalPoint: '',
    status: 'received',
    officialNo: '',
    courtCases: [],
    adminOrgan: '',
    parties: [emptyParty('applicant')],
    agentName: '',
    agentKind: '',
    agentOrganisation: '',
    agentPhone: '',
    claims: '',
    facts: '',
    handlerId,
    department: '',
    receivedAt: today,
    acceptedAt: '',
    result: '',
    typeDetails: {},
  };
}

const opt = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

function partyToInput(p: PartyDraft): Record<string, unknown> {
  return {
    id: p.id,
    role: p.role,
    name: p.name,
    sex: p.sex,
    birthDate: opt(p.birthDate),
    ethnicity: opt(p.ethnicity),
    occupation: opt(p.occupation),
    employer: opt(p.employer),
    address: opt(p.address),
    phone: opt(p.phone),
    idType: p.idType,
    idNumber: opt(p.idNumber),
    flags: p.flags,
  };
}

/** The draft as the domain's input; the repository validates it with caseCardSchema. */
export function draftToInput(d: CaseDraft): CaseCardInput {
  const input: Record<string, unknown> = {
    title: d.title,
    caseType: opt(d.caseType),
    source: opt(d.source),
    focalPoint: opt(d.focalPoint),
    status: opt(d.status),
    officialNo: opt(d.officialNo),
    courtCases: d.courtCases
      .filter((c) => c.number.trim() || c.court.trim())
      .map((c) => ({ number: c.number, court: opt(c.court) })),
    adminOrgan: opt(d.adminOrgan),
    parties: d.parties.map(partyToInput),
    agent: opt(d.agentName)
      ? {
          name: d.agentName,
          kind: opt(d.agentKind),
          organisation: opt(d.agentOrganisation),
          phone: opt(d.agentPhone),
        }
      : undefined,
    claims: d.claims,
    facts: d.facts,
    handlerId: d.handlerId,
    department: opt(d.department),
    receivedAt: d.receivedAt,
    acceptedAt: opt(d.acceptedAt),
    result: opt(d.result),
    typeDetails: typeDetailsToInput(d.focalPoint, d.typeDetails),
  };
  // Deliberately unchecked here: invalid drafts must reach the schema to get field-level issues.
  return input as CaseCardInput;
}

function partyToDraft(p: Party): PartyDraft {
  return {
    id: p.id,
    role: p.role,
    name: p.name,
    sex: p.sex,
    birthDate: p.birthDate ?? '',
    ethnicity: p.ethnicity ?? '',
    occupation: p.occupation ?? '',
    employer: p.employer ?? '',
    address: p.address ?? '',
    phone: p.phone ?? '',
    idType: p.idType,
    idNumber: p.idNumber ?? '',
    flags: [...p.flags],
  };
}

export function recordToDraft(r: CaseRecord): CaseDraft {
  return {
    title: r.title,
    caseType: r.caseType,
    source: r.source,
    focalPoint: r.focalPoint,
    status: r.status,
    officialNo: r.officialNo ?? '',
    courtCases: r.courtCases.map((c) => ({ number: c.number, court: c.court ?? '' })),
    adminOrgan: r.adminOrgan ?? '',
    parties: r.parties.map(partyToDraft),
    agentName: r.agent?.name ?? '',
    agentKind: r.agent?.kind ?? '',
    agentOrganisation: r.agent?.organisation ?? '',
    agentPhone: r.agent?.phone ?? '',
    claims: r.claims,
    facts: r.facts,
    handlerId: r.handlerId,
    department: r.department,
    receivedAt: r.receivedAt,
    acceptedAt: r.acceptedAt ?? '',
    result: r.result ?? '',
    typeDetails: typeDetailsToDraft(r.typeDetails),
  };
}

/** A chosen case type also proposes its usual department, unless one is chosen already. */
export function withCaseType(draft: CaseDraft, caseType: string): CaseDraft {
  const department = draft.department || (departmentForCaseType(caseType) ?? '');
  return { ...draft, caseType, department };
}
