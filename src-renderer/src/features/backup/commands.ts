/**
 * The backup feature's commands: each one a db/backup call, then the platform's file for it.
 * A backup is audited once it is stored; a restore switches the app to the restored database and
 * reloads the window, or leaves everything as it was.
 */
import dayjs from 'dayjs';
import type { UserId } from '../../../../src-shared/domain/ids';
import { currentActor } from '../../app/actor';
import { useSession } from '../../app/sessionStore';
import { newRestoreDbName, switchActiveDatabase } from '../../db/activeDatabase';
import {
  ARCHIVE_EXTENSION,
  BackupRefusal,
  backUpDatabase,
  exportRecoveryArchive,
  isAutoBackupDue,
  readArchiveHeader,
  readAutoBackupSettings,
  readLastAutoBackupAt,
  recordBackupMade,
  recordRestoreRefused,
  restoreArchive,
  setAutoBackupSettings,
  unlockArchive,
  type ArchiveHeader,
  type ArchiveSecret,
  type AutoBackupSettings,
  type BackupProgress,
  type OpenedArchive,
  type Refused,
  type RestoreProgress,
} from '../../db/backup';
import { getDb, openJianhuDb, type JianhuDb } from '../../db/database';
import { SecurityMetaKey } from '../../db/securityMeta';
import { createKeyring } from '../../security/keyring';
import { openWorkstationWrap } from '../../security/workstationKey';
import { getSetup } from '../../db/setup';
import { readAdmin } from '../../db/users';
import { getPlatform } from '../../platform';

/** `检护备份-340102-20260302-1000.jhbak`: unit and local time, so a folder of them sorts. */
function archiveFileName(header: ArchiveHeader): string {
  const stamp = dayjs(header.createdAt).format('YYYYMMDD-HHmmss');
  return `检护备份-${header.unit.code}-${stamp}.${ARCHIVE_EXTENSION}`;
}

export type BackupOutcome = { ok: true; savedAs: string | null } | Refused;

/** "Back up now": the archive, saved where the user picks, then its audit entry. */
export async function backUpNow(
  onProgress: (progress: BackupProgress) => void,
): Promise<BackupOutcome> {
  const actor = await currentActor();
  const db = getDb();
  const now = new Date();
  const made = await backUpDatabase(db, 'manual', now, onProgress);
  if (!made.ok) return made;
  const savedAs = await getPlatform().backups.saveAs(archiveFileName(made.header), made.archive);
  if (savedAs !== null) {
    await recordBackupMade(db, actor.userId, summaryOf(made.header, made.archive), new Date());
  }
  return { ok: true, savedAs };
}

function summaryOf(header: ArchiveHeader, archive: Blob) {
  return {
    kind: header.kind,
    bytes: archive.size,
    auditSeq: header.auditHead.seq,
    createdAt: header.createdAt,
  };
}

/**
 * The schedule's step: when an automatic backup is due and someone is signed in, one is made,
 * kept (rotated to the last N) and audited. While the session is locked, the desktop app makes it
 * with the data key its OS key store wraps for this workstation (security/workstationKey.ts), on
 * a handle of its own that is closed and locked right after. Answers whether one was made.
 */
export async function runAutoBackupIfDue(now = new Date()): Promise<boolean> {
  const db = getDb();
  const { userId, status } = useSession.getState();
  if (!userId || status === 'signedOut') return false;
  const [settings, lastAt] = await Promise.all([
    readAutoBackupSettings(db),
    readLastAutoBackupAt(db),
  ]);
  if (!isAutoBackupDue(settings, lastAt, now)) return false;
  if (status === 'active' && db.keyring?.isUnlocked()) {
    return backUpWith(db, userId, settings.keep, now);
  }
  const keyed = await openWithWorkstationKey(db);
  if (!keyed) return false;
  try {
    return await backUpWith(keyed, userId, settings.keep, now);
  } finally {
    keyed.keyring?.lock();
    keyed.close();
  }
}

