/**
 * What a backup's header states about the database it was made from, read through a raw handle
 * inside the export's own read transaction, so the header and the body describe the same moment.
 */
import type { Dexie, Table } from 'dexie';
import { unitSchema } from '../../../../src-shared/domain/unit';
import { GENESIS_HASH } from '../../../../src-shared/audit/auditHash';
import { isEnvelope } from '../../security/cipher';
import type { CredentialRow } from '../credentials';
import { MetaKey } from '../meta';
import type { AuditEntry, MetaRow, UserRow } from '../rowTypes';
import { SecurityMetaKey } from '../securityMeta';
import type { ArchiveHeader, ArchiveUser } from './archiveHeader';

export type Snapshot = Pick<
  ArchiveHeader,
  | 'unit'
  | 'deviceId'
  | 'schemaVersion'
  | 'keyId'
  | 'users'
  | 'recoveryWrap'
  | 'rowCounts'
  | 'auditHead'
>;

function tableOf<T>(db: Dexie, name: string): Table<T> | null {
  return db.tables.some((table) => table.name === name) ? db.table(name) : null;
}

/** The users who can open the archive: those with a password on the device. */
export async function readArchiveUsers(db: Dexie): Promise<ArchiveUser[]> {
  const users = tableOf<UserRow>(db, 'users');
  const credentials = tableOf<CredentialRow>(db, 'credentials');
  if (!users || !credentials) return [];
  const [userRows, credentialRows] = await Promise.all([users.toArray(), credentials.toArray()]);
  const byId = new Map(userRows.map((user) => [user.id as string, user]));
  return credentialRows.flatMap((credential): ArchiveUser[] => {
    const user = byId.get(credential.userId);
    if (!user) return [];
    return [
      {
        userId: user.id,
        name: user.name,
        role: user.role,
        isAdmin: user.isAdmin === true,
        active: user.active,
        kdf: credential.kdf,
        verifier: credential.verifier,
        wrappedKey: credential.wrappedKey,
      },
    ];
  });
}

/**
 * Reads the header's facts. Call inside a read transaction over all of `tables`; throws when the
 * database has no unit or no data key (nothing a backup could be opened with).
 */
export async function readSnapshot(db: Dexie, tables: readonly Table[]): Promise<Snapshot> {
  const meta = tableOf<MetaRow>(db, 'meta');
  const audit = tableOf<AuditEntry>(db, 'audit');
  if (!meta) throw new Error('The database has no meta table');
  const [metaRows, users, counts, last] = await Promise.all([
    meta.bulkGet([
      MetaKey.unit,
      MetaKey.deviceId,
      SecurityMetaKey.keyId,
      SecurityMetaKey.recoveryWrap,
    ]),
    readArchiveUsers(db),
    Promise.all(tables.map((table) => table.count())),
    audit ? audit.orderBy('seq').last() : Promise.resolve(undefined),
  ]);
  const [unitRow, deviceRow, keyIdRow, recoveryRow] = metaRows;
  const unit = unitSchema.safeParse(unitRow?.value);
  const keyId = keyIdRow?.value;
  const deviceId = deviceRow?.value;
  if (!unit.success || typeof keyId !== 'string' || typeof deviceId !== 'string') {
    throw new Error('The database is not set up with a data key');
  }
  const recovery: unknown = (recoveryRow?.value as { wrapped?: unknown } | undefined)?.wrapped;
  return {
    unit: unit.data,
    deviceId,
    // Dexie patches a schema that differs from the declared one by a tenth (4 → 4.1); the
    // migrations are whole versions.
    schemaVersion: Math.floor(db.verno),
    keyId,
    users,
    recoveryWrap: isEnvelope(recovery) ? recovery : null,
    rowCounts: Object.fromEntries(tables.map((table, i) => [table.name, counts[i] ?? 0])),
    auditHead: last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH },
  };
}
