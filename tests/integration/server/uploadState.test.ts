/**
 * Each device's upload state as the province sees it: the outbox report a device sends with push
 * and pull lands on its row, and the overview rates it "N pending", "all uploaded" or "not seen
 * for N days" (server clock injected), per device and as the worst of a unit's devices.
 */
import { describe, expect, it } from 'vitest';
import { revokeDevice } from '../../../src-server/admin/adminCommands';
import { readUploadOverview } from '../../../src-server/devices/uploadState';
import { uploadOverviewSchema } from '../../../src-shared/stats/uploadStatus';
import {
  encodeOutboxReport,
  OUTBOX_REPORT_HEADER,
  type OutboxReport,
} from '../../../src-shared/sync/outboxReport';
import { create } from './helpers/changes';
import { BACKENDS, UNITS, useTestEnv } from './helpers/testEnv';

// Now: enrolment codes are issued on the real clock, and the server must find them valid.
const START = Date.now();
const DAY_MS = 24 * 60 * 60 * 1000;

const report = (over: Partial<OutboxReport> = {}) => ({
  [OUTBOX_REPORT_HEADER]: encodeOutboxReport({
    changes: 0,
    refused: 0,
    attachments: 0,
    oldestChangeAt: null,
    ...over,
  }),
});

describe.each(BACKENDS)('device upload state on %s', (backend) => {
  let clock = START;
  const getEnv = useTestEnv(backend, { now: () => new Date(clock) });

  const overview = async (unitCode: string) =>
    uploadOverviewSchema.parse(await readUploadOverview(getEnv().db, unitCode, new Date(clock)));

  it('says 3 pending, then all uploaded, then not seen for 8 days', async () => {
    const env = getEnv();
    clock = START;
    const device = await env.enroll(UNITS.luyang);
    const pending = report({
      changes: 3,
      attachments: 0,
      oldestChangeAt: '2026-12-01T09:00:00+08:00',
    });
    // The run's first push carries what the outbox held before it.
    const pushed = await env.request('/sync/push', {
      method: 'POST',
      token: device.token,
      body: { changes: [create(1, 'up-1', {}), create(2, 'up-2', {}), create(3, 'up-3', {})] },
      headers: pending,
    });
    expect(pushed.status).toBe(200);
    let state = (await overview(UNITS.luyang)).devices[0]?.state;
    expect(state).toMatchObject({
      status: 'pending',
      pendingChanges: 3,
      pendingAttachments: 0,
      oldestPendingAt: '2026-12-01T01:00:00.000Z',
      daysSinceContact: 0,
    });

    clock = START + 60_000;
    const pulled = await env.request('/sync/pull?cursor=0', {
      token: device.token,
      headers: report(),
    });
    expect(pulled.status).toBe(200);
    state = (await overview(UNITS.luyang)).devices[0]?.state;
    expect(state).toMatchObject({ status: 'allUploaded', pendingChanges: 0, auditFlagged: false });

    clock = START + 60_000 + 8 * DAY_MS + 3_600_000;
    const silent = await overview(UNITS.hefei);
    expect(silent.devices.find((d) => d.deviceId === device.deviceId)?.state).toMatchObject({
      status: 'notSeen',
      daysSinceContact: 8,
    });
    const unit = silent.units.find((u) => u.unit.code === UNITS.luyang);
    expect(unit).toMatchObject({ devices: 1, worst: { status: 'notSeen', daysSinceContact: 8 } });
  });

  it('marks a county left without devices, never a city or the province', async () => {
    const env = getEnv();
    clock = START;
    const before = await overview(UNITS.province);
    // Luyang has the device of the test above; Yaohai and Jinghu have none yet.
    const marked = before.units.filter((u) => u.noDeviceEnrolled).map((u) => u.unit.code);
    expect(marked.sort()).toEqual([UNITS.jinghu, UNITS.yaohai].sort());
    expect(before.units.find((u) => u.unit.code === UNITS.luyang)?.devices).toBe(1);
    expect(before.units.find((u) => u.unit.code === UNITS.hefei)).toMatchObject({
      devices: 0,
      noDeviceEnrolled: false,
    });

    const device = await env.enroll(UNITS.yaohai);
    const enrolled = await overview(UNITS.hefei);
    expect(enrolled.units.find((u) => u.unit.code === UNITS.yaohai)?.noDeviceEnrolled).toBe(false);
    // Revoked, the only device no longer counts: the county is marked again.
    await revokeDevice(env.db, device.deviceId, new Date(clock));
    const revoked = await overview(UNITS.hefei);
    expect(revoked.units.find((u) => u.unit.code === UNITS.yaohai)).toMatchObject({
      devices: 0,
      noDeviceEnrolled: true,
    });
  });

  it('rates a unit by its worst device, and a city sees only its own counties', async () => {
    const env = getEnv();
    clock = START;
    const done = await env.enroll(UNITS.yaohai);
    const behind = await env.enroll(UNITS.yaohai);
    const old = await env.enroll(UNITS.yaohai);
    await env.request('/sync/pull?cursor=0', { token: done.token, headers: report() });
    await env.request('/sync/pull?cursor=0', {
      token: behind.token,
      headers: report({ changes: 5, refused: 2, attachments: 1 }),
    });
    // An app older than the report: only the contact is known.
    await env.request('/sync/pull?cursor=0', { token: old.token });
    await env.enroll(UNITS.jinghu);

    const city = await overview(UNITS.hefei);
    const yaohai = city.units.find((u) => u.unit.code === UNITS.yaohai);
    expect(yaohai).toMatchObject({
      devices: 3,
      auditFlagged: 0,
      worst: { status: 'pending', pendingChanges: 5, refusedChanges: 2, pendingAttachments: 1 },
    });
    const statuses = city.devices
      .filter((d) => d.unitCode === UNITS.yaohai)
      .map((d) => d.state.status)
      .sort();
    expect(statuses).toEqual(['allUploaded', 'pending', 'unreported']);
    expect(city.units.map((u) => u.unit.code).sort()).toEqual(
      [UNITS.hefei, UNITS.yaohai, UNITS.luyang].sort(),
    );
    expect(city.devices.some((d) => d.unitCode === UNITS.jinghu)).toBe(false);
    expect(city.units.find((u) => u.unit.code === UNITS.hefei)).toMatchObject({
      devices: 0,
      worst: null,
    });
  });

  it('refuses a malformed report and keeps nothing of the request', async () => {
    const env = getEnv();
    clock = START;
    const device = await env.enroll(UNITS.jinghu);
    for (const value of [
      'not json',
      '{"changes":-1,"refused":0,"attachments":0,"oldestChangeAt":null}',
      '{"changes":1,"refused":2,"attachments":0,"oldestChangeAt":null}',
    ]) {
      const reply = await env.request('/sync/push', {
        method: 'POST',
        token: device.token,
        body: { changes: [create(1, 'bad-report', {})] },
        headers: { [OUTBOX_REPORT_HEADER]: value },
      });
      expect(reply).toMatchObject({ status: 400, body: { code: 'bad-request' } });
    }
    expect(
      await env.count("select count(*)::int as n from records where entity_id = 'bad-report'"),
    ).toBe(0);
    const row = (
      await env.db.query('select last_seen_at from devices where id = $1', [device.deviceId])
    )[0];
    expect(row?.last_seen_at).toBeNull();
  });
});
