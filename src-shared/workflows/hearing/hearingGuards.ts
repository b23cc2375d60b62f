/** Preconditions of public-hearing steps, each explaining its refusal. */
import type { z } from 'zod';
import { contextGuard, eventGuard, type GuardCheck } from '../guardCheck';
import type { EventsFromSchemas } from '../machineEvent';
import { fail, firstFailure, pass, type GuardVerdict } from '../refusal';
import {
  AdministrativeAgendaItem,
  agendaOrder,
  OfficerCriterion,
  type HearingProcedure,
} from './hearingLists';
import type { hearingSchemas } from './hearingSchemas';
import { followsMajority, majorityPosition, type Majority } from './majority';
import { isNoticeInTime } from './noticeInTime';
import { checkSelection } from './officerSelection';
import { OFFICER_COUNT_RULE, requiredOfficerCount } from './officerRules';
import { checkTranscriptSigned } from './transcriptSignatures';

export type HearingEvent = EventsFromSchemas<typeof hearingSchemas>;
type Data<K extends keyof typeof hearingSchemas> = z.infer<(typeof hearingSchemas)[K]>;

export type HearingContext = {
  caseId: string;
  procedure: HearingProcedure;
  involvesMinor: boolean;
  approval?: Data<'approveHearing'>;
  refusal?: Data<'refuseHearing'>;
  officers: Data<'addOfficer'>[];
  /** Absent in snapshots made before selections were recorded. */
  selections?: Omit<Data<'selectOfficers'>, 'officers'>[];
  /** Administrative hearings: the Arts. 69–75 checklist, confirmed in session. */
  administrativeAgenda?: Data<'confirmAdministrativeAgenda'>;
  publicNotice?: Data<'publishPublicNotice'>;
  notice?: Data<'sendNotice'>;
  postponements: Data<'postpone'>[];
  opening?: Data<'openHearing'>;
  agenda: Data<'logAgendaStep'>[];
  opinions: Data<'recordOpinion'>[];
  records?: Data<'completeRecords'>;
  decision?: Data<'decide'> & { majority: Majority; followsMajority: boolean };
};
type Guard = GuardCheck<HearingContext, HearingEvent>;

/** The minimum notice in days (3: 民事规则 Art. 56, 行政规则 Art. 70, 听证规定). */
export const NOTICE_MINIMUM_DAYS = 3;

export function checkOfficer(context: HearingContext, officer: Data<'addOfficer'>): GuardVerdict {
  const failed = Object.values(OfficerCriterion).filter((id) => !officer.eligibility[id]);
  return firstFailure(
    () =>
      context.officers.some((o) => o.officerId === officer.officerId)
        ? fail('workflow.refusal.officerDuplicate', { officerId: officer.officerId })
        : pass,
    () => (failed.length > 0 ? fail('workflow.refusal.officerIneligible', { failed }) : pass),
    () =>
      officer.conflictDeclaration.hasConflict ? fail('workflow.refusal.officerConflict') : pass,
  );
}

/** Officers chosen (a 人民监督员 among them for administrative cases), notice in time. */
export function checkNotice(context: HearingContext, notice: Data<'sendNotice'>): GuardVerdict {
  return firstFailure(
    () => checkPanel(context),
    () =>
      notice.noticeInTime &&
      isNoticeInTime(notice.noticeDate, notice.hearingDate, NOTICE_MINIMUM_DAYS)
        ? pass
        : fail('workflow.refusal.noticeTooLate', {
            noticeDate: notice.noticeDate,
            hearingDate: notice.hearingDate,
            minimumDays: NOTICE_MINIMUM_DAYS,
          }),
  );
}

export function checkPanel(context: HearingContext): GuardVerdict {
  if (context.officers.length === 0) return fail('workflow.refusal.noOfficers');
  const required = requiredOfficerCount(context.approval?.officerCount);
  const unselected = context.officers.filter((o) => o.selection === undefined).map((o) => o.name);
  return firstFailure(
    () =>
      context.officers.length < required
        ? fail('workflow.refusal.tooFewOfficers', {
            count: context.officers.length,
            required,
            confidence: context.approval?.officerCount ? 'approved' : OFFICER_COUNT_RULE.confidence,
          })
        : pass,
    () =>
      unselected.length > 0
        ? fail('workflow.refusal.officerSelectionMissing', { names: unselected })
        : pass,
    () =>
      context.procedure === 'administrative' && !context.officers.some((o) => o.isPeoplesSupervisor)
        ? fail('workflow.refusal.peoplesSupervisorRequired')
        : pass,
  );
}

