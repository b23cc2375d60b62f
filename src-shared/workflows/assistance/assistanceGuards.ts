/** Preconditions of judicial-assistance steps, each explaining its refusal. */
import type { z } from 'zod';
import { addDays, isIsoDate } from '../../calendar';
import { eventGuard, type GuardCheck } from '../guardCheck';
import type { EventsFromSchemas } from '../machineEvent';
import { checkPeriodRunOut } from '../periodRunOut';
import { fail, failRole, firstFailure, pass, type GuardVerdict } from '../refusal';
import { calculateAssistanceAmount } from './assistanceAmount';
import type { AssistanceContext } from './assistanceContext';
import { AssistanceExclusion, type AssistanceMaterial } from './assistanceLists';
import type { assistanceSchemas } from './assistanceSchemas';
import { monthlyWageBase, wageBaseYearFor } from './wageBase';

export type AssistanceEvent = EventsFromSchemas<typeof assistanceSchemas>;
type Guard = GuardCheck<AssistanceContext, AssistanceEvent>;

/** The materials this application needs (an oral record replaces the written form). */
export function requiredMaterials(context: AssistanceContext): AssistanceMaterial[] {
  const app = context.application;
  const needed: AssistanceMaterial[] = [
    'identityProof',
    'harmProof',
    'hardshipProof',
    'compensationStatement',
  ];
  if (app?.form !== 'oral') needed.unshift('applicationForm');
  if (app && app.applicantRelation !== 'victim') needed.push('relationshipProof');
  if (app?.hasAgent) needed.push('powerOfAttorney');
  return needed;
}

/**
 * The date the 30-day supplement window runs from (the same as its time limit): the day the
 * applicant received the notice when that is recorded; otherwise the issue date plus the days a
 * posted notice spent in transit (CPL Art. 85: 期间不包括在途时间, applied by analogy [U]);
 * otherwise, as in records of earlier versions, the issue date.
 */
export function supplementWindowStart(
  context: Pick<AssistanceContext, 'supplement'>,
): string | undefined {
  const notice = context.supplement;
  if (!notice) return undefined;
  if (notice.receivedOn !== undefined) return notice.receivedOn;
  if (notice.transitDays === undefined || !isIsoDate(notice.issuedOn)) return notice.issuedOn;
  return addDays(notice.issuedOn, notice.transitDays);
}

export function missingMaterials(
  context: AssistanceContext,
  received: readonly AssistanceMaterial[],
): AssistanceMaterial[] {
  const have = new Set([...context.materialsReceived, ...received]);
  return requiredMaterials(context).filter((m) => !have.has(m));
}

type Eligibility = z.infer<typeof assistanceSchemas.assessEligibility>;

/**
 * Art. 8 excludes "一般" (generally), not absolutely: an applying exclusion passes only with the
 * reasons and the approval of the configured role (the chief by default).
 */
export function checkEligibility(
  context: AssistanceContext,
  answers: Pick<Eligibility, 'exclusions' | 'exceptionApproval'>,
): GuardVerdict {
  return firstFailure(
    () => (context.household ? pass : fail('workflow.refusal.householdMissing')),
    () => (context.harm ? pass : fail('workflow.refusal.harmMissing')),
    () => {
      const applying = Object.values(AssistanceExclusion).filter((id) => answers.exclusions[id]);
      if (applying.length === 0) return pass;
      const expected = context.config.exceptionApproverRole;
      const approval = answers.exceptionApproval;
      if (!approval)
        return fail('workflow.refusal.exclusionApplies', {
          exclusions: applying,
          approverRole: expected,
        });
      return approval.approverRole === expected
        ? pass
        : fail('workflow.refusal.wrongApprover', { expected, got: approval.approverRole });
    },
  );
}

/**
 * The base must be of the year before the decision (上一年度); another year's figure (the table
 * lacks the right one) is allowed only when the person confirmed it in the step.
 */
export function checkWageBaseYear(
  baseYear: number,
  decisionDate: string,
  confirmed: boolean | undefined,
): GuardVerdict {
  const expectedYear = wageBaseYearFor(decisionDate);
  return baseYear === expectedYear || confirmed === true
    ? pass
    : fail('workflow.refusal.wageBaseYearStale', { expectedYear, usedYear: baseYear });
}

/** 先行救助 counts toward the same cap as the decision (months × base, and any local ceiling). */
export function checkAdvance(
  context: AssistanceContext,
  data: z.infer<typeof assistanceSchemas.approveAdvance>,
): GuardVerdict {
  const { config } = context;
  if (!data.wageBase) return fail('workflow.refusal.advanceWageBaseMissing');
  const capFen = Math.min(
    Math.round((data.wageBase.annualWage * 100 * config.monthsCap) / 12),
    config.localCeiling === undefined ? Infinity : Math.round(config.localCeiling * 100),
  );
  return Math.round(data.amount * 100) <= capFen
    ? pass
    : fail('workflow.refusal.advanceAboveCap', { cap: capFen / 100 });
}

/** What the amount step computes, the advance already approved deducted. */
export function computeAmount(
  context: AssistanceContext,
  data: Pick<z.infer<typeof assistanceSchemas.calculateAmount>, 'wageBase' | 'months'>,
) {
  const { config } = context;
  const advance = context.advance?.approval?.amount;
  return calculateAssistanceAmount({
    monthlyWageBase: monthlyWageBase(data.wageBase),
    months: data.months,
    monthsCap: config.monthsCap,
    ...(config.localCeiling === undefined ? {} : { localCeiling: config.localCeiling }),
    approvalThresholds: config.approvalThresholds,
    ...(advance === undefined ? {} : { advance }),
  });
}

