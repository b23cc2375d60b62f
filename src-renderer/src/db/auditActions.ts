/** What an audit entry records. Stable strings: they are hashed into the chain and synced. */
export const AuditAction = {
  /** A case card was registered. */
  caseCreate: 'case.create',
  /** Fields of a case card changed. */
  caseUpdate: 'case.update',
  /** A case was moved to the deleted-cases view (soft delete). */
  caseDelete: 'case.delete',
  /** A soft-deleted case was brought back. */
  caseRestore: 'case.restore',
  /** A batch of cases was imported (demo data or a file); one entry per chunk. */
  caseImport: 'case.import',
  /** The first run registered the procuratorate and its first user. */
  setupComplete: 'setup.complete',
  /** A user was added to this device. */
  userCreate: 'user.create',
  /** A user's name, role or active flag changed. */
  userUpdate: 'user.update',
  /** A guided workflow was started on a case. */
  workflowStart: 'workflow.start',
  /** A workflow took a step (one transition, with its redacted step data). */
  workflowTransition: 'workflow.transition',
  /** A document draft was generated from a template and stored with its hashes. */
  documentGenerate: 'document.generate',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
