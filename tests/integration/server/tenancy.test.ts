/**
 * Every query is scoped to the device's unit: a county device cannot read or write another
 * county's case by id, by cursor, by blob hash or by statistics; cities and the province see
 * statistics of their own subtree only.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrollResponse } from '../../../src-shared/sync/enroll';
import { statsResponseSchema } from '../../../src-shared/sync/stats';
import { create, update } from './helpers/changes';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('tenancy on %s', (backend) => {
  let env: TestEnv;
  let yaohai: EnrollResponse;
  let luyang: EnrollResponse;
  const blob = new TextEncoder().encode('调解协议书 scan');
  const blobHash = createHash('sha256').update(blob).digest('hex');

  beforeAll(async () => {
    env = await createTestEnv(backend);
    yaohai = await env.enroll(UNITS.yaohai);
    luyang = await env.enroll(UNITS.luyang);
    const jinghu = await env.enroll(UNITS.jinghu);
    await env.push(yaohai.token, [
      create(1, 'secret-case', {
        title: '瑶海 case',
        focalPoint: 'workers',
        caseType: 'civilJudgment',
        status: 'accepted',
      }),
      create(2, 'y-2', {
        title: 'y2',
        focalPoint: 'workers',
        caseType: 'judicialAssistance',
        status: 'received',
      }),
      create(3, 'y-deleted', { title: 'gone', focalPoint: 'environment' }),
    ]);
    await env.push(yaohai.token, [{ ...update(4, 'y-deleted', 1, {}), op: 'delete', patch: null }]);
    await env.push(luyang.token, [
      create(1, 'l-1', {
        title: 'l1',
        focalPoint: 'telecomFraud',
        caseType: 'petition',
        status: 'received',
      }),
    ]);
    await env.push(jinghu.token, [
      create(1, 'j-1', {
        title: 'j1',
        focalPoint: 'workers',
        caseType: 'petition',
      }),
    ]);
    const put = await env.request(`/blobs/${blobHash}?offset=0&size=${blob.length}`, {
      method: 'PUT',
      token: yaohai.token,
      body: blob,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(put.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  it('does not show another county’s case by id', async () => {
    expect((await env.request('/records/case/secret-case', { token: yaohai.token })).status).toBe(
      200,
    );
    expect(await env.request('/records/case/secret-case', { token: luyang.token })).toMatchObject({
      status: 404,
      body: { code: 'not-found' },
    });
  });

  it('does not let another county write a case by id', async () => {
    const reply = await env.push(luyang.token, [
      update(2, 'secret-case', 1, { title: 'overwritten' }),
    ]);
    expect(reply.results[0]).toMatchObject({ status: 'rejected', code: 'not-found' });
    // A create with the same id makes the other county's own record; the original is untouched.
    await env.push(luyang.token, [create(3, 'secret-case', { title: 'luyang own' })]);
    const original = await env.request('/records/case/secret-case', { token: yaohai.token });
    expect(original.body).toMatchObject({ rev: 1, data: { title: '瑶海 case' } });
  });

  it('never returns another county’s records through the pull cursor, whatever the cursor', async () => {
    for (const cursor of ['0', '1', '2', '999999']) {
      const page = await env.pull(luyang.token, cursor, 1000);
      expect(page.changes.every((c) => c.entityId !== 'y-2' && c.data.title !== '瑶海 case')).toBe(
        true,
      );
    }
    const all = await env.pull(luyang.token, '0', 1000);
    expect(all.changes.map((c) => c.entityId).sort()).toEqual(['l-1', 'secret-case']);
  });

  it('does not disclose or serve another county’s blob by hash', async () => {
    expect(
      (await env.request(`/blobs/${blobHash}`, { method: 'HEAD', token: yaohai.token })).status,
    ).toBe(200);
    expect(
      (await env.request(`/blobs/${blobHash}`, { method: 'HEAD', token: luyang.token })).status,
    ).toBe(404);
    expect(await env.request(`/blobs/${blobHash}`, { token: luyang.token })).toMatchObject({
      status: 404,
    });
    // An upload from the other county starts its own copy at offset 0 instead of joining this one.
    const resume = await env.request(`/blobs/${blobHash}?offset=5&size=${blob.length}`, {
      method: 'PUT',
      token: luyang.token,
      body: blob.slice(5),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(resume).toMatchObject({ status: 409, body: { code: 'conflict' } });
    expect(resume.headers.get('upload-offset')).toBe('0');
  });

  it('refuses statistics to a county device', async () => {
    expect(await env.request('/stats', { token: yaohai.token })).toMatchObject({
      status: 403,
      body: { code: 'forbidden' },
    });
  });

  it('gives a city the statistics of its own counties only', async () => {
    const city = await env.enroll(UNITS.hefei);
    const reply = await env.request('/stats', { token: city.token });
    expect(reply.status).toBe(200);
    const stats = statsResponseSchema.parse(reply.body);
    expect(stats).toMatchObject({
      unit: { code: UNITS.hefei, level: 'city' },
      cases: 4,
      byUnit: { [UNITS.yaohai]: 2, [UNITS.luyang]: 2 },
      byFocalPoint: { workers: 3, telecomFraud: 1 },
      byCaseType: { civilJudgment: 1, judicialAssistance: 1, petition: 1, civilEnforcement: 1 },
      byStatus: { accepted: 1, received: 3 },
      // No workflow was pushed: nothing is due and nothing was decided or paid.
      overdue: 0,
      dueSoon: 0,
      assistanceAmount: 0,
      assistancePaid: 0,
    });
    const other = statsResponseSchema.parse(
      (await env.request('/stats', { token: (await env.enroll(UNITS.wuhu)).token })).body,
    );
    expect(other).toMatchObject({ cases: 1, byUnit: { [UNITS.jinghu]: 1 }, assistanceAmount: 0 });
  });

  it('gives the province the statistics of every unit', async () => {
    const province = await env.enroll(UNITS.province);
    const stats = statsResponseSchema.parse(
      (await env.request('/stats', { token: province.token })).body,
    );
    expect(stats.cases).toBe(5);
    expect(stats.byUnit).toEqual({ [UNITS.yaohai]: 2, [UNITS.luyang]: 2, [UNITS.jinghu]: 1 });
  });
});
