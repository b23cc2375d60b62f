/** A set-up device on fake-indexeddb and a case card, for the search tests that use the real database. */
import { afterEach } from 'vitest';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';
import { generateDemoCases } from '../../../src-shared/demo/generateCases';
import { importCases, type Actor } from '../../../src-renderer/src/db/cases';
import type { SearchClient } from '../../../src-renderer/src/search/searchClient';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { completeFirstRun } from '../../../src-renderer/src/db/setup';
import { TEST_KDF, TEST_PASSWORD } from '../db/fixtures';

export type Device = { db: JianhuDb; actor: Actor; name: string };

let counter = 0;

/** When `closedAfterEach().device` imports its cases. */
const IMPORTED_AT = new Date('2026-03-02T10:00:00+08:00');

export async function setUpDevice(): Promise<Device> {
  counter += 1;
  const name = `jianhu-search-${String(counter)}-${String(Math.random()).slice(2, 10)}`;
  const db = openJianhuDb(name);
  const result = await completeFirstRun(
    db,
    {
      unit: { name: '合肥市瑶海区人民检察院', code: '340102' },
      user: { name: '王检察官', role: 'procurator', password: TEST_PASSWORD },
    },
    new Date('2026-03-01T09:00:00+08:00'),
    TEST_KDF,
  );
  if (!result.ok) throw new Error('first run failed');
  return {
    db,
    name,
    actor: { userId: result.value.userId, unitCode: '340102', deviceId: result.value.deviceId },
  };
}

/** The example case: two parties, a title with 农民工 and facts with 钢筋. */
export function caseInput(overrides: Partial<CaseCardInput> = {}): CaseCardInput {
  return {
    title: '张某等12名农民工追索劳动报酬案',
    caseType: 'supportProsecution',
    source: 'application',
    focalPoint: 'workers',
    parties: [
      { id: 'p1', role: 'applicant', name: '欧阳晓岚', sex: 'male', flags: ['migrantWorker'] },
      {
        id: 'p2',
        role: 'respondent',
        name: '合肥某建筑劳务有限公司',
        sex: 'unknown',
        idType: 'other',
      },
    ],
    claims: '支付拖欠的劳动报酬',
    facts: '申请人等12人在工地从事钢筋工作，被拖欠工资共计138600元。',
    handlerId: 'handler-1',
    department: 'civil',
    receivedAt: '2026-02-20',
    ...overrides,
  };
}

/**
 * Devices and search clients closed after each test of the calling file: `device(n)` holds `n`
 * demo cases imported through the app's import; `keep(client)` disposes the client.
 */
export function closedAfterEach(): {
  device: (cases?: number) => Promise<Device>;
  keep: (client: SearchClient) => SearchClient;
} {
  let cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const f of cleanup) f();
    cleanup = [];
  });
  return {
    device: async (cases = 0) => {
      const d = await setUpDevice();
      cleanup.push(() => d.db.close());
      if (cases > 0) {
        const cards = generateDemoCases({
          seed: 11,
          count: cases,
          unitCode: '340102',
          handlerIds: [d.actor.userId],
        });
        await importCases(d.db, d.actor, cards, IMPORTED_AT);
      }
      return d;
    },
    keep: (client) => {
      cleanup.push(() => client.dispose());
      return client;
    },
  };
}
