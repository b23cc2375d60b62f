/** Every document template by id, and rendering by id from unknown data. */
import type { z } from 'zod';
import type { DocumentTemplate, RenderResult } from './defineTemplate';
import type { DocumentTemplateId } from './documentTemplateId';
import { assistanceApprovalForm } from './templates/assistanceApprovalForm';
import { assistanceDecision } from './templates/assistanceDecision';
import { assistanceRefusalNotice } from './templates/assistanceRefusalNotice';
import { hearingDeliberation } from './templates/hearingDeliberation';
import { hearingNotice } from './templates/hearingNotice';
import { hearingTranscript } from './templates/hearingTranscript';
import { notSupportedDecision } from './templates/notSupportedDecision';
import { protest } from './templates/protest';
import { reasoningRecord } from './templates/reasoningRecord';
import { recommendationLetter } from './templates/recommendationLetter';
import { reconciliationAgreement } from './templates/reconciliationAgreement';
import { reviewTerminationDecision } from './templates/reviewTerminationDecision';
import { supportOpinion } from './templates/supportOpinion';

/** A missing or misfiled template is a compile error: keys must be exactly the template ids. */
export const documentTemplates = {
  'assistance.approvalForm': assistanceApprovalForm,
  'assistance.decision': assistanceDecision,
  'assistance.refusalNotice': assistanceRefusalNotice,
  'reconciliation.agreement': reconciliationAgreement,
  'review.terminationDecision': reviewTerminationDecision,
  'supervision.notSupportedDecision': notSupportedDecision,
  'reasoning.record': reasoningRecord,
  'hearing.notice': hearingNotice,
  'hearing.transcript': hearingTranscript,
  'hearing.deliberation': hearingDeliberation,
  'support.opinion': supportOpinion,
  'recommendation.letter': recommendationLetter,
  'protest.protest': protest,
} as const satisfies { readonly [K in DocumentTemplateId]: DocumentTemplate };

export type DocumentTemplates = typeof documentTemplates;

/** The data a template takes, as callers write it (defaults may be left out). */
export type TemplateInput<K extends DocumentTemplateId> = z.input<DocumentTemplates[K]['schema']>;

/** True when `id` names a template (for ids read from storage or another module). */
export function isDocumentTemplateId(id: string): id is DocumentTemplateId {
  return Object.hasOwn(documentTemplates, id);
}

/**
 * Checks `data` against the template's schema and renders it, or lists every problem. Data read
 * back from storage (typed `unknown`) goes through `documentTemplates[id].build` instead.
 */
export function renderDocument<K extends DocumentTemplateId>(
  id: K,
  data: TemplateInput<K>,
): RenderResult {
  const template: DocumentTemplate = documentTemplates[id];
  return template.build(data);
}
