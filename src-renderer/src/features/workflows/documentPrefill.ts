/**
 * First drafts of a document's data from what the app already knows: the case card, the
 * workflow's accumulated data, the unit and the user. The person completes the rest in the
 * generated form (reasoning, legal basis…); the template's schema has the last word.
 */
import type { TFunction } from 'i18next';
import type { CaseRecord, Party } from '../../../../src-shared/domain/caseCard';
import type { DocumentTemplateId } from '../../../../src-shared/documents';
import {
  decisionBasis,
  decisionReasoning,
  listLabelKey,
  situationsOf,
  statutes,
  type StatuteId,
} from '../../../../src-shared/workflows';
import { valueAtPath } from '../../db/workflowDue';
import type { FormValues } from './form/formValues';

export type DocumentEnv = {
  caseRecord: CaseRecord;
  context: Record<string, unknown>;
  unitName: string;
  userName: string;
  today: string;
  /** Always the Chinese texts: documents are written in Chinese whatever the UI language. */
  zh: TFunction;
};

const at = (env: DocumentEnv, path: string): unknown => valueAtPath(env.context, path);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];

function person(party: Party | undefined): FormValues {
  if (!party) return {};
  const { name, sex, birthDate, ethnicity, occupation, address, idType, idNumber } = party;
  return { name, sex, birthDate, ethnicity, occupation, address, idType, idNumber };
}

const firstOf = (env: DocumentEnv, roles: readonly string[]) =>
  env.caseRecord.parties.find((p) => roles.includes(p.role));
const applicant = (env: DocumentEnv) =>
  firstOf(env, ['applicant', 'victim', 'closeRelative']) ?? env.caseRecord.parties[0];
const respondent = (env: DocumentEnv) => firstOf(env, ['respondent', 'organisation', 'adminOrgan']);

function originalCase(env: DocumentEnv): FormValues {
  const court = env.caseRecord.courtCases[0];
  return court ? { court: court.court, number: court.number } : {};
}

/** The workflow's citations (statute table ids) as the documents cite them (titles). */
function citations(value: unknown): FormValues[] {
  return list(value).map((c) => ({
    law: statutes[c['statuteId'] as StatuteId].title,
    article: c['article'],
    ...(typeof c['edition'] === 'string' ? { edition: c['edition'] } : {}),
  }));
}

function grounds(env: DocumentEnv): FormValues[] {
  return list(at(env, 'grounds')).map((g) => ({
    ground: g['summary'],
    response: valueAtPath(g, 'answer.response'),
    citations: citations(valueAtPath(g, 'answer.citations')),
  }));
}

function officers(env: DocumentEnv): FormValues[] {
  return list(at(env, 'officers')).map((o) => ({
    name: o['name'],
    identity: env.zh(
      o['isPeoplesSupervisor'] === true
        ? 'workflowsUi.doc.peoplesSupervisor'
        : 'workflowsUi.doc.hearingOfficer',
    ),
  }));
}

/** Workflow agenda steps → the transcript's own step ids. */
const transcriptStep: Readonly<Record<string, string>> = {
  introduceCase: 'introduction',
  partiesState: 'statements',
  officersAsk: 'questions',
  recessDeliberate: 'recess',
  officersOpinion: 'officersOpinion',
  finalStatements: 'finalStatements',
  summingUp: 'summary',
};

function hearingCommon(env: DocumentEnv): FormValues {
  const openedAt = text(at(env, 'opening.openedAt'));
  return {
    heldOn: openedAt?.slice(0, 10) ?? text(at(env, 'notice.hearingDate')),
    startTime: openedAt?.slice(11, 16),
    place: at(env, 'notice.venue'),
    isPublic: at(env, 'approval.openness') === 'public',
    presiding: {
      name: at(env, 'notice.presidingProcurator'),
      title: env.zh('workflowsUi.doc.procurator'),
    },
    clerk: { name: at(env, 'opening.clerk'), title: env.zh('workflowsUi.doc.clerk') },
    officers: officers(env),
  };
}

/** The base, cap and advance the assistance documents check the amount against. */
function assistanceBase(env: DocumentEnv): FormValues {
  const annual = at(env, 'amount.wageBase.annualWage');
  return {
    // Shown to the fen; the check itself works from the annual wage, as the calculator does.
    monthlyBase: typeof annual === 'number' ? Math.round((annual * 100) / 12) / 100 : undefined,
    annualWage: annual,
    capMonths: at(env, 'config.monthsCap'),
    advance: at(env, 'advance.approval.amount'),
    overCapReason: at(env, 'amount.exceedReason'),
  };
}

