/** Step metadata of the reconciliation family, per variant (DOMAIN.md §3A, §3B). */
import { z } from 'zod';
import { Instrument } from '../legal/instruments';
import {
  deciderRoles,
  defineStep,
  handlerRoles,
  type LegalBasis,
  type StepMeta,
  type TimeLimitRef,
} from '../stepMeta';
import type { WorkflowKind } from '../workflowKind';
import {
  adminSchemaOverrides,
  reconciliationSchemas as s,
  type ReconciliationVariant,
} from './reconciliationSchemas';

export const reconciliationStates = [
  'review',
  'willingness',
  'negotiation',
  'legalityCheck',
  'signing',
  'performance',
  'terminated',
  'reviewContinues',
] as const;
export type ReconciliationState = (typeof reconciliationStates)[number];

export function reconciliationKind(variant: ReconciliationVariant): WorkflowKind {
  return variant === 'civil' ? 'civilReconciliation' : 'adminResolution';
}

const civil = (article: string): LegalBasis => ({
  instrument: Instrument.civilRules,
  article,
  confidence: 'V',
});
const admin = (article: string): LegalBasis => ({
  instrument: Instrument.adminRules,
  article,
  confidence: 'V',
});

export function reconciliationSteps(
  variant: ReconciliationVariant,
): Readonly<Record<ReconciliationState, StepMeta>> {
  const kind = reconciliationKind(variant);
  const isAdmin = variant === 'admin';
  const reviewLimit: TimeLimitRef = {
    limitId: isAdmin ? 'review.administrative' : 'review.civil',
    from: 'reviewStartedOn',
    excludedFrom: 'excludedPeriods',
    ...(isAdmin ? { extensionsFrom: 'extensions' } : {}),
  };
  const reviewBasis = isAdmin ? admin('第56条') : civil('第52条');
  const guideBasis = isAdmin ? [admin('第6条'), admin('第48条')] : [civil('第51条')];
  const terminationBasis = isAdmin ? admin('第81条') : civil('第73条');
  const step = (state: ReconciliationState, spec: Parameters<typeof defineStep>[2]) =>
    defineStep(kind, state, spec);
  const active = { documents: [], allowedRoles: handlerRoles, timeLimit: reviewLimit } as const;
  return {
    review: step('review', {
      ...active,
      requiredFields: s.proposeReconciliation,
      checklist: [
        'explainEffects',
        'recordExcludedPeriods',
        ...(isAdmin ? ['extensionApproval'] : []),
      ],
      legalBasis: [reviewBasis, ...guideBasis],
    }),
    willingness: step('willingness', {
      ...active,
      requiredFields: s.startSessions,
      checklist: ['eachPartyWilling', 'voluntarinessStatement', 'noCoercion'],
      legalBasis: guideBasis,
    }),
    negotiation: step('negotiation', {
      ...active,
      requiredFields: isAdmin ? adminSchemaOverrides.draftAgreement : s.draftAgreement,
      checklist: ['logSessions', 'mediators', 'amountsAndSchedule', 'waiverClause'],
      legalBasis: guideBasis,
    }),
    legalityCheck: step('legalityCheck', {
      ...active,
      requiredFields: isAdmin ? adminSchemaOverrides.confirmLegality : s.confirmLegality,
      checklist: [
        'noHarmToState',
        'noHarmToPublic',
        'noHarmToThirdParties',
        'falseLitigationRisk',
        ...(isAdmin ? ['organWithinLaw'] : []),
      ],
      legalBasis: [
        terminationBasis,
        ...(isAdmin
          ? [
              {
                instrument: Instrument.adminLitigationLaw,
                article: '第60条',
                confidence: 'V',
              } as const,
            ]
          : []),
      ],
    }),
    signing: step('signing', {
      ...active,
      requiredFields: s.signAgreement,
      checklist: ['readToParties', 'allSign'],
      legalBasis: guideBasis,
      documents: ['reconciliation.agreement'],
    }),
    performance: step('performance', {
      ...active,
      requiredFields: s.terminateReview,
      checklist: ['trackInstalments', 'remindOverdue', 'followUpVisit', 'amendIfNeeded'],
      legalBasis: [terminationBasis],
      allowedRoles: handlerRoles,
    }),
    terminated: step('terminated', {
      requiredFields: z.object({}),
      legalBasis: [terminationBasis],
      documents: ['review.terminationDecision'],
      allowedRoles: deciderRoles,
      isFinal: true,
    }),
    reviewContinues: step('reviewContinues', {
      requiredFields: z.object({}),
      legalBasis: [reviewBasis],
      documents: [],
      allowedRoles: handlerRoles,
      isFinal: true,
    }),
  };
}
