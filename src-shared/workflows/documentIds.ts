/**
 * Ids of the document templates a workflow step produces. The templates themselves live in
 * src-shared/documents (another module); a workflow only names what a step yields.
 */
export const WorkflowDocumentId = {
  /** 国家司法救助审批表. */
  assistanceApprovalForm: 'assistance.approvalForm',
  /** 国家司法救助决定书. */
  assistanceDecision: 'assistance.decision',
  /** 不予救助通知书 (with reasoning). */
  assistanceRefusalNotice: 'assistance.refusalNotice',
  /** 补充材料通知 (one-time supplement notice); not in issue 3's required template list. */
  assistanceSupplementNotice: 'assistance.supplementNotice',
  /** 和解协议 (draft for the parties to sign). */
  reconciliationAgreement: 'reconciliation.agreement',
  /** 终结审查决定书. */
  reviewTerminationDecision: 'review.terminationDecision',
  /** 不支持监督申请决定书 (answering each ground). */
  notSupportedDecision: 'supervision.notSupportedDecision',
  /** 释法说理记录. */
  reasoningRecord: 'reasoning.record',
  /** 听证通知书. */
  hearingNotice: 'hearing.notice',
  /** 听证笔录. */
  hearingTranscript: 'hearing.transcript',
  /** 评议笔录. */
  hearingDeliberation: 'hearing.deliberation',
  /** 支持起诉意见书. */
  supportOpinion: 'support.opinion',
  /** 检察建议书. */
  recommendationLetter: 'recommendation.letter',
  /** 再审检察建议书; not in issue 3's required template list. */
  retrialRecommendation: 'protest.retrialRecommendation',
  /** 提请抗诉报告书; not in issue 3's required template list. */
  protestRequestReport: 'protest.requestReport',
  /** 抗诉书 (issue 12). */
  protestDocument: 'protest.protest',
} as const;
export type WorkflowDocumentId = (typeof WorkflowDocumentId)[keyof typeof WorkflowDocumentId];