/** Items of the administrative checklist not ticked (all of them when it was never confirmed). */
export function missingAdministrativeItems(
  agenda: Data<'confirmAdministrativeAgenda'> | undefined,
): AdministrativeAgendaItem[] {
  return Object.values(AdministrativeAgendaItem).filter((id) => agenda?.items[id] !== true);
}

export function checkHearingComplete(context: HearingContext): GuardVerdict {
  if (context.agenda.length < agendaOrder.length) {
    return fail('workflow.refusal.agendaIncomplete', { next: agendaOrder[context.agenda.length] });
  }
  const silent = context.officers
    .filter((o) => !context.opinions.some((op) => op.officerId === o.officerId))
    .map((o) => o.officerId);
  if (silent.length > 0) return fail('workflow.refusal.opinionsMissing', { officerIds: silent });
  const unticked = missingAdministrativeItems(context.administrativeAgenda);
  return context.procedure === 'administrative' && unticked.length > 0
    ? fail('workflow.refusal.administrativeAgendaIncomplete', { unticked })
    : pass;
}

export function checkDecision(context: HearingContext, decision: Data<'decide'>): GuardVerdict {
  const majority = majorityPosition(context.opinions.map((o) => o.position));
  if (followsMajority(majority, decision.adoptsProposal)) return pass;
  // A reported rule, not verified [U]: a warning the chief acknowledges, not a verified bar.
  return decision.deviationApproval?.approverRole === 'chiefProcurator'
    ? pass
    : fail('workflow.refusal.majorityDeviationNeedsAcknowledgement', {
        majority,
        requiredRole: 'chiefProcurator',
        confidence: 'U',
      });
}

export const hearingGuards = {
  opennessAllowed: eventGuard('approveHearing', (context, event) =>
    context.involvesMinor && event.data.openness === 'public'
      ? fail('workflow.refusal.minorCaseNotPublic')
      : pass,
  ),
  officerAcceptable: eventGuard('addOfficer', (context, event) =>
    checkOfficer(context, event.data),
  ),
  selectionAcceptable: eventGuard('selectOfficers', (context, event) =>
    firstFailure(
      () => checkSelection(event.data),
      ...event.data.officers.map(
        (officer, i) => () =>
          checkOfficer(
            { ...context, officers: [...context.officers, ...event.data.officers.slice(0, i)] },
            officer,
          ),
      ),
    ),
  ),
  administrativeAgendaApplies: contextGuard((context: HearingContext) =>
    context.procedure === 'administrative'
      ? pass
      : fail('workflow.refusal.administrativeAgendaNotApplicable'),
  ),
  officerKnown: eventGuard('removeOfficer', (context, event) =>
    context.officers.some((o) => o.officerId === event.data.officerId)
      ? pass
      : fail('workflow.refusal.unknownOfficer'),
  ),
  noticeReady: eventGuard(
    'sendNotice',
    (context, event) => checkNotice(context, event.data),
    checkPanel,
  ),
  publicNoticeIfPublic: contextGuard((context: HearingContext) =>
    context.approval?.openness === 'public' && !context.publicNotice
      ? fail('workflow.refusal.publicNoticeRequired')
      : pass,
  ),
  nextAgendaStep: eventGuard('logAgendaStep', (context, event) => {
    const expected = agendaOrder[context.agenda.length];
    return event.data.step === expected
      ? pass
      : fail('workflow.refusal.agendaOutOfOrder', { expected });
  }),
  opinionFromOfficer: eventGuard('recordOpinion', (context, event) =>
    context.officers.some((o) => o.officerId === event.data.officerId)
      ? pass
      : fail('workflow.refusal.unknownOfficer'),
  ),
  hearingComplete: contextGuard(checkHearingComplete),
  recordsComplete: eventGuard('completeRecords', (context, event) =>
    firstFailure(
      () => checkTranscriptSigned(context, event.data.transcript),
      () =>
        event.data.deliberation.signedByPresiding && event.data.deliberation.signedByOfficers
          ? pass
          : fail('workflow.refusal.deliberationUnsigned'),
      () =>
        context.procedure === 'administrative' && !event.data.avRecordingSha256
          ? fail('workflow.refusal.avRecordingRequired')
          : pass,
    ),
  ),
  majorityRespected: eventGuard('decide', (context, event) => checkDecision(context, event.data)),
} satisfies Record<string, Guard>;
