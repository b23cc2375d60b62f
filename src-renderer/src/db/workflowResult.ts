/** What the workflow and document commands answer: the written value, or why nothing was written. */
import type { Refusal, RefusalCode } from '../../../src-shared/workflows';
import type { WorkflowRow } from './rowTypes';
import { isWorkflowKind } from '../../../src-shared/workflows';
import type { WorkflowRecord } from './workflowRows';

/** A refusal of the engine, or one of the repository's own (no such case, unknown user…). */
export type WorkflowFailure =
  | Refusal
  | {
      code: RefusalCode | 'not-found';
      /** i18n key under `workflowsUi.refusal.*` (the repository's own reasons). */
      messageKey: RepositoryRefusalKey;
      details?: Readonly<Record<string, unknown>>;
    };

/** The repository's own refusal keys (the engine's are `workflow.refusal.*`). */
export const repositoryRefusalKeys = [
  'workflowsUi.refusal.caseNotFound',
  'workflowsUi.refusal.workflowNotFound',
  'workflowsUi.refusal.unknownUser',
  'workflowsUi.refusal.unknownTemplate',
  'workflowsUi.refusal.documentDataInvalid',
  'workflowsUi.refusal.approvalNotUsable',
  'workflowsUi.refusal.approverExpired',
] as const;
export type RepositoryRefusalKey = (typeof repositoryRefusalKeys)[number];

export type WorkflowResult<T> = { ok: true; value: T } | { ok: false; reason: WorkflowFailure };

export function failure(
  code: WorkflowFailure['code'],
  messageKey: RepositoryRefusalKey,
  details?: Readonly<Record<string, unknown>>,
): { ok: false; reason: WorkflowFailure } {
  return {
    ok: false,
    reason: details === undefined ? { code, messageKey } : { code, messageKey, details },
  };
}

/**
 * A stored row as a workflow record. Rows are only ever written by this repository (or applied
 * from the server in the same shape), so a row with a known kind and a snapshot text is one.
 */
export function asWorkflowRecord(row: WorkflowRow | undefined): WorkflowRecord | undefined {
  if (!row || !isWorkflowKind(row.kind) || typeof row['snapshot'] !== 'string') return undefined;
  return row as WorkflowRecord;
}
