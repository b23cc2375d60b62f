/** Enrollment with one-time codes, tokens stored only as hashes, revocation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollResponseSchema } from '../../../src-shared/sync/enroll';
import { issueEnrollmentCode, revokeDevice } from '../../../src-server/admin/adminCommands';
import { create } from './helpers/changes';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('enrollment and tokens on %s', (backend) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(backend);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  const enroll = (code: string) =>
    env.request('/devices/enroll', { method: 'POST', body: { code, deviceName: '工作站 1' } });

  it('enrols with a valid code (typed loosely) and the token then works', async () => {
    const { code } = await issueEnrollmentCode(env.db, { unitCode: UNITS.yaohai }, new Date());
    const reply = await enroll(` ${code.toLowerCase().replaceAll('-', ' ')} `);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      unit: { code: UNITS.yaohai, level: 'county', name: '瑶海区人民检察院' },
      protocolVersion: 2,
    });
    const { token, deviceId } = enrollResponseSchema.parse(reply.body);
    expect((await env.request('/sync/pull', { token })).status).toBe(200);

    // Only hashes are stored: neither the token nor the code appears anywhere in the database.
    const device = (
      await env.db.query('select token_hash from devices where id = $1', [deviceId])
    )[0];
    expect(device?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify([
      ...(await env.db.query('select * from devices')),
      ...(await env.db.query('select * from enrollment_codes')),
      ...(await env.db.query('select * from server_audit')),
    ]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(code);
  });

  it('refuses a code used once already (409 enrollment-code-used)', async () => {
    const { code } = await issueEnrollmentCode(env.db, { unitCode: UNITS.yaohai }, new Date());
    expect((await enroll(code)).status).toBe(200);
    const devices = await env.count('select count(*)::int as n from devices');
    expect(await enroll(code)).toMatchObject({
      status: 409,
      body: { code: 'enrollment-code-used' },
    });
    expect(await env.count('select count(*)::int as n from devices')).toBe(devices);
  });

  it('refuses an expired code (401 enrollment-code-expired)', async () => {
    const issuedLongAgo = new Date(Date.now() - 80 * 3_600_000);
    const { code } = await issueEnrollmentCode(
      env.db,
      { unitCode: UNITS.yaohai, hours: 72 },
      issuedLongAgo,
    );
    expect(await enroll(code)).toMatchObject({
      status: 401,
      body: { code: 'enrollment-code-expired' },
    });
  });

  it('refuses an unknown code (401 enrollment-code-invalid)', async () => {
    expect(await enroll('AAAA-BBBB-CCCC')).toMatchObject({
      status: 401,
      body: { code: 'enrollment-code-invalid' },
    });
  });

  it('answers 401 unauthorized without a token or with an unknown one', async () => {
    expect(await env.request('/sync/pull')).toMatchObject({
      status: 401,
      body: { code: 'unauthorized' },
    });
    expect(await env.request('/sync/pull', { token: 'x'.repeat(43) })).toMatchObject({
      status: 401,
      body: { code: 'unauthorized' },
    });
    expect(
      await env.request('/sync/pull', { headers: { authorization: 'Basic abc' } }),
    ).toMatchObject({ status: 401 });
  });

  it('answers 401 token-revoked on every route once a device is revoked, and stores nothing', async () => {
    const device = await env.enroll(UNITS.yaohai);
    await env.push(device.token, [create(1, 'before-revoke', { facts: '1' })]);
    await revokeDevice(env.db, device.deviceId, new Date());
    const push = await env.request('/sync/push', {
      method: 'POST',
      token: device.token,
      body: { changes: [create(2, 'after-revoke', { facts: '1' })] },
    });
    expect(push).toMatchObject({ status: 401, body: { code: 'token-revoked' } });
    expect(await env.request('/sync/pull', { token: device.token })).toMatchObject({
      status: 401,
      body: { code: 'token-revoked' },
    });
    expect(
      await env.request(`/blobs/${'0'.repeat(64)}`, { method: 'HEAD', token: device.token }),
    ).toMatchObject({ status: 401 });
    expect(
      await env.count("select count(*)::int as n from records where entity_id = 'after-revoke'"),
    ).toBe(0);
  });
});
