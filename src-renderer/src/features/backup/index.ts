/** Encrypted backup and restore (db/backup): the settings panel, the restore link, the schedule. */
export { AutoBackupScheduler } from './AutoBackupScheduler';
export { BackupPanel } from './BackupPanel';
export { RecoveryExportButton } from './RecoveryExportButton';
export { RestoreFromBackupButton } from './RestoreFromBackupButton';
