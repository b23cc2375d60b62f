/** Preconditions of reasoning steps: every ground answered, citations current. */
import type { z } from 'zod';
import { contextGuard, eventGuard, type GuardCheck } from '../guardCheck';
import { checkCitation } from '../legal/checkCitation';
import type { EventsFromSchemas } from '../machineEvent';
import { fail, firstFailure, pass, type GuardVerdict } from '../refusal';
import type { Citation, reasoningSchemas } from './reasoningSchemas';

export type ReasoningEvent = EventsFromSchemas<typeof reasoningSchemas>;
type Data<K extends keyof typeof reasoningSchemas> = z.infer<(typeof reasoningSchemas)[K]>;

export type ReasoningContext = {
  caseId: string;
  trigger: { kind: string; decidedOn?: string; relatedWorkflowId?: string };
  /** The applicant's grounds, each with the procurator's response once answered. */
  grounds: (Data<'addGround'> & { answer?: Omit<Data<'answerGround'>, 'groundId'> })[];
  draft?: Data<'completeDraft'>;
  delivery?: Data<'deliver'>;
  reaction?: Data<'recordReaction'>;
  visits: Data<'recordFollowUpVisit'>[];
  completion?: Data<'complete'>;
};
type Guard = GuardCheck<ReasoningContext, ReasoningEvent>;

/**
 * Each citation against the edition table (legal/checkCitation.ts): an older edition's number is
 * refused with the current number when known; without an edition a moved topic's old number is
 * refused too, unless the current edition is marked.
 */
export function checkCitations(citations: readonly Citation[]): GuardVerdict {
  for (const citation of citations) {
    const { statuteId, article, edition } = citation;
    const problem = checkCitation({ statute: { id: statuteId }, article, edition });
    if (problem === undefined) continue;
    const { kind, ...rest } = problem;
    return fail(
      kind === 'supersededInstrument'
        ? 'workflow.refusal.supersededInstrument'
        : 'workflow.refusal.outdatedCitation',
      { statuteId, article, ...rest },
    );
  }
  return pass;
}

/** Boilerplate that skips a ground is the pitfall DOMAIN.md §5 names: each needs an answer. */
export function checkAllGroundsAnswered(context: ReasoningContext): GuardVerdict {
  if (context.grounds.length === 0) return fail('workflow.refusal.noGrounds');
  const open = context.grounds.filter((g) => !g.answer).map((g) => g.groundId);
  return open.length > 0 ? fail('workflow.refusal.unansweredGround', { groundIds: open }) : pass;
}

export const reasoningGuards = {
  groundNew: eventGuard('addGround', (context, event) =>
    context.grounds.some((g) => g.groundId === event.data.groundId)
      ? fail('workflow.refusal.duplicateGround', { groundId: event.data.groundId })
      : pass,
  ),
  answerValid: eventGuard('answerGround', (context, event) =>
    firstFailure(
      () =>
        context.grounds.some((g) => g.groundId === event.data.groundId)
          ? pass
          : fail('workflow.refusal.unknownGround', { groundId: event.data.groundId }),
      () => checkCitations(event.data.citations),
    ),
  ),
  draftComplete: eventGuard(
    'completeDraft',
    (context, event) =>
      firstFailure(
        () => checkAllGroundsAnswered(context),
        () => checkCitations(event.data.legalStandard),
      ),
    checkAllGroundsAnswered,
  ),
  followUpDone: contextGuard((context) =>
    context.reaction?.reaction === 'continuesPetition' && context.visits.length === 0
      ? fail('workflow.refusal.followUpRequired')
      : pass,
  ),
} satisfies Record<string, Guard>;
