/**
 * GET /console/api/statistics over the fixed data set: a city admin gets its counties' figures,
 * the same the statistics module gives for that city, and another city's admin none of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readActionStatistics } from '../../../src-server/stats/actionStatistics';
import { serverCalendar } from '../../../src-server/stats/serverCalendar';
import { actionStatisticsSchema } from '../../../src-shared/stats/actionStatistics';
import { consoleClient, signedInClient } from './helpers/consoleClient';
import { pushActionDataSet } from './helpers/actionDataSet';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('console statistics on %s', (backend) => {
  const env = useTestEnv(backend);
  beforeAll(async () => {
    await pushActionDataSet(env());
  }, 60_000);

  it('gives a city its own figures and another city none of them', async () => {
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
    expect(figures.cases).toEqual(direct.cases);
    expect(figures.cases.total).toBe(3);
    expect(figures.cases.byFocalPoint.length).toBeGreaterThan(0);

    const other = await signedInClient(env(), 'city-admin', UNITS.wuhu);
    const wuhu = actionStatisticsSchema.parse((await other.request('/statistics')).body);
    expect(wuhu.unit.code).toBe(UNITS.wuhu);
    expect(wuhu.cases.total).toBe(1);
    expect(wuhu.cases.byUnit).toEqual([{ key: UNITS.jinghu, count: 1 }]);
    expect(await consoleClient(env().url).request('/statistics')).toMatchObject({
      status: 401,
    });
  });
});
