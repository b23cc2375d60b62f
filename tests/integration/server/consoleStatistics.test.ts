/**
 * GET /console/api/statistics[?unit=] and …/statistics/export over the fixed data set: a city
 * admin gets its counties' figures, every group of them, and the workbook of the same figures;
 * a unit outside the account's subtree is refused with nothing of its figures in the answer.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readActionStatistics } from '../../../src-server/stats/actionStatistics';
import { serverCalendar } from '../../../src-server/stats/serverCalendar';
import { XLSX_MIME } from '../../../src-shared/export/xlsxWorkbook';
import {
  actionStatisticsSchema,
  emptyMonthTrend as empty,
  trendWindow,
} from '../../../src-shared/stats/actionStatistics';
import { consoleClient, makeAccount, signedInClient } from './helpers/consoleClient';
import type { ConsoleClient } from './helpers/consoleClient';
import { pushActionDataSet, STATS_NOW } from './helpers/actionDataSet';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('console statistics on %s', (backend) => {
  // The data set's enrolment codes are issued on the real clock; the figures are read on the
  // fixed one, with a session opened on it.
  let clock: Date | null = null;
  const env = useTestEnv(backend, { now: () => clock ?? new Date() });
  beforeAll(async () => {
    await pushActionDataSet(env());
  }, 60_000);

  const signedInAtStatsNow = async (
    role: 'city-admin' | 'county-admin',
    unit: string,
  ): Promise<ConsoleClient> => {
    clock = STATS_NOW;
    const client = consoleClient(env().url);
    const account = await makeAccount(env().db, role, unit, { now: STATS_NOW });
    expect((await client.signIn(account, STATS_NOW)).status).toBe(200);
    return client;
  };

  const download = (client: ConsoleClient, query = '') =>
    fetch(`${new URL(env().url).origin}/console/api/statistics/export${query}`, {
      headers: { cookie: client.cookie() ?? '' },
    });

  it('gives a city its own figures and another city none of them', async () => {
    clock = null;
    const city = await signedInClient(env(), 'city-admin', UNITS.hefei);
    const reply = await city.request('/statistics');
    expect(reply.status).toBe(200);
    const figures = actionStatisticsSchema.parse(reply.body);
    expect(figures.unit.code).toBe(UNITS.hefei);
    const { db } = env();
    const direct = await readActionStatistics(
      db,
      figures.unit,
      new Date(figures.generatedAt),
      await serverCalendar(db, UNITS.hefei),
    );
    expect(figures).toEqual(direct);
    expect(figures.cases.total).toBe(3);

    const other = await signedInClient(env(), 'city-admin', UNITS.wuhu);
    const wuhu = actionStatisticsSchema.parse((await other.request('/statistics')).body);
    expect(wuhu.unit.code).toBe(UNITS.wuhu);
    expect(wuhu.cases.total).toBe(1);
    expect(wuhu.cases.byUnit).toEqual([{ key: UNITS.jinghu, count: 1 }]);
    expect(await consoleClient(env().url).request('/statistics')).toMatchObject({
      status: 401,
    });
  });

  it('gives every group of one county of the subtree', async () => {
    const city = await signedInAtStatsNow('city-admin', UNITS.hefei);
    const reply = await city.request(`/statistics?unit=${UNITS.yaohai}`);
    expect(reply.status).toBe(200);
    // c3 and its workflow w7 are deleted; Luyang's l1 is beside Yaohai, not below it.
    expect(actionStatisticsSchema.parse(reply.body)).toEqual({
      unit: { code: UNITS.yaohai, name: expect.any(String) as string, level: 'county' },
      today: '2026-12-10',
      generatedAt: STATS_NOW.toISOString(),
      cases: {
        total: 2,
        byUnit: [{ key: UNITS.yaohai, count: 2 }],
        byFocalPoint: [{ key: 'workers', count: 2 }],
        byCaseType: [
          { key: 'civilEnforcement', count: 1 },
          { key: 'judicialAssistance', count: 1 },
        ],
        byStatus: [
          { key: 'accepted', count: 1 },
          { key: 'received', count: 1 },
        ],
      },
      assistance: {
        applications: 2,
        decisions: 1,
        refusals: 1,
        amountDecided: 25922.5,
        advances: 1,
        advanceAmount: 3000,
        payments: 1,
        amountPaid: 20000,
      },
      reconciliations: 1,
      terminations: 1,
      hearingsHeld: 1,
      recommendationsIssued: 1,
      protestsIssued: 0,
      // Overdue: w5 (8 Dec). Due soon: w1 (Fri 11 Dec), w3 (Tue 15 Dec); w4 (16 Dec) is not.
      deadlines: { overdue: 1, dueSoon: 2 },
      trends: [
        ...trendWindow('2026-12-10' as never)
          .slice(0, 9)
          .map(empty),
        { ...empty('2026-10'), casesRegistered: 1 },
        { ...empty('2026-11'), casesRegistered: 1, decisions: 1, amountDecided: 25922.5 },
        { ...empty('2026-12'), amountPaid: 20000 },
      ],
    });
  });

  it('refuses a unit outside the subtree, for the figures and for the export', async () => {
    const city = await signedInAtStatsNow('city-admin', UNITS.hefei);
    for (const unit of [UNITS.wuhu, UNITS.jinghu, UNITS.province, '349999']) {
      const reply = await city.request(`/statistics?unit=${unit}`);
      expect(reply).toMatchObject({ status: 403, body: { code: 'forbidden' } });
      expect(JSON.stringify(reply.body)).not.toContain('cases');
      const file = await download(city, `?unit=${unit}`);
      expect(file.status).toBe(403);
      expect(file.headers.get('content-type')).toContain('application/json');
    }
    const county = await signedInAtStatsNow('county-admin', UNITS.yaohai);
    expect((await county.request(`/statistics?unit=${UNITS.hefei}`)).status).toBe(403);
    expect((await download(county, `?unit=${UNITS.luyang}`)).status).toBe(403);
    expect((await county.request('/statistics?unit=not-a-unit')).status).toBe(400);
    expect((await download(consoleClient(env().url))).status).toBe(401);
  });

  it('exports every table as a workbook with the same figures', async () => {
    const city = await signedInAtStatsNow('city-admin', UNITS.hefei);
    const file = await download(city);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(XLSX_MIME);
    expect(file.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('专项行动统计-合肥市人民检察院-2026-12-10.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      '概况',
      '按单位',
      '按重点领域',
      '按案件类型',
      '按案件状态',
      '司法救助',
      '和解终结与听证监督',
      '月度趋势',
    ]);
    const sheet = (name: string) => {
      const ws = workbook.getWorksheet(name);
      if (ws === undefined) throw new Error(`no sheet ${name}`);
      return ws;
    };
    const overview = sheet('概况');
    expect(overview.getCell('A1').value).toBe('合肥市人民检察院 · 专项行动统计 · 截至 2026-12-10');
    expect(overview.getRow(2).values).toEqual([undefined, '项目', '数量']);
    expect(overview.getRow(3).values).toEqual([undefined, '案件总数', 3]);
    expect(overview.getRow(4).values).toEqual([undefined, '已逾期', 2]);
    expect(overview.getRow(5).values).toEqual([undefined, '3个工作日内到期', 3]);

    expect(sheet('按单位').getRow(3).values).toEqual([undefined, expect.any(String), 2]);
    expect(sheet('按重点领域').getRow(3).values).toEqual([undefined, '劳动者权益保护', 2]);
    expect(sheet('按重点领域').getRow(4).values).toEqual([undefined, '反电信网络诈骗', 1]);
    expect(sheet('按案件状态').getRow(3).values).toEqual([undefined, '已收案', 2]);

    const assistance = sheet('司法救助');
    expect(assistance.getRow(2).values).toEqual([undefined, '项目', '数量', '金额（元）']);
    expect(assistance.getRow(4).values).toEqual([undefined, '救助决定', 2, 35922.5]);
    expect(assistance.getCell('C4').numFmt).toBe('"¥"#,##0.00');
    expect(assistance.getRow(7).values).toEqual([undefined, '救助金发放', 1, 20000]);

    const trends = sheet('月度趋势');
    expect(trends.rowCount).toBe(2 + 12);
    const november = trends.getRow(2 + 11);
    expect(november.getCell(1).value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    expect(november.getCell(1).numFmt).toBe('yyyy-mm');
    expect(november.values).toEqual([undefined, expect.any(Date), 2, 1, 25922.5, 0]);

    const audit = await env().db.query(
      `select unit_code from server_audit where action = 'statistics.export'`,
    );
    expect(audit.map((row) => row.unit_code)).toContain(UNITS.hefei);
  });
});
