/** Public surface of the workflows module (issue 3). */
export {
  attemptTransition,
  availableEvents,
  currentStep,
  redactStepData,
  startWorkflow,
  type ActingContext,
  type AvailableEvent,
  type StartResult,
  type StepRecord,
  type TransitionResult,
  type WorkflowEventInput,
} from './engine';
export { WorkflowKind, workflowKinds, isWorkflowKind } from './workflowKind';
export type { StepMeta, EventDef, LegalBasis, TimeLimitRef, DataCondition } from './stepMeta';
export {
  conditionsHold,
  conditionsOf,
  ruleApplies,
  timeLimitsOf,
  valueAtPath,
} from './timeLimitRules';
export { RefusalCode, type Refusal } from './refusal';
export { refusalKeys, type RefusalKey } from './refusalKeys';
export type { PersistedWorkflowSnapshot } from './persistedSnapshot';
export { serializeWorkflowSnapshot, deserializeWorkflowSnapshot } from './snapshotCodec';
export { workflowCatalog, workflowsForCaseType } from './catalog';
export type { WorkflowDefinition } from './workflowDefinition';
export { WorkflowDocumentId } from './documentIds';
export { workflowLists, listLabelKey, calculatorKeys } from './lists';
export {
  calculateAssistanceAmount,
  type AssistanceAmount,
  type AssistanceAmountInput,
  type AssistanceAmountResult,
  type ApprovalThreshold,
} from './assistance/assistanceAmount';
export {
  chooseWageBase,
  defaultWageBaseTable,
  findWageBase,
  monthlyWageBase,
  wageBaseTableSchema,
  wageBaseYearFor,
  type WageBaseChoice,
  WageSeries,
  type WageBaseEntry,
  type WageBaseTable,
} from './assistance/wageBase';
export { assistanceSituations, assistanceExclusions } from './assistance/assistanceLists';
export { instalmentStatuses, type InstalmentStatus } from './reconciliation/performanceStatus';
export { isNoticeInTime, calendarDaysBetween } from './hearing/noticeInTime';
export { majorityPosition, followsMajority } from './hearing/majority';
export { agendaOrder } from './hearing/hearingLists';
export { drawFromPool } from './hearing/officerDraw';
export {
  buildSelection,
  officerPoolEntrySchema,
  officerPoolSchema,
  type OfficerPoolEntry,
  type SelectionRequest,
} from './hearing/officerPool';
export { OFFICER_COUNT_RULE, requiredOfficerCount } from './hearing/officerRules';
export { transcriptSigners } from './hearing/transcriptSignatures';
export { currentCplArticle, cplRenumbering, CplEdition } from './legal/cplRenumbering';
export { statutes, StatuteId } from './legal/statutes';
export { checkCitation, type CitationProblem } from './legal/checkCitation';
export {
  APPROVAL_FIELDS,
  APPROVER_FIELDS,
  approvalDigest,
  approvalNeedOf,
  withApprover,
  type ApprovalNeed,
  type Confirmer,
} from './approvals';
export { CASE_REMINDER_RULES, type CaseReminderRule } from './caseReminderRules';
export {
  decisionBasis,
  decisionReasoning,
  prefillApplication,
  prefillHarm,
  prefillInform,
  situationsOf,
  type DecisionCitation,
  type WageHarmFacts,
} from './assistance/assistancePrefill';
export {
  DEFAULT_LOCAL_LIMITS,
  NATIONAL_MONTHS_CAP,
  localLimitsSchema,
  withLocalLimits,
  type LocalLimits,
  type LocalLimitsInput,
} from './localLimits';
