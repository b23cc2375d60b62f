/**
 * What became of a lead after it became a case (issue: lead outcomes reported back). The province
 * hands leads down and needs to know their fate: dismissed → the reason (the lead's own fields),
 * became a case → the case's status, and its result once the case is closed. The device writes
 * the outcome onto the lead record whenever the linked case's status or result changes, so it
 * travels with the lead through the normal push and the server's lead row shows it.
 */
import { z } from 'zod';
import { CaseStatus, codeValues } from './codes';

/** Most characters of a case's result (办理结果) as reported with the lead. */
export const MAX_CASE_RESULT = 1000;

/** Statuses that close a case: only then is its result final. */
export const CLOSED_CASE_STATUSES: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  'concluded',
  'terminated',
]);

export const leadCaseOutcomeSchema = z.strictObject({
  caseStatus: z.enum(codeValues(CaseStatus)),
  /** True when caseStatus closes the case (concluded or terminated). */
  isClosed: z.boolean(),
  /** The case's result (办理结果); null until it is written. */
  result: z.string().max(MAX_CASE_RESULT).nullable(),
  /** When the device recorded this outcome (ISO instant). */
  reportedAt: z.iso.datetime({ offset: true }),
});
export type LeadCaseOutcome = z.infer<typeof leadCaseOutcomeSchema>;

/** The part of a case its lead reports. */
export type CaseOutcomeSource = { status: CaseStatus; result?: string | undefined };

/** The outcome a lead carries for its case as it stands now. */
export function leadCaseOutcome(source: CaseOutcomeSource, at: string): LeadCaseOutcome {
  const result = source.result?.trim() ?? '';
  return {
    caseStatus: source.status,
    isClosed: CLOSED_CASE_STATUSES.has(source.status),
    result: result === '' ? null : result.slice(0, MAX_CASE_RESULT),
    reportedAt: at,
  };
}

/** Whether an edit of the case changes what its lead reports (status or result). */
export function changesLeadOutcome(before: CaseOutcomeSource, after: CaseOutcomeSource): boolean {
  return (
    before.status !== after.status || (before.result?.trim() ?? '') !== (after.result?.trim() ?? '')
  );
}