/** Recomputes the amount from the event's inputs and the configuration; checks the approval. */
export function checkAmount(
  context: AssistanceContext,
  data: z.infer<typeof assistanceSchemas.calculateAmount>,
): GuardVerdict {
  const { config } = context;
  const year = checkWageBaseYear(
    data.wageBase.dataYear,
    data.calculatedOn,
    data.staleBaseConfirmed,
  );
  if (!year.ok) return year;
  const result = computeAmount(context, data);
  if (!result.ok) return fail('workflow.refusal.amountInvalid', { problems: result.problems });
  if (result.exceedsCap && !data.exceedReason) return fail('workflow.refusal.exceedReasonMissing');
  if (!result.needsApproval) return pass;
  const expected = result.approverRole ?? config.deciderRole;
  const approval = data.approval;
  if (!approval) return fail('workflow.refusal.approvalMissing', { approverRole: expected });
  return approval.approverRole === expected
    ? pass
    : fail('workflow.refusal.wrongApprover', { expected, got: approval.approverRole });
}

/** For the pre-input check: household and harm recorded, exclusions not yet answered. */
const noExclusions: Pick<Eligibility, 'exclusions'> = {
  exclusions: Object.fromEntries(
    Object.values(AssistanceExclusion).map((id) => [id, false]),
  ) as Record<AssistanceExclusion, boolean>,
};

/** A decision in a later year than the amount's base implies needs the older base confirmed. */
function checkDecisionBaseYear(
  context: AssistanceContext,
  data: z.infer<typeof assistanceSchemas.decide>,
): GuardVerdict {
  const amount = context.amount;
  if (!amount) return pass;
  // Contexts stored before the confirmation existed have no such field: falsy, as intended.
  const sameStaleYear =
    amount.staleBaseConfirmed &&
    wageBaseYearFor(amount.calculatedOn) === wageBaseYearFor(data.decidedOn);
  return checkWageBaseYear(
    amount.wageBase.dataYear,
    data.decidedOn,
    data.staleBaseConfirmed || sameStaleYear,
  );
}

const isDecider = (context: AssistanceContext, role: string): GuardVerdict =>
  role === context.config.deciderRole
    ? pass
    : failRole('workflow.refusal.notConfiguredDecider', {
        deciderRole: context.config.deciderRole,
      });

const isAdvanceApprover = (context: AssistanceContext, role: string): GuardVerdict =>
  role === context.config.advanceApproverRole
    ? pass
    : failRole('workflow.refusal.notConfiguredApprover', {
        approverRole: context.config.advanceApproverRole,
      });

export const assistanceGuards = {
  advanceApprover: eventGuard(
    'approveAdvance',
    (context, event) =>
      firstFailure(
        () => isAdvanceApprover(context, event.role),
        () => checkAdvance(context, event.data),
      ),
    isAdvanceApprover,
  ),
  materialsComplete: eventGuard('confirmMaterials', (context, event) => {
    const missing = missingMaterials(context, event.data.received);
    return missing.length === 0 ? pass : fail('workflow.refusal.materialsIncomplete', { missing });
  }),
  supplementComplete: eventGuard('receiveSupplement', (context, event) => {
    const missing = missingMaterials(context, event.data.received);
    return missing.length === 0 ? pass : fail('workflow.refusal.supplementIncomplete', { missing });
  }),
  supplementLapsed: eventGuard('lapseSupplement', (context, event) =>
    checkPeriodRunOut({
      limitId: 'assistance.supplementWindow',
      start: supplementWindowStart(context),
      notedOn: event.data.notedOn,
      at: event.at,
      stillRunning: 'workflow.refusal.supplementWindowOpen',
    }),
  ),
  referralNew: eventGuard('recordReferral', (context, event) =>
    context.referrals.some((r) => r.referralId === event.data.referralId)
      ? fail('workflow.refusal.duplicateReferral')
      : pass,
  ),
  referralKnown: eventGuard('recordReferralOutcome', (context, event) =>
    context.referrals.some((r) => r.referralId === event.data.referralId)
      ? pass
      : fail('workflow.refusal.unknownReferral'),
  ),
  eligible: eventGuard(
    'assessEligibility',
    (context, event) => checkEligibility(context, event.data),
    (context) => checkEligibility(context, noExclusions),
  ),
  amountApproved: eventGuard('calculateAmount', (context, event) =>
    checkAmount(context, event.data),
  ),
  decider: eventGuard(
    'decide',
    (context, event) =>
      firstFailure(
        () => isDecider(context, event.role),
        () => checkDecisionBaseYear(context, event.data),
        () =>
          context.amount && event.data.amount <= context.amount.result.amount
            ? pass
            : fail('workflow.refusal.amountAboveCalculated', {
                calculated: context.amount?.result.amount,
              }),
      ),
    isDecider,
  ),
  refusalDecider: eventGuard(
    'refuse',
    (context, event) => isDecider(context, event.role),
    isDecider,
  ),
  paymentMatchesDecision: eventGuard('pay', (context, event) =>
    context.decision &&
    Math.round(event.data.amount * 100) === Math.round(context.decision.amount * 100)
      ? pass
      : fail('workflow.refusal.paymentAmountMismatch', { decided: context.decision?.amount }),
  ),
} satisfies Record<string, Guard>;
