/**
 * First proposals for the assistance steps from what is already on record: the case card (its
 * department, parties and wage-arrears card) and the steps taken. Every value is only proposed:
 * the person sees it in the form and may change it, and the engine's checks run on what is sent,
 * so no legal check is skipped by a prefill.
 */
import type { CaseCard } from '../../domain/caseCard';
import type { Department } from '../../domain/codes';
import { Instrument } from '../legal/instruments';
import { AssistanceSituation, assistanceSituations } from './assistanceLists';

/** 告知: the lead came from the department handling the case (主动告知 by its handler). */
export function prefillInform(card: Pick<CaseCard, 'department'>): { leadFrom: Department } {
  return { leadFrom: card.department };
}

/**
 * 接收申请: the applicant is the victim himself when the case names a victim or applicant and no
 * close relative (a relative applying on the victim's behalf is recorded as one on the case).
 */
export function prefillApplication(card: Pick<CaseCard, 'parties'>): {
  applicantRelation?: 'victim';
} {
  const roles = card.parties.map((p) => p.role);
  const isOwnApplication =
    roles.some((r) => r === 'applicant' || r === 'victim') && !roles.includes('closeRelative');
  return isOwnApplication ? { applicantRelation: 'victim' } : {};
}

/** The wage-arrears figures a harm description is written from. */
export type WageHarmFacts = {
  amountOwed?: number;
  employer?: string;
  projectName?: string;
};

/**
 * 损害情况 from the wage-arrears card: unpaid wages are a property loss of the amount owed, and
 * what has been recovered is compensation received. Nothing for other cards or none.
 */
export function prefillHarm(card: Pick<CaseCard, 'typeDetails'>): {
  kind?: 'propertyLoss';
  propertyLoss?: number;
  compensationReceived?: number;
  facts?: WageHarmFacts;
} {
  const details = card.typeDetails;
  if (details?.kind !== 'wageArrears') return {};
  const { amountOwed, amountRecovered, employer, projectName } = details;
  return {
    kind: 'propertyLoss',
    ...(amountOwed === undefined ? {} : { propertyLoss: amountOwed }),
    ...(amountRecovered === undefined ? {} : { compensationReceived: amountRecovered }),
    facts: {
      ...(amountOwed === undefined ? {} : { amountOwed }),
      ...(employer ? { employer } : {}),
      ...(projectName ? { projectName } : {}),
    },
  };
}

/** A citation as the decision documents take it: instrument title, article, item. */
export type DecisionCitation = { law: string; article: number; item: number };

/**
 * The decision's legal basis: 细则 Art. 7, the item of each situation the review found (in the
 * article's order, each once).
 */
export function decisionBasis(situations: readonly string[]): DecisionCitation[] {
  const items = assistanceSituations
    .map((s, index) => ({ id: s.id, item: index + 1 }))
    .filter((s) => situations.includes(s.id));
  return items.map(({ item }) => ({ law: Instrument.assistanceRules, article: 7, item }));
}

/**
 * The decision's reasoning (本院认为), in Chinese as every document is: the note on the
 * applicant's situation, the situations the review found (their labels, given by the caller) and
 * the conclusion.
 */
export function decisionReasoning(input: {
  applicantName: string;
  situationLabels: readonly string[];
  situationNote?: string | undefined;
}): string {
  const note = input.situationNote?.trim().replace(/[。；，,.;]+$/, '') ?? '';
  const found = input.situationLabels.map((label) => `“${label}”`).join('、');
  return `申请人${input.applicantName}${note}${found ? `，属于${found}` : ''}，符合国家司法救助条件。`;
}

/** The situations recorded at the review, as ids this table knows. */
export function situationsOf(value: unknown): AssistanceSituation[] {
  const known = Object.values(AssistanceSituation) as string[];
  return Array.isArray(value)
    ? value.filter((v): v is AssistanceSituation => typeof v === 'string' && known.includes(v))
    : [];
}
