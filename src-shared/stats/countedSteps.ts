/**
 * Which workflow steps the statistics of the special action count, and as what. A step counts
 * when a device synced it: the transition happened, with the data the engine checked. Amounts are
 * the step data's own `amount` (yuan); dates are the step's own date field where it has one.
 */
import { WorkflowKind } from '../workflows/workflowKind';

export type CountedStep = {
  readonly kinds: readonly WorkflowKind[];
  readonly event: string;
  /** The step data field holding the act's date; absent: the month of the step's `at`. */
  readonly dateField?: string;
  /**
   * Counted once per workflow: an agreement amended and signed again (补充/变更协议) is still one
   * reconciliation.
   */
  readonly oncePerWorkflow?: true;
};

const reconciliationKinds = [WorkflowKind.civilReconciliation, WorkflowKind.adminResolution];
const assistance = (event: string, dateField?: string): CountedStep =>
  dateField === undefined
    ? { kinds: [WorkflowKind.judicialAssistance], event }
    : { kinds: [WorkflowKind.judicialAssistance], event, dateField };

export const COUNTED_STEPS = {
  /** An application for judicial assistance received (申请受理). */
  assistanceApplication: assistance('receiveApplication'),
  /** A decision to grant assistance, with the amount decided (救助决定). */
  assistanceDecision: assistance('decide', 'decidedOn'),
  /** A decision not to grant (不予救助). */
  assistanceRefusal: assistance('refuse', 'decidedOn'),
  /** Advance assistance approved (先行救助), with its amount: counted apart from decisions. */
  assistanceAdvance: assistance('approveAdvance', 'approvedOn'),
  /** Money paid to the applicant (发放), with the amount paid. */
  assistancePayment: assistance('pay', 'paidOn'),
  /** A reconciliation agreement signed (和解协议签订). */
  reconciliation: { kinds: reconciliationKinds, event: 'signAgreement', oncePerWorkflow: true },
  /** Review terminated after a reconciliation (终结审查). */
  termination: { kinds: reconciliationKinds, event: 'terminateReview' },
  /** A public hearing held: its session closed (听证会召开). */
  hearingHeld: { kinds: [WorkflowKind.publicHearing], event: 'closeHearing' },
  /** A procuratorial recommendation issued (检察建议发出). */
  recommendationIssued: { kinds: [WorkflowKind.recommendation], event: 'issueRecommendation' },
  /** A retrial recommendation or protest document issued (再审检察建议/抗诉书). */
  protestIssued: { kinds: [WorkflowKind.protest], event: 'issueDocument' },
} satisfies Record<string, CountedStep>;
const countedSteps: readonly CountedStep[] = Object.values(COUNTED_STEPS);
export type CountedStepId = keyof typeof COUNTED_STEPS;

/** The counted step a synced step is, if any. */
export function countedStepOf(kind: string, event: string): CountedStepId | null {
  for (const [id, step] of Object.entries(COUNTED_STEPS) as [CountedStepId, CountedStep][]) {
    if (step.event === event && (step.kinds as readonly string[]).includes(kind)) return id;
  }
  return null;
}

/** Every (event → its date field) pair, for the SQL that reads each step's month. */
export const STEP_DATE_FIELDS: readonly { event: string; field: string }[] = countedSteps.flatMap(
  (s) => (s.dateField === undefined ? [] : [{ event: s.event, field: s.dateField }]),
);
