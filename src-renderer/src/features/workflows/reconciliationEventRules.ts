/** Form rules of the reconciliation family's agreement steps. */
import { valueAtPath } from '../../db/workflowDue';
import type { FormValues } from './form/formValues';
import type { EventRule } from './eventRule';

/** The civil rules know no administrative organ: its promises and commitments are not asked. */
const organFields = (kind: string, fields: readonly string[]) =>
  kind === 'civilReconciliation' ? fields : [];

/** The fields of a signed agreement a supplementary or amended one starts from. */
const CARRIED = [
  'terms',
  'obligations',
  'schedule',
  'waivesSupervision',
  'waiverClause',
  'organCommitments',
];

export const confirmLegalityRule: EventRule = {
  hidden: (env) => organFields(env.kind, ['organPromisesBeyondLaw']),
};

export const draftAgreementRule: EventRule = {
  hidden: (env) => organFields(env.kind, ['organCommitments']),
};

/**
 * A supplementary or amended agreement starts from the signed one's terms, so only what changes
 * is entered (e.g. the waiver); its date is today's, not the original's.
 */
export const amendAgreementRule: EventRule = {
  hidden: (env) => organFields(env.kind, ['organCommitments']),
  initial: (env) => {
    const out: FormValues = {};
    for (const name of CARRIED) {
      const value = valueAtPath(env.context, `agreement.${name}`);
      if (value !== undefined) out[name] = value;
    }
    return out;
  },
};
