import type { WorkflowDocumentId } from '../workflows/documentIds';

/** Ids of the document templates; each is also a document a workflow step names. */
export const DocumentTemplateId = {
  /** 国家司法救助审批表 (approval form). */
  assistanceApprovalForm: 'assistance.approvalForm',
  /** 国家司法救助决定书 (decision to grant assistance). */
  assistanceDecision: 'assistance.decision',
  /** 不予救助通知书 (refusal notice with reasoning). */
  assistanceRefusalNotice: 'assistance.refusalNotice',
  /** 和解协议 (draft for the parties to sign). */
  reconciliationAgreement: 'reconciliation.agreement',
  /** 终结审查决定书 (termination of review). */
  reviewTerminationDecision: 'review.terminationDecision',
  /** 不支持监督申请决定书 (answering each ground). */
  notSupportedDecision: 'supervision.notSupportedDecision',
  /** 释法说理记录 (record of interpretation and reasoning). */
  reasoningRecord: 'reasoning.record',
  /** 听证通知书 (hearing notice). */
  hearingNotice: 'hearing.notice',
  /** 听证笔录 (hearing transcript). */
  hearingTranscript: 'hearing.transcript',
  /** 评议笔录 (deliberation record of the hearing officers). */
  hearingDeliberation: 'hearing.deliberation',
  /** 支持起诉意见书 (statement of support for prosecution). */
  supportOpinion: 'support.opinion',
  /** 检察建议书 (procuratorial recommendation). */
  recommendationLetter: 'recommendation.letter',
  /** 抗诉书 (protest of an effective judgment, ruling or mediation statement). */
  protest: 'protest.protest',
} as const satisfies Record<string, WorkflowDocumentId>;
export type DocumentTemplateId = (typeof DocumentTemplateId)[keyof typeof DocumentTemplateId];
