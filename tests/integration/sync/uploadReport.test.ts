/**
 * The real sync engine against the real server: cases written offline make the device "N
 * pending" in the province's overview once it reports them, and a completed sync run makes it
 * "all uploaded" — the report that ends the run is the pull's, sent after the push emptied the
 * outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import { pullPage } from '../../../src-renderer/src/sync/pull';
import { outboxReportHeaders } from '../../../src-renderer/src/sync/outboxReport';
import { createSyncHttp } from '../../../src-renderer/src/sync/syncHttp';
import { readSyncSettings } from '../../../src-renderer/src/sync/syncMeta';
import { readUploadOverview } from '../../../src-server/devices/uploadState';
import { validInput } from '../../unit/db/fixtures';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

describe.each(BACKENDS)('the outbox report through a real sync on %s', (backend) => {
  let env: TestEnv;
  let device: TestDevice;
  beforeAll(async () => {
    env = await createTestEnv(backend);
    device = await addDevice(env, UNITS.yaohai);
  }, 60_000);
  afterAll(async () => {
    await closeDevices([device]);
    await env.close();
  });

  const stateOfDevice = async () =>
    (await readUploadOverview(env.db, UNITS.yaohai, new Date())).devices.find(
      (d) => d.deviceId === device.serverDeviceId,
    )?.state;

  it('shows the pending changes a pull reported, then all uploaded after a sync', async () => {
    for (let i = 0; i < 3; i++) {
      const created = await createCase(device.db, device.actor, validInput(i), new Date());
      expect(created.ok).toBe(true);
    }
    const waiting = await device.db.outbox.count();
    expect(waiting).toBeGreaterThanOrEqual(3);
    // A pull alone (as when a push fails half-way) tells what still waits.
    const { enrollment } = await readSyncSettings(device.db);
    const http = createSyncHttp({
      serverUrl: env.url,
      token: enrollment?.token,
      fetch: (input, init) => fetch(input, init),
      timeoutMs: 30_000,
      isOnline: () => true,
    });
    await pullPage(http, '0', 1, await outboxReportHeaders(device.db));
    expect(await stateOfDevice()).toMatchObject({ status: 'pending', pendingChanges: waiting });

    await device.engine.syncNow();
    expect(await device.db.outbox.count()).toBe(0);
    expect(await stateOfDevice()).toMatchObject({ status: 'allUploaded', pendingChanges: 0 });
  });
});