async function backUpWith(db: JianhuDb, userId: UserId, keep: number, now: Date) {
  const made = await backUpDatabase(db, 'auto', now);
  if (!made.ok) return false;
  await getPlatform().backups.keep(made.archive, keep);
  await recordBackupMade(db, userId, summaryOf(made.header, made.archive), new Date());
  return true;
}

/** A second handle on the app's database, keyed by the workstation's wrap; null without one. */
async function openWithWorkstationKey(db: JianhuDb): Promise<JianhuDb | null> {
  const [wrap, keyId] = await Promise.all([
    db.meta.get(SecurityMetaKey.workstationWrap),
    db.meta.get(SecurityMetaKey.keyId),
  ]);
  if (typeof keyId?.value !== 'string') return null;
  const dataKey = await openWorkstationWrap(getPlatform(), wrap?.value, keyId.value);
  if (!dataKey) return null;
  const keyring = createKeyring();
  keyring.unlock(dataKey);
  dataKey.fill(0);
  return openJianhuDb(db.name, { keyring });
}

export async function saveAutoBackupSettings(settings: AutoBackupSettings) {
  return setAutoBackupSettings(getDb(), await currentActor(), settings, new Date());
}

export type ArchiveChoice = ({ ok: true } & OpenedArchive) | Refused | null;

/** The archive the user picks, its header read and checked; null when cancelled. */
export async function pickArchive(): Promise<ArchiveChoice> {
  const file = await getPlatform().backups.pick();
  return file === null ? null : readArchiveHeader(file);
}

/** A kept automatic backup, its header read and checked. */
export async function openKeptArchive(name: string): Promise<ArchiveChoice> {
  return readArchiveHeader(await getPlatform().backups.read(name));
}

export type RestoreRequest = {
  opened: OpenedArchive;
  secret: ArchiveSecret;
  /** A signed-in administrator ticked "restore this other unit's backup". */
  isOtherUnitConfirmed: boolean;
  onProgress: (progress: RestoreProgress) => void;
};

/**
 * Restores over this device: on a fresh profile anyone may (there is nothing to lose); on a set-up
 * device only a signed-in administrator, whose refused attempts are audited. On success the app
 * switches to the restored database and the window reloads to its sign-in.
 */
export async function restoreBackup(request: RestoreRequest): Promise<Refused | null> {
  const db = getDb();
  const setup = await getSetup(db);
  let adminId: UserId | null = null;
  if (setup) {
    const actor = await currentActor().catch(() => null);
    const admin = actor ? await readAdmin(db, actor) : null;
    if (!admin) return { ok: false, reason: BackupRefusal.adminOnly };
    adminId = admin.id;
  }
  const now = new Date();
  const refused = async (result: Refused): Promise<Refused> => {
    if (adminId) await recordRestoreRefused(db, adminId, result.reason, new Date());
    return result;
  };
  const unlocked = await unlockArchive(request.opened.header, request.secret);
  if (!unlocked.ok) return refused(unlocked);
  const restored = await restoreArchive(request.opened, unlocked.dataKey, {
    targetName: newRestoreDbName(now),
    currentUnitCode: setup?.unit.code ?? null,
    isOtherUnitConfirmed: adminId !== null && request.isOtherUnitConfirmed,
    userId: request.secret.userId,
    now,
    onProgress: request.onProgress,
  });
  unlocked.dataKey.fill(0);
  if (!restored.ok) return refused(restored);
  db.keyring?.lock();
  useSession.getState().signedOut();
  await switchActiveDatabase(db, restored.dbName);
  window.location.reload();
  return null;
}

/** The recovery export of the database `dbName` that will not open, saved where the user picks. */
export async function exportRecovery(
  dbName: string,
  secret: ArchiveSecret,
  onProgress: (progress: BackupProgress) => void,
): Promise<BackupOutcome> {
  const made = await exportRecoveryArchive(dbName, secret, new Date(), onProgress);
  if (!made.ok) return made;
  const savedAs = await getPlatform().backups.saveAs(archiveFileName(made.header), made.archive);
  return { ok: true, savedAs };
}
