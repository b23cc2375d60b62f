/**
 * What the device keeps about its server in the `meta` table: the address, the enrollment (server
 * device id, unit, token), the pull cursor and the last successful run.
 *
 * The token at rest: in the desktop app main wraps it with Electron's safeStorage and only the
 * wrapped bytes (base64) are stored; it is unwrapped through main for a run. The web build has no
 * key store and keeps it as it is. The platform bridge picks (`getPlatform()`), or a caller passes
 * its own `TokenSecrets`.
 */
import { z } from 'zod';
import { unitSchema } from '../../../src-shared/sync/enroll';
import { cursorSchema } from '../../../src-shared/sync/pull';
import type { JianhuDb } from '../db/database';
import { getPlatform, type Platform, type StoredSecret } from '../platform';

/** Keys of the meta table that belong to sync. */
export const SyncMetaKey = {
  /** The server's base address, e.g. `https://jianhu.prov.example:8443`. */
  serverUrl: 'sync.serverUrl',
  /** The enrollment: server device id, unit, token (wrapped on the desktop), when. */
  enrollment: 'sync.enrollment',
  /** The pull position: moves only in the transaction that stores the page it ends. */
  cursor: 'sync.cursor',
  /** End of the last run that completed (ISO). */
  lastSuccessAt: 'sync.lastSuccessAt',
} as const;
export type SyncMetaKey = (typeof SyncMetaKey)[keyof typeof SyncMetaKey];

/** The enrollment in memory, token unwrapped: what a run needs. Never stored in this form by the desktop app. */
export const enrollmentSchema = z.object({
  /** The id the server gave this device (not the local deviceId: the server names its devices). */
  serverDeviceId: z.uuid(),
  unit: unitSchema,
  token: z.string().min(1),
  enrolledAt: z.string(),
});
export type Enrollment = z.infer<typeof enrollmentSchema>;

/** The enrollment as stored: exactly one of the clear token (web build) or the wrapped one (desktop). */
export const storedEnrollmentSchema = z
  .object({
    serverDeviceId: z.uuid(),
    unit: unitSchema,
    enrolledAt: z.string(),
    /** Web build, and rows from before tokens were wrapped: the token as it is. */
    token: z.string().min(1).optional(),
    /** Desktop app: base64 of the token wrapped by main with safeStorage. */
    wrappedToken: z.base64().min(4).optional(),
  })
  .refine((e) => (e.token === undefined) !== (e.wrappedToken === undefined), 'one token form');
export type StoredEnrollment = z.infer<typeof storedEnrollmentSchema>;

/** How the token is kept at rest: the platform's wrap and unwrap. */
export type TokenSecrets = Pick<Platform, 'wrapSecret' | 'unwrapSecret'>;

/** Keeps the token as it is: the web build's way, and Node's (tests, tools) where no window is. */
export const clearTokenSecrets: TokenSecrets = {
  wrapSecret: (plain) => Promise.resolve({ clear: plain }),
  unwrapSecret: (stored) =>
    'clear' in stored
      ? Promise.resolve({ plain: stored.clear, restore: null })
      : Promise.reject(new Error('a wrapped token needs the desktop app')),
};

/** The running platform's secrets, or clear keeping outside a browser window. */
export function platformTokenSecrets(): TokenSecrets {
  return typeof window === 'undefined' ? clearTokenSecrets : getPlatform();
}

export type SyncSettings = {
  serverUrl: string | null;
  enrollment: Enrollment | null;
  cursor: string;
  lastSuccessAt: string | null;
};

/** What screens show: everything but the token, and whether the token is wrapped. */
export type SyncOverview = {
  serverUrl: string | null;
  enrollment: (Omit<Enrollment, 'token'> & { isTokenWrapped: boolean }) | null;
  cursor: string;
  lastSuccessAt: string | null;
};

function storedSecretOf(enrollment: StoredEnrollment): StoredSecret {
  return enrollment.wrappedToken === undefined
    ? { clear: enrollment.token ?? '' }
    : { wrapped: enrollment.wrappedToken };
}

/** The stored enrollment with `secret` in the form it came in. */
function withStoredSecret(
  enrollment: Omit<Enrollment, 'token'>,
  secret: StoredSecret,
): StoredEnrollment {
  const { serverDeviceId, unit, enrolledAt } = enrollment;
  return 'wrapped' in secret
    ? { serverDeviceId, unit, enrolledAt, wrappedToken: secret.wrapped }
    : { serverDeviceId, unit, enrolledAt, token: secret.clear };
}

