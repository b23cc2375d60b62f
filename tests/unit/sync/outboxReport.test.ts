/**
 * The outbox report rides on every push and pull: the push tells what waited before it, the pull
 * that ends a successful run says nothing is left, and the header always parses on the server.
 */
import { describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import { createSyncEngine, enrollDevice } from '../../../src-renderer/src/sync';
import { readOutboxReport } from '../../../src-renderer/src/sync/outboxReport';
import {
  OUTBOX_REPORT_HEADER,
  parseOutboxReportHeader,
} from '../../../src-shared/sync/outboxReport';
import { FIRST_RUN_CHANGES, setUpDevice, validInput } from '../db/fixtures';
import { createFakeServer } from './fakeServer';

const ENROLMENT = { serverUrl: 'http://127.0.0.1:8787', code: 'ABCD-EFGH', now: () => new Date() };

describe('the outbox report', () => {
  it('counts the outbox, and the sync run sends it with push and pull', async () => {
    const { db, actor } = await setUpDevice();
    for (let i = 0; i < 2; i++) await createCase(db, actor, validInput(i), new Date());
    const before = await readOutboxReport(db);
    expect(before).toMatchObject({ changes: FIRST_RUN_CHANGES + 2, refused: 0, attachments: 0 });
    const oldest = await db.outbox.orderBy('deviceSeq').first();
    expect(before.oldestChangeAt).toBe(oldest?.deviceTime);

    const server = createFakeServer();
    const sent: { request: string; header: string | null }[] = [];
    const fetch: typeof server.fetch = (url, init) => {
      const header = new Headers(init.headers).get(OUTBOX_REPORT_HEADER);
      sent.push({ request: `${init.method ?? 'GET'} ${new URL(url).pathname}`, header });
      return server.fetch(url, init);
    };
    await enrollDevice({ db, fetch, ...ENROLMENT });
    const engine = createSyncEngine({
      db,
      fetch,
      now: () => new Date('2026-11-29T08:00:00Z'),
      random: () => 0.5,
      timers: { set: () => 0, clear: () => undefined },
      isOnline: () => true,
      subscribeOnline: () => () => undefined,
    });
    await engine.syncNow();
    engine.stop();

    const reports = sent
      .filter((s) => s.request.endsWith('/sync/push') || s.request.includes('/sync/pull'))
      .map((s) => {
        const parsed = parseOutboxReportHeader(s.header ?? undefined);
        if (!parsed.ok) throw new Error(parsed.problem);
        return { request: s.request, changes: parsed.report?.changes };
      });
    expect(reports[0]).toEqual({
      request: 'POST /api/v1/sync/push',
      changes: FIRST_RUN_CHANGES + 2,
    });
    expect(reports.at(-1)).toEqual({ request: 'GET /api/v1/sync/pull', changes: 0 });
    expect(sent.find((s) => s.request.endsWith('/devices/enroll'))?.header).toBeNull();
  });

  it('is refused on the server when it is not the report', () => {
    expect(parseOutboxReportHeader(undefined)).toEqual({ ok: true, report: null });
    expect(parseOutboxReportHeader(['{}', '{}'])).toMatchObject({ ok: false });
    expect(parseOutboxReportHeader('x'.repeat(301))).toMatchObject({ ok: false });
    const badTime = parseOutboxReportHeader(
      '{"changes":1,"refused":0,"attachments":0,"oldestChangeAt":"yesterday"}',
    );
    expect(badTime.ok ? '' : badTime.problem).toContain('oldestChangeAt');
    expect(
      parseOutboxReportHeader(
        '{"changes":2,"refused":1,"attachments":4,"oldestChangeAt":null,"x":1}',
      ),
    ).toMatchObject({ ok: false });
  });
});
