/**
 * Devices for the sync tests: a fresh JianhuDb (fake-indexeddb) set up for a unit, enrolled on the
 * real server over HTTP, with a sync engine that is driven by `syncNow()` (timers never started).
 */
import { issueEnrollmentCode } from '../../../../src-server/admin/adminCommands';
import type { Db } from '../../../../src-server/db/db';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import type { Role } from '../../../../src-shared/domain/codes';
import type { Actor } from '../../../../src-renderer/src/db/cases';
import { CARD_KEYS } from '../../../../src-renderer/src/db/caseFields';
import type { JianhuDb } from '../../../../src-renderer/src/db/database';
import { openJianhuDb } from '../../../../src-renderer/src/db/database';
import { TEST_KDF, TEST_PASSWORD } from '../../../unit/db/fixtures';
import { completeFirstRun } from '../../../../src-renderer/src/db/setup';
import {
  createSyncEngine,
  enrollDevice,
  readSyncSettings,
  type SyncEngine,
  type SyncEngineOptions,
} from '../../../../src-renderer/src/sync';

export type TestDevice = {
  name: string;
  db: JianhuDb;
  actor: Actor;
  engine: SyncEngine;
  serverDeviceId: string;
  unitCode: string;
};

let counter = 0;

/** A small seeded generator (mulberry32): jitter and test data reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DeviceOptions = {
  /** Where the engine sends its requests (default: the server itself). */
  serverUrl?: string;
  engine?: Partial<SyncEngineOptions>;
  now?: () => Date;
  /** The first run's administrator (default: a procurator named 检察官). */
  user?: { name: string; role: Role };
};

export async function addDevice(
  server: { db: Db; url: string },
  unitCode: string,
  options: DeviceOptions = {},
): Promise<TestDevice> {
  counter += 1;
  const name = `sync-test-${String(counter)}-${String(Math.random()).slice(2, 10)}`;
  const db = openJianhuDb(name);
  const now = options.now ?? (() => new Date());
  const setup = await completeFirstRun(
    db,
    {
      unit: { name: `检察院${unitCode}`, code: unitCode },
      user: {
        ...(options.user ?? { name: '检察官', role: 'procurator' }),
        password: TEST_PASSWORD,
      },
    },
    now(),
    TEST_KDF,
  );
  if (!setup.ok) throw new Error('first run failed');
  const { engine, serverDeviceId } = await enrollWithEngine(server, db, unitCode, options);
  return {
    name,
    db,
    actor: { userId: setup.value.userId, unitCode, deviceId: setup.value.deviceId },
    engine,
    serverDeviceId,
    unitCode,
  };
}

/** Enrols an already set-up database on the server and makes its engine (driven by syncNow). */
export async function enrollWithEngine(
  server: { db: Db; url: string },
  db: JianhuDb,
  unitCode: string,
  options: DeviceOptions = {},
): Promise<{ engine: SyncEngine; serverDeviceId: string }> {
  const now = options.now ?? (() => new Date());
  const { code } = await issueEnrollmentCode(server.db, { unitCode }, now());
  await enrollDevice({ db, serverUrl: server.url, code, fetch: globalThis.fetch, now });
  const settings = await readSyncSettings(db);
  const engine = createSyncEngine({
    db,
    fetch: globalThis.fetch,
    now,
    random: seededRandom(counter),
    subscribeOnline: () => () => undefined,
    requestTimeoutMs: 5_000,
    ...(options.serverUrl === undefined ? {} : { serverUrl: options.serverUrl }),
    ...options.engine,
  });
  return { engine, serverDeviceId: settings.enrollment?.serverDeviceId ?? '' };
}

/** What a person reads of a case: its card (no empty values) and whether it is deleted. */
export function contentOf(record: CaseRecord | Record<string, unknown> | undefined): unknown {
  if (!record) return undefined;
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of CARD_KEYS) {
    const value = source[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

export async function closeDevices(devices: readonly TestDevice[]): Promise<void> {
  for (const device of devices) {
    device.engine.stop();
    await device.db.delete();
  }
}
