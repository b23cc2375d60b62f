/**
 * How a server state of a user (entity 'user') becomes the local row (pure, like applyRemote.ts
 * for cases). A newer revision replaces every synced field except those a pending local change
 * sets; a state that is not a valid user is passed over. A user new to this workstation arrives
 * without a credential: they sign in here only once its administrator sets them a password.
 * Role, administrator right and active flag changes made elsewhere apply here too.
 */
import { isDeepEqual } from '../../../src-shared/sync/merge';
import type { ServerRecord } from '../../../src-shared/sync/push';
import { userDataSchema, type UserData } from '../../../src-shared/sync/users';
import type { UserId } from '../../../src-shared/domain/ids';
import { SYNC_AUDIT_USER, type PendingFields, type PlanOptions } from './applyRemote';
import { AuditAction } from './auditActions';
import type { AuditDraft } from './auditedWrite';
import type { UserRow } from './rowTypes';
import { userSyncedFields } from './userSync';

/** A user row as sync handles it: always with a revision (0 until the server has it). */
export type SyncedUserRow = UserRow & { rev: number };

export type RemoteUserPlan = {
  record: SyncedUserRow;
  /** Synced fields whose value changes (empty: only the revision moves). */
  changed: string[];
  isNew: boolean;
};

const SYNCED_KEYS = Object.keys(userDataSchema.shape) as (keyof UserData)[];

function isSyncedKey(field: string): field is keyof UserData {
  return (SYNCED_KEYS as readonly string[]).includes(field);
}

/** The local row after taking `remote`, or null (another entity, not newer, or not a user). */
export function planRemoteUser(
  local: SyncedUserRow | undefined,
  pending: PendingFields,
  remote: ServerRecord,
  options: PlanOptions = {},
): RemoteUserPlan | null {
  if (remote.entity !== 'user') return null;
  if (local && (local.rev > remote.rev || (local.rev === remote.rev && !options.allowSameRev)))
    return null;
  if (local && pending === 'all')
    return { record: { ...local, rev: remote.rev }, changed: [], isNew: false };
  const parsed = userDataSchema.safeParse(remote.data);
  if (!parsed.success) return null;
  const data: UserData = { ...parsed.data };
  if (local && pending !== 'all') {
    const mine = userSyncedFields(local);
    for (const field of pending) {
      // A pending local field stands until the server answers its change.
      if (isSyncedKey(field)) Object.assign(data, { [field]: mine[field] });
    }
  }
  const record: SyncedUserRow = {
    ...local,
    ...data,
    id: remote.entityId as UserId,
    rev: remote.rev,
    updatedAt: remote.updatedAt,
  };
  const before = local ? userSyncedFields(local) : undefined;
  const changed = SYNCED_KEYS.filter((key) => !isDeepEqual(before?.[key], data[key])).map(String);
  return { record, changed, isNew: local === undefined };
}

/** The audit entry for a pulled user: which fields changed, before and after (never a secret). */
export function remoteUserAudit(
  local: SyncedUserRow | undefined,
  plan: RemoteUserPlan,
  remote: Pick<ServerRecord, 'rev'> & { changeId?: string },
  extra: Record<string, unknown> = {},
): AuditDraft {
  const pick = (row: UserRow | undefined) => {
    if (!row) return null;
    const data = userSyncedFields(row);
    return Object.fromEntries(plan.changed.map((key) => [key, data[key as keyof UserData]]));
  };
  return {
    userId: SYNC_AUDIT_USER,
    action: plan.isNew ? AuditAction.userCreate : AuditAction.userUpdate,
    entity: 'user',
    entityId: plan.record.id,
    success: true,
    diff: {
      origin: 'server',
      rev: remote.rev,
      ...(remote.changeId === undefined ? {} : { changeId: remote.changeId }),
      ...extra,
      fields: plan.changed,
      before: pick(local),
      after: pick(plan.record),
    },
  };
}