/**
 * What a wage-arrears card still claims: owed minus recovered, in fen, when positive (a support
 * opinion's claim amount). Undefined for other cards or an empty amount.
 */
export function outstandingWages(record: Pick<CaseRecord, 'typeDetails'>): number | undefined {
  const card = record.typeDetails;
  if (card?.kind !== 'wageArrears' || card.amountOwed === undefined) return undefined;
  const fen = Math.round(card.amountOwed * 100) - Math.round((card.amountRecovered ?? 0) * 100);
  return fen > 0 ? fen / 100 : undefined;
}

/** The defendant: the respondent party, or else the employer the wage-arrears card names. */
function defendant(env: DocumentEnv): FormValues {
  const party = respondent(env);
  if (party) return person(party);
  const card = env.caseRecord.typeDetails;
  return card?.kind === 'wageArrears' && card.employer ? { name: card.employer } : {};
}

/** 本院认为 and the legal basis, from the situations the review found (Art. 7 items). */
function assistanceGrounds(env: DocumentEnv): FormValues {
  const situations = situationsOf(at(env, 'eligibility.situations'));
  if (situations.length === 0) return {};
  return {
    reasoning: decisionReasoning({
      applicantName: applicant(env)?.name ?? '',
      situationLabels: situations.map((s) => env.zh(listLabelKey('assistanceSituation', s))),
      situationNote: text(at(env, 'eligibility.situationNote')),
    }),
    basis: decisionBasis(situations),
  };
}

type Prefill = (env: DocumentEnv) => FormValues;

