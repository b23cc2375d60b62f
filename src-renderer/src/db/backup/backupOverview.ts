/** What the backup panel shows about this device (read through a live query). */
import type { Unit } from '../../../../src-shared/domain/unit';
import type { JianhuDb } from '../database';
import { getSetup } from '../setup';
import {
  readAutoBackupSettings,
  readLastAutoBackupAt,
  type AutoBackupSettings,
} from './backupSettings';

export type BackupOverview = {
  settings: AutoBackupSettings;
  lastAutoAt: string | null;
  unit: Unit | null;
  /** Changes the provincial server has not acknowledged: a restore over the device drops them. */
  pendingCount: number;
};

export async function readBackupOverview(db: JianhuDb): Promise<BackupOverview> {
  const [settings, lastAutoAt, setup, pendingCount] = await Promise.all([
    readAutoBackupSettings(db),
    readLastAutoBackupAt(db),
    getSetup(db),
    db.outbox.count(),
  ]);
  return { settings, lastAutoAt, unit: setup?.unit ?? null, pendingCount };
}
