/**
 * Every data list whose members the UI shows by label (`workflow.lists.<list>.<id>`), so one
 * test can check each label exists in both locale files.
 */
import { Department } from '../domain/codes';
import {
  ApplicantRelation,
  AssistanceExclusion,
  AssistanceMaterial,
  AssistanceSituation,
  ContactMethod,
  HarmKind,
  NoCompensationReason,
  PaymentMethod,
  ReferralAgency,
} from './assistance/assistanceLists';
import { WageSeries } from './assistance/wageBase';
import { AmountProblemKind } from './assistance/assistanceAmount';
import {
  AdministrativeAgendaItem,
  AgendaStep,
  HearingOpenness,
  HearingProcedure,
  OfficerCriterion,
  OfficerPosition,
  OfficerSelectionMethod,
} from './hearing/hearingLists';
import { PeriodStartKind } from './intake/intakeWorkflow';
import { ProtestMeasure } from './light/protestWorkflow';
import { RecommendationType } from './light/recommendationWorkflow';
import { StatuteId } from './legal/statutes';
import {
  ApplicantReaction,
  AttendeeCapacity,
  DeliveryMode,
  ReasoningTrigger,
} from './reasoning/reasoningLists';
import {
  AmendmentKind,
  ExcludedPeriodReason,
  ParticipantKind,
  ReminderMethod,
} from './reconciliation/reconciliationSchemas';

export const workflowLists = {
  assistanceSituation: AssistanceSituation,
  assistanceExclusion: AssistanceExclusion,
  assistanceMaterial: AssistanceMaterial,
  referralAgency: ReferralAgency,
  applicantRelation: ApplicantRelation,
  noCompensationReason: NoCompensationReason,
  harmKind: HarmKind,
  paymentMethod: PaymentMethod,
  contactMethod: ContactMethod,
  wageSeries: WageSeries,
  participantKind: ParticipantKind,
  excludedPeriodReason: ExcludedPeriodReason,
  reminderMethod: ReminderMethod,
  amendmentKind: AmendmentKind,
  reasoningTrigger: ReasoningTrigger,
  deliveryMode: DeliveryMode,
  applicantReaction: ApplicantReaction,
  attendeeCapacity: AttendeeCapacity,
  hearingProcedure: HearingProcedure,
  hearingOpenness: HearingOpenness,
  officerCriterion: OfficerCriterion,
  agendaStep: AgendaStep,
  officerPosition: OfficerPosition,
  officerSelectionMethod: OfficerSelectionMethod,
  administrativeAgendaItem: AdministrativeAgendaItem,
  recommendationType: RecommendationType,
  periodStartKind: PeriodStartKind,
  protestMeasure: ProtestMeasure,
  statute: StatuteId,
  leadDepartment: Department,
} as const;

export type WorkflowListName = keyof typeof workflowLists;

export function listLabelKey(list: WorkflowListName, id: string): string {
  return `workflow.lists.${list}.${id}`;
}

/** Every calculator message key (`workflow.calculator.<problem>`). */
export const calculatorKeys = Object.values(AmountProblemKind).map(
  (p) => `workflow.calculator.${p}`,
);