const prefills: Readonly<Record<DocumentTemplateId, Prefill>> = {
  'assistance.approvalForm': (env) => ({
    filledOn: env.today,
    sourceCase: {
      cause: env.caseRecord.title,
      number: at(env, 'sourceCaseId') ?? originalCase(env)['number'],
    },
    applicant: person(applicant(env)),
    phone: applicant(env)?.phone,
    relationToVictim: env.zh(
      listLabelKey('applicantRelation', String(at(env, 'application.applicantRelation'))),
    ),
    eligibility: strings(at(env, 'eligibility.situations'))
      .map((s) => env.zh(listLabelKey('assistanceSituation', s)))
      .join('；'),
    harm: at(env, 'harm.description'),
    compensation: env.zh('workflowsUi.doc.compensation', {
      amount: at(env, 'harm.compensationReceived') ?? 0,
    }),
    amount: {
      region: env.zh('workflowsUi.doc.defaultRegion'),
      baseYear: at(env, 'amount.wageBase.dataYear'),
      months: at(env, 'amount.months'),
      proposed: at(env, 'amount.result.amount'),
      ...assistanceBase(env),
    },
    handlerOpinion: {
      officer: { name: env.userName, title: env.zh('workflowsUi.doc.procurator') },
      date: env.today,
    },
  }),
  'assistance.decision': (env) => ({
    applicant: person(applicant(env)),
    appliedOn: at(env, 'application.receivedOn'),
    facts: env.caseRecord.facts || undefined,
    ...assistanceGrounds(env),
    amount: at(env, 'decision.amount') ?? at(env, 'amount.result.amount'),
    cap: assistanceBase(env),
    decidedOn: at(env, 'decision.decidedOn') ?? env.today,
  }),
  'assistance.refusalNotice': (env) => ({
    applicant: person(applicant(env)),
    appliedOn: at(env, 'application.receivedOn'),
    reasoning: at(env, 'refusal.reasoning'),
    decidedOn: at(env, 'refusal.decidedOn') ?? env.today,
  }),
  'reconciliation.agreement': (env) => ({
    applicant: person(applicant(env)),
    respondent: person(respondent(env)),
    originalCase: originalCase(env),
    terms: text(at(env, 'agreement.terms')) ? [at(env, 'agreement.terms')] : [],
    instalments: list(at(env, 'agreement.schedule')).map((i) => ({
      amount: i['amount'],
      dueOn: i['dueOn'],
    })),
    waivesSupervision: at(env, 'agreement.waivesSupervision'),
  }),
  'review.terminationDecision': (env) => {
    const isAdmin = at(env, 'variant') === 'admin';
    return {
      applicant: person(applicant(env)),
      originalCase: originalCase(env),
      acceptedOn: env.caseRecord.acceptedAt ?? at(env, 'reviewStartedOn'),
      ground: {
        kind: 'reconciliationWaiver',
        agreementSignedOn: at(env, 'signing.signedOn'),
        agreementWaivesSupervision: at(env, 'agreement.waivesSupervision'),
        noHarm: at(env, 'legality') !== undefined,
      },
      basis: [
        { law: statutes[isAdmin ? 'adminRules' : 'civilRules'].title, article: isAdmin ? 81 : 73 },
      ],
      decidedOn: at(env, 'termination.decidedOn') ?? env.today,
    };
  },
  'supervision.notSupportedDecision': (env) => ({
    applicant: person(applicant(env)),
    originalCase: originalCase(env),
    acceptedOn: env.caseRecord.acceptedAt,
    request: env.caseRecord.claims || undefined,
    grounds: grounds(env),
    facts: at(env, 'draft.facts'),
    legalStandard: citations(at(env, 'draft.legalStandard')),
    conclusion: at(env, 'draft.conclusion'),
    remedies: at(env, 'draft.remedies'),
    socialAssistance: at(env, 'draft.socialAssistance'),
    decidedOn: at(env, 'trigger.decidedOn') ?? env.today,
  }),
  'reasoning.record': (env) => ({
    matter: env.zh(listLabelKey('reasoningTrigger', String(at(env, 'trigger.kind')))),
    heldOn: at(env, 'delivery.deliveredOn') ?? env.today,
    place: at(env, 'delivery.place'),
    mode: at(env, 'delivery.mode') === 'publicHearing' ? 'hearing' : at(env, 'delivery.mode'),
    explainedBy: { name: env.userName, title: env.zh('workflowsUi.doc.procurator') },
    recorder: { title: env.zh('workflowsUi.doc.clerk') },
    subject: person(applicant(env)),
    subjectCapacity: env.zh('workflowsUi.doc.applicant'),
    attendees: list(at(env, 'delivery.attendees')).map((a) => ({
      name: a['name'],
      capacity: env.zh(listLabelKey('attendeeCapacity', String(a['capacity']))),
    })),
    grounds: grounds(env),
    citations: citations(at(env, 'draft.legalStandard')),
    reaction: at(env, 'reaction.reaction'),
  }),
  'hearing.notice': (env) => ({
    addressee: { name: applicant(env)?.name, capacity: env.zh('workflowsUi.doc.applicant') },
    hearingOn: at(env, 'notice.hearingDate') ?? at(env, 'approval.plannedHearingDate'),
    place: at(env, 'notice.venue'),
    isPublic: at(env, 'approval.openness') === 'public',
    presiding: {
      name: at(env, 'notice.presidingProcurator'),
      title: env.zh('workflowsUi.doc.procurator'),
    },
    officers: officers(env),
    noticeOn: at(env, 'notice.noticeDate') ?? env.today,
    contactName: env.userName,
  }),
  'hearing.transcript': (env) => ({
    ...hearingCommon(env),
    participants: strings(at(env, 'notice.participantsNotified')).map((name) => ({
      name,
      capacity: env.zh('workflowsUi.doc.participant'),
    })),
    entries: list(at(env, 'agenda')).map((a) => ({
      step: transcriptStep[String(a['step'])],
      content: a['summary'],
    })),
  }),
  'hearing.deliberation': (env) => {
    const opinions = list(at(env, 'opinions'));
    return {
      ...hearingCommon(env),
      question: at(env, 'approval.reason'),
      officers: list(at(env, 'officers')).map((o) => ({
        name: o['name'],
        identity: env.zh('workflowsUi.doc.hearingOfficer'),
        opinion: opinions.find((op) => op['officerId'] === o['officerId'])?.['reasons'],
      })),
    };
  },
  'support.opinion': (env) => ({
    plaintiff: person(applicant(env)),
    defendant: defendant(env),
    claims: env.caseRecord.claims ? [env.caseRecord.claims] : [],
    claimAmount: outstandingWages(env.caseRecord),
    facts: env.caseRecord.facts || undefined,
    decidedOn: env.today,
  }),
  'recommendation.letter': (env) => ({
    facts: env.caseRecord.facts || undefined,
    issuedOn: env.today,
  }),
  'protest.protest': (env) => ({
    originalCase: originalCase(env),
    applicant: person(applicant(env)),
    otherParties: respondent(env) ? [person(respondent(env))] : [],
    facts: env.caseRecord.facts || undefined,
    decidedOn: env.today,
  }),
};

/** The draft data of a document: the shared header plus the template's own prefill. */
export function prefillDocument(templateId: DocumentTemplateId, env: DocumentEnv): FormValues {
  return {
    procuratorate: env.unitName,
    caseRef: { title: env.caseRecord.title, provisionalNo: env.caseRecord.provisionalNo },
    ...prefills[templateId](env),
  };
}
