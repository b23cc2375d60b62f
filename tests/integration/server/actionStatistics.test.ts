/**
 * The statistics of the special action and `GET /stats` over a fixed data set pushed through the
 * real sync API: every figure is worked out by hand from helpers/actionDataSet.ts. A city's
 * figures never include another city's; the province's include all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readActionStatistics } from '../../../src-server/stats/actionStatistics';
import { serverCalendar } from '../../../src-server/stats/serverCalendar';
import {
  actionStatisticsSchema,
  emptyMonthTrend,
} from '../../../src-shared/stats/actionStatistics';
import type { Unit } from '../../../src-shared/sync/enroll';
import { statsResponseSchema } from '../../../src-shared/sync/stats';
import { pushActionDataSet, STATS_NOW } from './helpers/actionDataSet';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

const hefei: Unit = { code: UNITS.hefei, name: '合肥市人民检察院', level: 'city' };
const wuhu: Unit = { code: UNITS.wuhu, name: '芜湖市人民检察院', level: 'city' };
const province: Unit = { code: UNITS.province, name: '安徽省人民检察院', level: 'province' };

describe.each(BACKENDS)('statistics of the special action on %s', (backend) => {
  // Enrolment codes are issued on the real clock; the statistics are read on the fixed one.
  let clock: Date | null = null;
  const getEnv = useTestEnv(backend, { now: () => clock ?? new Date() });
  beforeAll(async () => {
    await pushActionDataSet(getEnv());
  }, 60_000);

  const statistics = async (unit: Unit) => {
    const { db } = getEnv();
    return actionStatisticsSchema.parse(
      await readActionStatistics(db, unit, STATS_NOW, await serverCalendar(db, unit.code)),
    );
  };

  it("gives a city its counties' figures", async () => {
    expect(await statistics(hefei)).toEqual({
      unit: hefei,
      today: '2026-12-10',
      generatedAt: STATS_NOW.toISOString(),
      cases: {
        total: 3,
        byUnit: [
          { key: UNITS.yaohai, count: 2 },
          { key: UNITS.luyang, count: 1 },
        ],
        byFocalPoint: [
          { key: 'workers', count: 2 },
          { key: 'telecomFraud', count: 1 },
        ],
        byCaseType: [
          { key: 'civilEnforcement', count: 1 },
          { key: 'judicialAssistance', count: 1 },
          { key: 'petition', count: 1 },
        ],
        byStatus: [
          { key: 'received', count: 2 },
          { key: 'accepted', count: 1 },
        ],
      },
      assistance: {
        applications: 2,
        decisions: 2,
        refusals: 1,
        amountDecided: 35922.5,
        advances: 1,
        advanceAmount: 3000,
        payments: 1,
        amountPaid: 20000,
      },
      reconciliations: 1,
      terminations: 1,
      hearingsHeld: 1,
      recommendationsIssued: 1,
      protestsIssued: 1,
      // Overdue: w5 (8 Dec), lw2 (30 Nov). Due soon: lw1 today, w1 (Fri 11 Dec), w3 (Tue 15 Dec, the
      // third working day after Thursday); w4 (16 Dec) is the fourth and not yet soon.
      deadlines: { overdue: 2, dueSoon: 3 },
      trends: [
        ...['01', '02', '03', '04', '05', '06', '07', '08', '09'].map((m) =>
          emptyMonthTrend(`2026-${m}`),
        ),
        { month: '2026-10', casesRegistered: 1, decisions: 0, amountDecided: 0, amountPaid: 0 },
        {
          month: '2026-11',
          casesRegistered: 2,
          decisions: 1,
          amountDecided: 25922.5,
          amountPaid: 0,
        },
        {
          month: '2026-12',
          casesRegistered: 0,
          decisions: 1,
          amountDecided: 10000,
          amountPaid: 20000,
        },
      ],
    });
  });

  it('keeps another city out, and gives the province everything', async () => {
    const other = await statistics(wuhu);
    expect(other.cases.total).toBe(1);
    expect(other.cases.byUnit).toEqual([{ key: UNITS.jinghu, count: 1 }]);
    expect(other.assistance).toMatchObject({
      decisions: 1,
      amountDecided: 99999,
      amountPaid: 99999,
    });
    expect(other.deadlines).toEqual({ overdue: 1, dueSoon: 0 });
    expect(other.reconciliations + other.hearingsHeld + other.protestsIssued).toBe(0);

    const all = await statistics(province);
    expect(all.cases.total).toBe(4);
    expect(all.assistance).toMatchObject({
      decisions: 3,
      amountDecided: 135921.5,
      payments: 2,
      amountPaid: 119999,
    });
    expect(all.deadlines).toEqual({ overdue: 3, dueSoon: 3 });
    expect(all.trends.find((t) => t.month === '2026-11')).toEqual({
      month: '2026-11',
      casesRegistered: 3,
      decisions: 2,
      amountDecided: 125921.5,
      amountPaid: 99999,
    });
  });

  it('answers GET /stats and /stats/action with the same figures for a city device', async () => {
    const env = getEnv();
    clock = null;
    const device = await env.enroll(UNITS.hefei);
    clock = STATS_NOW;
    const reply = await env.request('/stats', { token: device.token });
    expect(reply.status).toBe(200);
    expect(statsResponseSchema.parse(reply.body)).toMatchObject({
      cases: 3,
      byUnit: { [UNITS.yaohai]: 2, [UNITS.luyang]: 1 },
      overdue: 2,
      dueSoon: 3,
      assistanceAmount: 35922.5,
      assistancePaid: 20000,
    });
    const action = await env.request('/stats/action', { token: device.token });
    expect(actionStatisticsSchema.parse(action.body)).toEqual(await statistics(hefei));
    clock = null;
    const county = await env.enroll(UNITS.yaohai);
    expect((await env.request('/stats/action', { token: county.token })).status).toBe(403);
  });
});
