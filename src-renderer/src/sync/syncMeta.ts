/**
 * What the device keeps about its server in the `meta` table: the address, the enrollment (server
 * device id, unit, token), the pull cursor and the last successful run.
 */
import { z } from 'zod';
import { unitSchema } from '../../../src-shared/sync/enroll';
import { cursorSchema } from '../../../src-shared/sync/pull';
import type { JianhuDb } from '../db/database';

/** Keys of the meta table that belong to sync. */
export const SyncMetaKey = {
  /** The server's base address, e.g. `https://jianhu.prov.example:8443`. */
  serverUrl: 'sync.serverUrl',
  /** The enrollment: server device id, unit, token, when. */
  enrollment: 'sync.enrollment',
  /** The pull position: moves only in the transaction that stores the page it ends. */
  cursor: 'sync.cursor',
  /** End of the last run that completed (ISO). */
  lastSuccessAt: 'sync.lastSuccessAt',
} as const;
export type SyncMetaKey = (typeof SyncMetaKey)[keyof typeof SyncMetaKey];

export const enrollmentSchema = z.object({
  /** The id the server gave this device (not the local deviceId: the server names its devices). */
  serverDeviceId: z.uuid(),
  unit: unitSchema,
  // TODO(electron safeStorage): in the desktop app the token must be wrapped by main with
  // Electron's safeStorage (encryptString/decryptString over IPC) before it is stored here, and
  // unwrapped only for a request. The web build has no such store and keeps it as it is.
  token: z.string().min(1),
  enrolledAt: z.string(),
});
export type Enrollment = z.infer<typeof enrollmentSchema>;

export type SyncSettings = {
  serverUrl: string | null;
  enrollment: Enrollment | null;
  cursor: string;
  lastSuccessAt: string | null;
};

export async function readSyncSettings(db: JianhuDb): Promise<SyncSettings> {
  const rows = await db.meta.bulkGet(Object.values(SyncMetaKey));
  const value = (key: SyncMetaKey): unknown => rows.find((r) => r?.key === key)?.value;
  const url = value(SyncMetaKey.serverUrl);
  const enrollment = enrollmentSchema.safeParse(value(SyncMetaKey.enrollment));
  const cursor = cursorSchema.safeParse(value(SyncMetaKey.cursor));
  const last = value(SyncMetaKey.lastSuccessAt);
  return {
    serverUrl: typeof url === 'string' && url !== '' ? url : null,
    enrollment: enrollment.success ? enrollment.data : null,
    cursor: cursor.success ? cursor.data : '0',
    lastSuccessAt: typeof last === 'string' ? last : null,
  };
}

/** Records the end of a completed run. Sync bookkeeping only: no audit entry. */
export function writeLastSuccess(db: JianhuDb, at: string): Promise<void> {
  return db.writes.run(() =>
    db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: SyncMetaKey.lastSuccessAt, value: at });
    }),
  );
}
