/** Encrypted backup and restore of the whole database (db/README.md "Backup and restore"). */
export { ARCHIVE_EXTENSION, readArchiveHeader, type OpenedArchive } from './archiveFile';
export { BackupKind, type ArchiveHeader, type ArchiveUser } from './archiveHeader';
export { recordBackupMade, recordRestoreRefused, type BackupSummary } from './backupAudit';
export { BackupRefusal, type Refused } from './backupRefusal';
export {
  DEFAULT_AUTO_BACKUP,
  isAutoBackupDue,
  readAutoBackupSettings,
  readLastAutoBackupAt,
  setAutoBackupSettings,
  type AutoBackupSettings,
} from './backupSettings';
export { backUpDatabase } from './backUpDatabase';
export { readBackupOverview, type BackupOverview } from './backupOverview';
export type { BackupPhase, BackupProgress, MadeArchive } from './createArchive';
export { exportRecoveryArchive, listRecoveryUsers, type RecoveryUser } from './recoveryExport';
export {
  restoreArchive,
  type RestorePhase,
  type RestoreProgress,
  type RestoreResult,
} from './restoreArchive';
export { unlockArchive, type ArchiveSecret } from './unlockArchive';
