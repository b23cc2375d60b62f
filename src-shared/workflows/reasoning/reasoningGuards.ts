/** Preconditions of reasoning steps: every ground answered, citations current. */
import type { z } from 'zod';
import { contextGuard, eventGuard, type GuardCheck } from '../guardCheck';
import { currentCplArticle, type CplEdition } from '../legal/cplRenumbering';
import { statutes } from '../legal/statutes';
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

const isCplEdition = (edition: string): edition is CplEdition =>
  ['2017', '2021', '2023'].includes(edition);

/** A citation in an older edition's numbering is refused, with the current number when known. */
export function checkCitations(citations: readonly Citation[]): GuardVerdict {
  for (const citation of citations) {
    const { edition, statuteId, article } = citation;
    if (edition === undefined || edition === statutes[statuteId].currentEdition) continue;
    const suggested =
      statuteId === 'cpl' && isCplEdition(edition)
        ? currentCplArticle(article, edition)
        : undefined;
    return fail('workflow.refusal.outdatedCitation', {
      statuteId,
      article,
      edition,
      currentEdition: statutes[statuteId].currentEdition,
      ...(suggested === undefined ? {} : { suggestedArticle: suggested }),
    });
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
