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
  /** A lead was entered on this device, or one arrived from the provincial server. */
  leadCreate: 'lead.create',
  /** A lead's status changed (verifying, dismissed with a reason, became a case). */
  leadStatus: 'lead.status',
  /** A lead changed on the server (another device, or the province) and the change was pulled. */
  leadUpdate: 'lead.update',
  /** The case a lead became changed status or result: the lead reports it (leadOutcome.ts). */
  leadOutcome: 'lead.outcome',
  /** A file was attached to a case (its bytes stored here by SHA-256). */
  attachmentAdd: 'attachment.add',
  /** An attachment was removed from a case (soft: the record and the bytes stay). */
  attachmentRemove: 'attachment.remove',
  /** An attachment changed on the server (another device added or removed it) and was pulled. */
  attachmentUpdate: 'attachment.update',
  /** A new version of a reference set (holidays, wage bases…) arrived from the server. */
  referenceReceive: 'reference.receive',
  /** A user signed in (or unlocked the idle lock) with their password. */
  authSignIn: 'auth.signIn',
  /** A wrong password at sign-in, unlock or approver confirmation (MLPS: failed log-ins audited). */
  authFailure: 'auth.failure',
  /** Too many wrong passwords: the user is locked out for a while. */
  authLockout: 'auth.lockout',
  /** A user signed out. */
  authSignOut: 'auth.signOut',
  /** The session locked itself after the idle time. */
  authIdleLock: 'auth.idleLock',
  /** A user chose a new password. */
  authPasswordChange: 'auth.passwordChange',
  /** An administrator set a new initial password for a user. */
  authPasswordReset: 'auth.passwordReset',
  /** The recovery key was used to set an administrator's password. */
  authRecovery: 'auth.recovery',
  /** A user present at the desk confirmed an approval with their own password. */
  authApproverConfirm: 'auth.approverConfirm',
  /** An approval of a step was asked of a user with the role its rule names (another desk). */
  approvalRequest: 'approval.request',
  /** A requested approval was given (by its approver, with their password). */
  approvalApprove: 'approval.approve',
  /** A requested approval was refused, with a note. */
  approvalReject: 'approval.reject',
  /** The requester took a pending approval request back. */
  approvalWithdraw: 'approval.withdraw',
  /** An administrator changed the sign-in policy (idle lock time). */
  securityPolicy: 'security.policy',
  /** A device set up by an older build got its data key and its first administrator's password. */
  securityKeyCreate: 'security.keyCreate',
  /** Rows an older build wrote in clear were sealed under the data key. */
  securitySealExisting: 'security.sealExisting',
  /** An encrypted backup of the whole database was saved (by hand or on the schedule). */
  backupCreate: 'backup.create',
  /** A backup was restored (the entry continues the restored chain), or a restore was refused. */
  backupRestore: 'backup.restore',
  /** An administrator changed the automatic backup settings. */
  backupSettings: 'backup.settings',
  /** An administrator added, changed or retired an entry of the hearing-officer pool. */
  officerPoolUpdate: 'officerPool.update',
  /** An administrator changed the unit's local limits of the workflows (months cap, ceiling…). */
  localLimitsUpdate: 'localLimits.update',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
