/**
 * Schema version 5: approval requests (src-shared/sync/approvals.ts), synced as entity
 * 'approval'. Listed by status (the approver's inbox, the requester's pending ones) and by
 * workflow (the workflow card shows its request). Users are synced from this version on too
 * (entity 'user'); their rows gain `rev`/`seq`/`updatedAt` without an index change.
 *
 * The upgrade queues, once, a 'create' of every user an older build wrote, so they reach the
 * server: the server checks approval answers against the unit's synced users, and it decides a
 * device's changes in the device's order, so the creates must come before anything this build
 * writes — an upgrade is the one moment nothing else has written yet. They are patchless (like an
 * imported case): an upgrade holds no key and the outbox's patch is sealed, so the sync engine
 * reads the user row when it sends the change (sync/collect.ts). `rev: 0` marks a row as queued.
 * No audit entry: no user's data changes, only what waits for the server.
 */
import type { Transaction } from 'dexie';
import { uuidv7 } from '../../../../src-shared/domain/ids';
import type { Migration } from './migration';

type StoredUser = { id: string; createdAt?: unknown; rev?: unknown };

function deviceTimeOf(user: StoredUser, nowMs: number): string {
  const at = typeof user.createdAt === 'string' ? Date.parse(user.createdAt) : Number.NaN;
  return new Date(Number.isFinite(at) ? at : nowMs).toISOString();
}

async function queueLegacyUsers(tx: Transaction): Promise<void> {
  const users = tx.table<StoredUser, string>('users');
  const legacy = (await users.toArray()).filter((user) => user.rev === undefined);
  if (legacy.length === 0) return;
  const meta = tx.table<{ key: string; value: unknown }, string>('meta');
  const counter = (await meta.get('nextDeviceSeq'))?.value;
  const first = typeof counter === 'number' ? counter : 1;
  const nowMs = Date.now();
  await tx.table('outbox').bulkAdd(
    legacy.map((user, i) => ({
      changeId: uuidv7(nowMs, crypto.getRandomValues(new Uint8Array(16))),
      deviceSeq: first + i,
      entity: 'user',
      entityId: user.id,
      op: 'create',
      baseRev: 0,
      patch: null,
      deviceTime: deviceTimeOf(user, nowMs),
      attempts: 0,
      lastAttemptAt: null,
      lastError: null,
    })),
  );
  // The counter moves with the rows it numbered: deviceSeq stays gapless (meta.ts).
  await meta.put({ key: 'nextDeviceSeq', value: first + legacy.length });
  await users.bulkPut(legacy.map((user) => ({ ...user, rev: 0 })));
}

export const migration0005: Migration = {
  version: 5,
  stores: {
    approvals: 'id, status, workflowId, seq',
  },
  upgrade: queueLegacyUsers,
};
