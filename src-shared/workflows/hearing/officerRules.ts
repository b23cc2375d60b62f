/**
 * How many officers a panel needs. DOMAIN.md §6.4 gives no number [U]: practice reports three or
 * more, so three is the default, and the chief procurator approving the hearing may set another
 * number (`approveHearing.officerCount`), recorded with the approval.
 */
import type { Confidence } from '../stepMeta';

export const OFFICER_COUNT_RULE: { readonly minimum: number; readonly confidence: Confidence } = {
  minimum: 3,
  confidence: 'U',
};

export function requiredOfficerCount(approvedCount: number | undefined): number {
  return approvedCount ?? OFFICER_COUNT_RULE.minimum;
}
