/**
 * GET /console/api/upload-state: a city admin sees its counties' devices rated "all uploaded" or
 * "N pending" from what they reported at their last sync, never another city's; a county admin
 * cannot ask for a unit beside its own; without a session nothing is answered.
 */
import { describe, expect, it } from 'vitest';
import { uploadStateResponseSchema } from '../../../src-shared/console/uploadStateApi';
import { encodeOutboxReport, OUTBOX_REPORT_HEADER } from '../../../src-shared/sync/outboxReport';
import type { ConsoleRole } from '../../../src-shared/console/consoleApi';
import { consoleClient, signedInClient } from './helpers/consoleClient';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

const outbox = (changes: number, attachments = 0) => ({
  [OUTBOX_REPORT_HEADER]: encodeOutboxReport({
    changes,
    refused: 0,
    attachments,
    oldestChangeAt: changes > 0 ? '2026-12-01T09:00:00+08:00' : null,
  }),
});

describe.each(BACKENDS)('console upload state on %s', (backend) => {
  const env = useTestEnv(backend);
  const signedIn = (role: ConsoleRole, unit: string) => signedInClient(env(), role, unit);

  it('shows a city its counties’ devices and states, never another city’s', async () => {
    const done = await env().enroll(UNITS.yaohai);
    const behind = await env().enroll(UNITS.luyang);
    const wuhu = await env().enroll(UNITS.jinghu);
    for (const [device, headers] of [
      [done, outbox(0)],
      [behind, outbox(4, 1)],
      [wuhu, outbox(2)],
    ] as const) {
      const pulled = await env().request('/sync/pull?cursor=0', { token: device.token, headers });
      expect(pulled.status).toBe(200);
    }

    const city = await signedIn('city-admin', UNITS.hefei);
    const reply = await city.request('/upload-state');
    expect(reply.status).toBe(200);
    const overview = uploadStateResponseSchema.parse(reply.body);
    expect(overview.units.map((u) => u.unit.code).sort()).toEqual(
      [UNITS.hefei, UNITS.yaohai, UNITS.luyang].sort(),
    );
    const states = new Map(overview.devices.map((d) => [d.deviceId, d.state]));
    expect([...states.keys()].sort()).toEqual([done.deviceId, behind.deviceId].sort());
    expect(states.get(done.deviceId)).toMatchObject({ status: 'allUploaded', auditFlagged: false });
    expect(states.get(behind.deviceId)).toMatchObject({
      status: 'pending',
      pendingChanges: 4,
      pendingAttachments: 1,
    });
    expect(overview.units.find((u) => u.unit.code === UNITS.luyang)).toMatchObject({
      devices: 1,
      worst: { status: 'pending', pendingChanges: 4 },
    });

    // One county of its own: only that county's device.
    const yaohai = uploadStateResponseSchema.parse(
      (await city.request(`/upload-state?unit=${UNITS.yaohai}`)).body,
    );
    expect(yaohai.devices.map((d) => d.deviceId)).toEqual([done.deviceId]);

    // Another city's unit, or the province above: refused, and nothing of it in the answer.
    for (const unit of [UNITS.wuhu, UNITS.jinghu, UNITS.province]) {
      const refused = await city.request(`/upload-state?unit=${unit}`);
      expect(refused).toMatchObject({ status: 403, body: { code: 'forbidden' } });
      expect(JSON.stringify(refused.body)).not.toContain(wuhu.deviceId);
    }

    // The other city's admin sees its own device and none of Hefei's.
    const other = uploadStateResponseSchema.parse(
      (await (await signedIn('viewer', UNITS.wuhu)).request('/upload-state')).body,
    );
    expect(other.devices.map((d) => d.deviceId)).toEqual([wuhu.deviceId]);
    expect(other.devices[0]?.state).toMatchObject({ status: 'pending', pendingChanges: 2 });
  });

  it('refuses a county admin its neighbour, a malformed unit, and a request without a session', async () => {
    const county = await signedIn('county-admin', UNITS.yaohai);
    expect(await county.request(`/upload-state?unit=${UNITS.luyang}`)).toMatchObject({
      status: 403,
      body: { code: 'forbidden' },
    });
    expect(await county.request('/upload-state?unit=34')).toMatchObject({
      status: 400,
      body: { code: 'bad-request' },
    });
    const own = uploadStateResponseSchema.parse((await county.request('/upload-state')).body);
    expect(own.units.map((u) => u.unit.code)).toEqual([UNITS.yaohai]);
    expect(await consoleClient(env().url).request('/upload-state')).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated' },
    });
  });
});
