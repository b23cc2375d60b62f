/**
 * pullReference against an in-process server answering `GET /reference` and `/reference/:kind`:
 * changed kinds are fetched, checked and stored with one audit entry each in one transaction;
 * unchanged kinds are not fetched again; a payload that fails its schema stores nothing and stops
 * the run with `reference-invalid`; the calendar counts with the tables once they are stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CN_2026 } from '../../../src-shared/calendar';
import type { ReferenceEntry } from '../../../src-shared/sync/reference';
import {
  defaultCalendar,
  setReferenceHolidayTables,
} from '../../../src-renderer/src/db/workflowDue';
import { pullReference } from '../../../src-renderer/src/sync/pullReference';
import {
  listStoredReference,
  loadReferenceCalendar,
  readReferenceWageBases,
} from '../../../src-renderer/src/sync/referenceStore';
import { createSyncHttp } from '../../../src-renderer/src/sync/syncHttp';
import { SyncFailure } from '../../../src-renderer/src/sync/syncFailure';
import { TEST_TABLE_2027, TEST_WAGE_BASES } from '../../fixtures/referenceData';
import { setUpDevice } from '../db/fixtures';

const NOW = new Date('2026-12-01T02:00:00.000Z');
const hash = (c: string) => c.repeat(64);

function entry(kind: string, version: number, h: string): ReferenceEntry & Record<string, unknown> {
  return {
    kind: kind as ReferenceEntry['kind'],
    version,
    hash: hash(h),
    scope: 'province',
    updatedAt: '2026-11-30T08:00:00.000Z',
  };
}

/** A server whose index and payloads a test sets; it records the paths asked for. */
function referenceServer() {
  const state = {
    index: { status: 200, body: { kinds: [] as unknown[] } as unknown },
    sets: new Map<string, unknown>(),
    requests: [] as string[],
  };
  const http = createSyncHttp({
    serverUrl: 'http://127.0.0.1:8787',
    token: 'token-token-token-token-1',
    timeoutMs: 5_000,
    isOnline: () => true,
    fetch: (url) => {
      const path = new URL(url).pathname.replace('/api/v1', '');
      state.requests.push(path);
      const reply =
        path === '/reference'
          ? state.index
          : state.sets.has(path.slice('/reference/'.length))
            ? { status: 200, body: state.sets.get(path.slice('/reference/'.length)) }
            : { status: 404, body: { code: 'not-found', message: 'none' } };
      return Promise.resolve(
        new Response(JSON.stringify(reply.body), {
          status: reply.status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  });
  const publish = (kind: string, version: number, h: string, data: unknown) => {
    const e = entry(kind, version, h);
    state.sets.set(kind, { ...e, data });
    const others = (state.index.body as { kinds: { kind: string }[] }).kinds.filter(
      (k) => k.kind !== kind,
    );
    state.index = { status: 200, body: { kinds: [...others, e] } };
  };
  return { state, http, publish };
}

async function device() {
  const { db } = await setUpDevice();
  const server = referenceServer();
  const audits = () => db.audit.filter((a) => a.action === 'reference.receive').toArray();
  const pull = () => pullReference({ db, http: server.http, now: () => NOW });
  return { db, server, audits, pull };
}

afterEach(() => {
  setReferenceHolidayTables([]);
});

describe('pullReference', () => {
  it('stores every changed kind with an audit entry, skips kinds it does not know, and moves the calendar', async () => {
    const d = await device();
    d.server.publish('holidays', 1, 'a', [TEST_TABLE_2027]);
    d.server.publish('wageBases', 2, 'b', TEST_WAGE_BASES);
    (d.server.state.index.body as { kinds: unknown[] }).kinds.push({ kind: 'templates', v: 'x' });
    expect(defaultCalendar().coverage('2027-03-01' as never)).toBe('assumed');

    expect(await d.pull()).toEqual(['holidays', 'wageBases']);

    expect(d.server.state.requests).toEqual([
      '/reference',
      '/reference/holidays',
      '/reference/wageBases',
    ]);
    const stored = await listStoredReference(d.db);
    expect(stored.map((s) => [s.kind, s.version, s.receivedAt])).toEqual([
      ['holidays', 1, NOW.toISOString()],
      ['wageBases', 2, NOW.toISOString()],
    ]);
    expect(await readReferenceWageBases(d.db)).toEqual(TEST_WAGE_BASES);
    const audits = await d.audits();
    expect(audits.map((a) => [a.entityId, a.userId, a.success, a.diff])).toEqual([
      [
        'holidays',
        'system:sync',
        true,
        { origin: 'server', version: { from: null, to: 1 }, hash: hash('a'), scope: 'province' },
      ],
      [
        'wageBases',
        'system:sync',
        true,
        { origin: 'server', version: { from: null, to: 2 }, hash: hash('b'), scope: 'province' },
      ],
    ]);
    expect(defaultCalendar().coverage('2027-03-01' as never)).toBe('official');
  });

  it('fetches nothing when the index shows the stored versions, and only the kind that changed', async () => {
    const d = await device();
    d.server.publish('holidays', 1, 'a', [TEST_TABLE_2027]);
    d.server.publish('wageBases', 1, 'b', TEST_WAGE_BASES);
    await d.pull();
    d.server.state.requests.length = 0;

    expect(await d.pull()).toEqual([]);
    expect(d.server.state.requests).toEqual(['/reference']);
    expect(await d.audits()).toHaveLength(2);

    d.server.publish('wageBases', 3, 'c', { ...TEST_WAGE_BASES, version: 'newer' });
    d.server.state.requests.length = 0;
    expect(await d.pull()).toEqual(['wageBases']);
    expect(d.server.state.requests).toEqual(['/reference', '/reference/wageBases']);
    expect((await readReferenceWageBases(d.db))?.version).toBe('newer');
    expect((await d.audits()).at(-1)?.diff).toMatchObject({ version: { from: 1, to: 3 } });
  });

  it.each([
    [
      'a holiday table with a weekday make-up day',
      [{ ...TEST_TABLE_2027, makeUpWorkdays: [{ date: '2027-02-17', holiday: 'newYear' }] }],
    ],
    ['a wage table where holidays belong', TEST_WAGE_BASES],
    ['no data at all', undefined],
  ])('stores nothing when a payload fails its check: %s', async (_what, badHolidays) => {
    const d = await device();
    d.server.publish('wageBases', 1, 'b', TEST_WAGE_BASES);
    d.server.publish('holidays', 1, 'a', badHolidays);

    const failure = await d.pull().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SyncFailure);
    expect(failure).toMatchObject({ code: 'reference-invalid' });
    expect(await d.db.reference.count()).toBe(0);
    expect(await d.audits()).toEqual([]);
    expect(defaultCalendar().coverage('2027-03-01' as never)).toBe('assumed');
  });

  it('refuses a malformed index the same way, and takes a server without reference data calmly', async () => {
    const d = await device();
    d.server.state.index = { status: 200, body: { kinds: [{ kind: 'holidays', version: -1 }] } };
    await expect(d.pull()).rejects.toMatchObject({ code: 'reference-invalid' });
    d.server.state.index = { status: 200, body: { sets: [] } };
    await expect(d.pull()).rejects.toMatchObject({ code: 'reference-invalid' });
    d.server.state.index = { status: 404, body: { code: 'not-found', message: 'no route' } };
    expect(await d.pull()).toEqual([]);
    expect(await d.db.reference.count()).toBe(0);
  });

  it('loads the stored tables into the calendar at start, and a server table replaces a shipped year', async () => {
    const d = await device();
    // The server corrects 2026: no make-up day on 2026-01-04 (a Sunday) any more.
    const corrected2026 = { ...CN_2026, makeUpWorkdays: CN_2026.makeUpWorkdays.slice(1) };
    d.server.publish('holidays', 1, 'a', [corrected2026, TEST_TABLE_2027]);
    await d.pull();
    setReferenceHolidayTables([]);
    expect(defaultCalendar().isWorkingDay('2026-01-04' as never)).toBe(true);

    await loadReferenceCalendar(d.db);
    const calendar = defaultCalendar();
    expect(calendar.isWorkingDay('2026-01-04' as never)).toBe(false);
    expect(calendar.isWorkingDay('2027-02-20' as never)).toBe(true);
    expect(calendar.isStatutoryHoliday('2027-10-04' as never)).toBe(true);
    expect(calendar.officialYears).toEqual([2024, 2025, 2026, 2027]);
  });
});