/** Reads sync's meta rows; never unwraps, so screens (live queries) can call it freely. */
export async function readSyncOverview(db: JianhuDb): Promise<SyncOverview> {
  const rows = await db.meta.bulkGet(Object.values(SyncMetaKey));
  const value = (key: SyncMetaKey): unknown => rows.find((r) => r?.key === key)?.value;
  const url = value(SyncMetaKey.serverUrl);
  const stored = storedEnrollmentSchema.safeParse(value(SyncMetaKey.enrollment));
  const cursor = cursorSchema.safeParse(value(SyncMetaKey.cursor));
  const last = value(SyncMetaKey.lastSuccessAt);
  return {
    serverUrl: typeof url === 'string' && url !== '' ? url : null,
    enrollment: stored.success
      ? {
          serverDeviceId: stored.data.serverDeviceId,
          unit: stored.data.unit,
          enrolledAt: stored.data.enrolledAt,
          isTokenWrapped: stored.data.wrappedToken !== undefined,
        }
      : null,
    cursor: cursor.success ? cursor.data : '0',
    lastSuccessAt: typeof last === 'string' ? last : null,
  };
}

/**
 * The settings a run needs, token unwrapped (through main on the desktop). Rejects when a wrapped
 * token cannot be opened (a `PlatformError` with `secret-unreadable`).
 */
export async function readSyncSettings(
  db: JianhuDb,
  secrets: TokenSecrets = platformTokenSecrets(),
): Promise<SyncSettings> {
  const [overview, row] = await Promise.all([
    readSyncOverview(db),
    db.meta.get(SyncMetaKey.enrollment),
  ]);
  const stored = storedEnrollmentSchema.safeParse(row?.value);
  let enrollment: Enrollment | null = null;
  if (overview.enrollment && stored.success) {
    const { isTokenWrapped: _, ...rest } = overview.enrollment;
    const opened = await secrets.unwrapSecret(storedSecretOf(stored.data));
    enrollment = { ...rest, token: opened.plain };
  }
  return { ...overview, enrollment };
}

/**
 * Stores a new enrollment: server address, enrollment with its token wrapped first (outside the
 * transaction: an IPC round trip would let IndexedDB commit it early), cursor back to 0.
 * A refused wrap (`secret-unprotected`) rejects before anything is written.
 */
export async function writeEnrollment(
  db: JianhuDb,
  input: { serverUrl: string; enrollment: Enrollment },
  secrets: TokenSecrets = platformTokenSecrets(),
): Promise<void> {
  const { token, ...rest } = input.enrollment;
  const stored = withStoredSecret(rest, await secrets.wrapSecret(token));
  // Sync bookkeeping in meta only (no record changes): under the write queue, one transaction.
  await db.writes.run(() =>
    db.transaction('rw', db.meta, async () => {
      await db.meta.bulkPut([
        { key: SyncMetaKey.serverUrl, value: input.serverUrl.trim() },
        { key: SyncMetaKey.enrollment, value: stored },
        { key: SyncMetaKey.cursor, value: '0' },
      ]);
    }),
  );
}

/** What `protectStoredToken` did. */
export const TokenProtectionOutcome = {
  /** Nothing stored, or already in the platform's form. */
  unchanged: 'unchanged',
  /** A clear token was wrapped, or a wrapped one re-wrapped after a key rotation. */
  rewritten: 'rewritten',
} as const;
export type TokenProtectionOutcome =
  (typeof TokenProtectionOutcome)[keyof typeof TokenProtectionOutcome];

/**
 * Brings the stored token to the platform's form: wraps one left in clear (written before
 * wrapping existed, or while protection was refused) and re-wraps one whose key rotated. The row
 * is replaced only if it did not change meanwhile. Rejects with the platform's error
 * (`secret-unprotected` while the user has not accepted weaker protection).
 */
export async function protectStoredToken(
  db: JianhuDb,
  secrets: TokenSecrets = platformTokenSecrets(),
): Promise<TokenProtectionOutcome> {
  const row = await db.meta.get(SyncMetaKey.enrollment);
  const stored = storedEnrollmentSchema.safeParse(row?.value);
  if (!stored.success) return TokenProtectionOutcome.unchanged;
  const secret = storedSecretOf(stored.data);
  let next: StoredSecret | null;
  if ('clear' in secret) {
    const wrapped = await secrets.wrapSecret(secret.clear);
    next = 'wrapped' in wrapped ? wrapped : null;
  } else {
    next = (await secrets.unwrapSecret(secret)).restore;
  }
  if (next === null) return TokenProtectionOutcome.unchanged;
  const replacement = withStoredSecret(stored.data, next);
  return db.writes.run(() =>
    db.transaction('rw', db.meta, async () => {
      const current = await db.meta.get(SyncMetaKey.enrollment);
      // Another enrollment landed while main was wrapping: that one wins.
      if (JSON.stringify(current?.value) !== JSON.stringify(row?.value)) {
        return TokenProtectionOutcome.unchanged;
      }
      await db.meta.put({ key: SyncMetaKey.enrollment, value: replacement });
      return TokenProtectionOutcome.rewritten;
    }),
  );
}

/** Records the end of a completed run. Sync bookkeeping only: no audit entry. */
export function writeLastSuccess(db: JianhuDb, at: string): Promise<void> {
  return db.writes.run(() =>
    db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: SyncMetaKey.lastSuccessAt, value: at });
    }),
  );
}
