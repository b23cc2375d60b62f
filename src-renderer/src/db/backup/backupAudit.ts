/**
 * The audit entries of backups on the device that made them. A backup is recorded once it is
 * safely stored (saved where the user chose, or kept by the app), not when it starts: a cancelled
 * save leaves no trace. A refused restore is recorded on the device where it was tried.
 */
import type { UserId } from '../../../../src-shared/domain/ids';
import { AuditAction } from '../auditActions';
import { auditedWrite } from '../auditedWrite';
import type { JianhuDb } from '../database';
import type { BackupKind } from './archiveHeader';
import type { BackupRefusal } from './backupRefusal';
import { BackupMetaKey } from './backupSettings';

export type BackupSummary = {
  kind: BackupKind;
  /** Size of the archive file. */
  bytes: number;
  /** The audit chain position the archive ends at. */
  auditSeq: number;
  createdAt: string;
};

/** Records a stored backup; an automatic one also moves `backup.lastAutoAt`, in the same write. */
export function recordBackupMade(
  db: JianhuDb,
  userId: UserId,
  summary: BackupSummary,
  now: Date,
): Promise<void> {
  return auditedWrite(db, [], now, ({ deviceId }) =>
    Promise.resolve({
      audit: [
        {
          userId,
          action: AuditAction.backupCreate,
          entity: 'device',
          entityId: deviceId,
          success: true,
          diff: summary,
        },
      ],
      // Invariant (with auditedWrite): the schedule moves on only with the entry of its backup.
      commit: async () => {
        if (summary.kind === 'auto') {
          await db.meta.put({ key: BackupMetaKey.lastAutoAt, value: summary.createdAt });
        }
      },
    }),
  );
}

/** Records a restore refused on this device (wrong password, damaged file, another unit…). */
export function recordRestoreRefused(
  db: JianhuDb,
  userId: UserId,
  reason: BackupRefusal,
  now: Date,
): Promise<void> {
  return auditedWrite(db, [], now, ({ deviceId }) =>
    Promise.resolve({
      audit: [
        {
          userId,
          action: AuditAction.backupRestore,
          entity: 'device',
          entityId: deviceId,
          success: false,
          diff: { reason },
        },
      ],
      commit: () => Promise.resolve(undefined),
    }),
  );
}
