/** Shared set-up for the db tests: a fresh database per test, a set-up device and valid cards. */
import { afterEach } from 'vitest';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';
import { residentIdCheckChar } from '../../../src-shared/domain/residentId';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { openJianhuDb } from '../../../src-renderer/src/db/database';
import { createKeyring, type Keyring } from '../../../src-renderer/src/security/keyring';
import { completeFirstRun } from '../../../src-renderer/src/db/setup';
import type { Actor } from '../../../src-renderer/src/db/cases';

/** A password that meets every rule; the tests' KDF is cheap (production: 600,000 iterations). */
export const TEST_PASSWORD = 'Desk#2026-jianhu';
export const TEST_KDF = { iterations: 1_000 } as const;

let counter = 0;

/** A keyring holding a random data key, as after a sign-in. */
export function unlockedKeyring(): Keyring {
  const keyring = createKeyring();
  keyring.unlock(crypto.getRandomValues(new Uint8Array(32)));
  return keyring;
}

/**
 * A database with a name no other test uses (fake-indexeddb is shared within a file), opened as
 * after a sign-in: its keyring holds a data key (the first run replaces it with the unit's).
 */
export function freshDb(): JianhuDb {
  counter += 1;
  return openJianhuDb(`jianhu-test-${String(counter)}-${String(Math.random()).slice(2, 10)}`, {
    keyring: unlockedKeyring(),
  });
}

export const UNIT_CODE = '340102';

/**
 * Outbox rows the first run leaves: the administrator's 'create' (users sync,
 * src-renderer/src/db/userSync.ts), at deviceSeq 1. Later changes are numbered after it.
 */
export const FIRST_RUN_CHANGES = 1;

/** A fresh database after the first run, and the first user as the actor. */
export async function setUpDevice(now = new Date('2026-03-01T09:00:00+08:00')) {
  const db = freshDb();
  const result = await completeFirstRun(
    db,
    {
      unit: { name: '合肥市瑶海区人民检察院', code: UNIT_CODE },
      user: { name: '王检察官', role: 'procurator', password: TEST_PASSWORD },
    },
    now,
    TEST_KDF,
  );
  if (!result.ok) throw new Error(`first run failed: ${JSON.stringify(result.issues)}`);
  const actor: Actor = {
    userId: result.value.userId,
    unitCode: UNIT_CODE,
    deviceId: result.value.deviceId,
  };
  return { db, actor };
}

/** A valid resident ID number made from 17 digits (birth date 1990-03-07 + a sequence). */
export function residentId(sequence: number): string {
  const first17 = `34010219900307${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A valid case card; `i` varies the title, party and dates. */
export function validInput(i = 0, overrides: Partial<CaseCardInput> = {}): CaseCardInput {
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    title: `张某${String(i)}等农民工追索劳动报酬案`,
    caseType: 'civilEnforcement',
    source: 'application',
    focalPoint: 'workers',
    parties: [
      {
        id: `party-${String(i)}`,
        role: 'applicant',
        name: `张某${String(i)}`,
        sex: 'male',
        phone: '13812345678',
        idType: 'residentId',
        idNumber: residentId(i),
        flags: ['migrantWorker'],
      },
    ],
    claims: '支付拖欠工资',
    facts: `申请人在某建筑工地务工，被拖欠工资${String(1000 + i)}元。`,
    handlerId: 'handler-1',
    department: 'civil',
    receivedAt: `2026-02-${day}`,
    ...overrides,
  };
}

/** Row counts of the tables a case write touches. */
export async function counts(db: JianhuDb) {
  const [cases, audit, outbox, meta] = await Promise.all([
    db.cases.count(),
    db.audit.count(),
    db.outbox.count(),
    db.meta.count(),
  ]);
  return { cases, audit, outbox, meta };
}

/**
 * For a test file: `setUpDevice` whose databases are all closed after each test. Call it once at
 * the file's top level (it registers the `afterEach`).
 */
export function devicesClosedAfterEach(): () => ReturnType<typeof setUpDevice> {
  let open: JianhuDb[] = [];
  afterEach(() => {
    for (const db of open) db.close();
    open = [];
  });
  return async () => {
    const d = await setUpDevice();
    open.push(d.db);
    return d;
  };
}
