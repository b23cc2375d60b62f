/** The guided workflows a case can run (issue 3, DOMAIN.md §3–§6). Stored in `workflows.kind`. */
export const WorkflowKind = {
  /** 民事检察和解: civil procuratorial reconciliation (DOMAIN.md §3A). */
  civilReconciliation: 'civilReconciliation',
  /** 行政争议实质性化解: substantive resolution of an administrative dispute (§3B). */
  adminResolution: 'adminResolution',
  /** 国家司法救助: national judicial assistance, to the 2021 细则 (§4). */
  judicialAssistance: 'judicialAssistance',
  /** 释法说理: interpretation and reasoning (§5). */
  reasoning: 'reasoning',
  /** 公开听证: public hearing (§6.4). */
  publicHearing: 'publicHearing',
  /** 支持起诉: support for prosecution (§6.3). */
  supportProsecution: 'supportProsecution',
  /** 检察建议: procuratorial recommendation (§6.1). */
  recommendation: 'recommendation',
  /** 再审检察建议 / 提请抗诉 / 抗诉 (§6.2). */
  protest: 'protest',
  /** 受理与移送: intake of a supervision application up to 案管 registration (§3A, §3B, §9). */
  supervisionIntake: 'supervisionIntake',
} as const;
export type WorkflowKind = (typeof WorkflowKind)[keyof typeof WorkflowKind];

export const workflowKinds: readonly WorkflowKind[] = Object.values(WorkflowKind);

export function isWorkflowKind(value: unknown): value is WorkflowKind {
  return typeof value === 'string' && (workflowKinds as readonly string[]).includes(value);
}
