/** Preconditions of reconciliation steps, each explaining its refusal. */
import type { z } from 'zod';
import { contextGuard, eventGuard, type GuardCheck } from '../guardCheck';
import type { EventsFromSchemas } from '../machineEvent';
import { fail, firstFailure, pass, type GuardVerdict } from '../refusal';
import type { ReconciliationContext } from './reconciliationContext';
import { checkExtensionMaximum } from './extensionMaximum';
import { instalmentStatuses } from './performanceStatus';
import type { Legality, reconciliationSchemas } from './reconciliationSchemas';

export type ReconciliationEvent = EventsFromSchemas<typeof reconciliationSchemas>;
type Guard = GuardCheck<ReconciliationContext, ReconciliationEvent>;

/** Every party recorded, at least two, each willing and with a voluntariness statement. */
export function checkPartiesReady(context: ReconciliationContext): GuardVerdict {
  if (context.parties.length < 2) return fail('workflow.refusal.needTwoParties');
  const unwilling = context.parties.filter((p) => !p.willing).map((p) => p.partyId);
  return unwilling.length > 0
    ? fail('workflow.refusal.partyNotWilling', { partyIds: unwilling })
    : pass;
}

export function checkHasSession(context: ReconciliationContext): GuardVerdict {
  return context.sessions.length > 0 ? pass : fail('workflow.refusal.noSession');
}

/** The interests an agreement harms, or the organ's unlawful promise (ALL Art. 60). */
export function checkLegality(
  legality: Legality,
  variant: ReconciliationContext['variant'],
): GuardVerdict {
  const harmed = (
    [
      ['state', legality.harmsStateInterest],
      ['public', legality.harmsPublicInterest],
      ['thirdParty', legality.harmsThirdPartyInterest],
      ['mandatoryLaw', legality.breachesMandatoryLaw],
    ] as const
  )
    .filter(([, flag]) => flag)
    .map(([name]) => name);
  if (harmed.length > 0) return fail('workflow.refusal.agreementUnlawful', { harmed });
  if (variant === 'admin' && legality.organPromisesBeyondLaw !== false) {
    return fail('workflow.refusal.organPromiseUnlawful');
  }
  return pass;
}

/** A supplementary or amended agreement presupposes a signed one to supplement or change. */
export function checkAgreementSigned(context: ReconciliationContext): GuardVerdict {
  return context.agreement && context.signing ? pass : fail('workflow.refusal.agreementNotSigned');
}

/**
 * Termination of review (民事规则 Art. 73; 行政规则 Art. 81) needs a signed, lawful agreement that
 * expressly waives the right to apply for supervision. Otherwise review simply continues.
 */
export function checkWaiverSigned(context: ReconciliationContext): GuardVerdict {
  return firstFailure(
    () => (context.signing ? pass : fail('workflow.refusal.agreementNotSigned')),
    () =>
      context.agreement?.waivesSupervision === true && context.agreement.waiverClause
        ? pass
        : fail('workflow.refusal.waiverMissing'),
    () =>
      context.legality
        ? checkLegality(context.legality, context.variant)
        : fail('workflow.refusal.agreementUnlawful'),
  );
}

function checkInstalmentOpen(context: ReconciliationContext, instalmentNo: number): GuardVerdict {
  const schedule = context.agreement?.schedule ?? [];
  const status = instalmentStatuses(schedule, context.payments, '0000-00-00').find(
    (s) => s.instalmentNo === instalmentNo,
  );
  if (!status) return fail('workflow.refusal.unknownInstalment', { instalmentNo });
  return status.status === 'paid'
    ? fail('workflow.refusal.instalmentPaid', { instalmentNo })
    : pass;
}

/** Administrative review extended only with the chief procurator's recorded approval (Art. 56). */
export function checkExtension(
  context: ReconciliationContext,
  data: z.infer<typeof reconciliationSchemas.extendReview>,
): GuardVerdict {
  if (context.variant !== 'admin') return fail('workflow.refusal.extensionNotAvailable');
  if (context.isSimpleCase) return fail('workflow.refusal.extensionSimpleCase');
  return data.approval.approverRole === 'chiefProcurator'
    ? checkExtensionMaximum(context, data.extendBy)
    : fail('workflow.refusal.extensionNeedsChief', {
        approverRole: data.approval.approverRole,
        requiredRole: 'chiefProcurator',
      });
}

export const reconciliationGuards = {
  partiesReady: contextGuard(checkPartiesReady),
  hasSession: contextGuard(checkHasSession),
  agreementLawful: eventGuard('confirmLegality', (context, event) =>
    checkLegality(event.data, context.variant),
  ),
  instalmentOpen: eventGuard('recordPayment', (context, event) =>
    checkInstalmentOpen(context, event.data.instalmentNo),
  ),
  reminderForOpenInstalment: eventGuard('recordReminder', (context, event) =>
    checkInstalmentOpen(context, event.data.instalmentNo),
  ),
  waiverSigned: contextGuard(checkWaiverSigned),
  agreementSigned: contextGuard(checkAgreementSigned),
  extensionApproved: eventGuard('extendReview', (context, event) =>
    checkExtension(context, event.data),
  ),
} satisfies Record<string, Guard>;
