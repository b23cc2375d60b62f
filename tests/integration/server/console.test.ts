/**
 * The console's accounts and sessions against a real server: scrypt hashes, TOTP (replay refused),
 * lockout, cookie attributes, CSRF, session expiry, tenancy by unit subtree and role, and the wall
 * between console sessions and device tokens.
 */
import { describe, expect, it } from 'vitest';
import { consoleErrorSchema, sessionResponseSchema } from '../../../src-shared/console/consoleApi';
import { hashPassword, verifyPassword } from '../../../src-server/console/passwordHash';
import { totpCodeAt } from '../../../src-server/console/totp';
import { consoleClient, makeAccount, PASSWORD } from './helpers/consoleClient';
import { BACKENDS, UNITS, sendRequest, useTestEnv } from './helpers/testEnv';

const T0 = new Date('2026-12-01T01:00:00.000Z');
const MINUTE = 60_000;

describe('console passwords (scrypt)', () => {
  it('verifies the right password only, with its parameters and a salt per hash', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, hash)).toBe(false);
    expect(await hashPassword(PASSWORD)).not.toBe(hash);
    // Raised parameters later: an old hash still verifies with the ones stored beside it.
    const stronger = await hashPassword(PASSWORD, { log2N: 16, r: 8, p: 1 });
    expect(stronger).toMatch(/^scrypt\$16\$/);
    expect(await verifyPassword(PASSWORD, stronger)).toBe(true);
    expect(await verifyPassword(PASSWORD, 'not-a-hash')).toBe(false);
  });
});

describe.each(BACKENDS)('console sign-in and sessions on %s', (backend) => {
  let clock = T0;
  const env = useTestEnv(backend, { now: () => clock, trustProxy: ['127.0.0.1'] });
  const later = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
    return clock;
  };

  it('signs in with password and TOTP and sets a strict, HttpOnly cookie on /console', async () => {
    const account = await makeAccount(env().db, 'province-admin', UNITS.province);
    const client = consoleClient(env().url);
    const reply = await client.signIn(account, clock);
    expect(reply.status).toBe(200);
    const session = sessionResponseSchema.parse(reply.body);
    expect(session.account).toMatchObject({ username: account.username, role: 'province-admin' });
    const cookie = reply.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^jianhu_console=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/console');
    expect(cookie).not.toContain('Secure');
    expect((await client.request('/me')).status).toBe(200);

    // Only the hash of the session id is stored.
    const sessionId = client.cookie()?.split('=')[1] ?? '';
    const dump = JSON.stringify(await env().db.query('select * from console_sessions'));
    expect(dump).not.toContain(sessionId);
    const audit = await env().db.query(
      "select actor, detail from server_audit where action = 'console.sign-in'",
    );
    expect(audit.at(-1)).toMatchObject({ actor: 'console' });
  });

  it('marks the cookie Secure when a trusted proxy says the client came over TLS', async () => {
    const account = await makeAccount(env().db, 'viewer', UNITS.hefei);
    const client = consoleClient(env().url, { 'x-forwarded-proto': 'https' });
    const reply = await client.signIn(account, later(MINUTE));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('set-cookie')).toContain('Secure');
  });

  it('refuses a replayed code, a wrong code and a wrong password with one generic answer', async () => {
    const account = await makeAccount(env().db, 'city-admin', UNITS.hefei);
    const at = later(MINUTE);
    expect((await consoleClient(env().url).signIn(account, at)).status).toBe(200);
    const replay = await consoleClient(env().url).signIn(account, at);
    const wrongCode = await consoleClient(env().url).signIn(account, at, { totp: '000000' });
    const wrongPassword = await consoleClient(env().url).signIn(account, later(30_000), {
      password: 'guess guess guess',
    });
    const unknown = await consoleClient(env().url).signIn(
      { username: 'nobody.here', totpSecret: account.totpSecret },
      clock,
    );
    for (const reply of [replay, wrongCode, wrongPassword, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({
        code: 'sign-in-failed',
        message: 'wrong username, password or code',
      });
    }
    // The next step's code works: the account is not locked by three failures.
    expect((await consoleClient(env().url).signIn(account, later(30_000))).status).toBe(200);
  });

  it('locks an account for 15 minutes after 5 failures and says until when', async () => {
    const account = await makeAccount(env().db, 'county-admin', UNITS.yaohai);
    const start = later(MINUTE);
    for (let i = 0; i < 4; i++) {
      const reply = await consoleClient(env().url).signIn(account, start, { password: 'wrong!' });
      expect(reply.status).toBe(401);
    }
    const fifth = await consoleClient(env().url).signIn(account, start, { password: 'wrong!' });
    expect(fifth.status).toBe(423);
    const until = new Date(start.getTime() + 15 * MINUTE).toISOString();
    expect(consoleErrorSchema.parse(fifth.body)).toMatchObject({
      code: 'account-locked',
      lockedUntil: until,
    });
    // Even the right password and code are refused while locked.
    const locked = await consoleClient(env().url).signIn(account, later(14 * MINUTE));
    expect(locked.status).toBe(423);
    expect((await consoleClient(env().url).signIn(account, later(MINUTE))).status).toBe(200);
  });

  it('refuses non-GET requests without the CSRF token or with a wrong one (403)', async () => {
    const account = await makeAccount(env().db, 'city-admin', UNITS.hefei);
    const client = consoleClient(env().url);
    expect((await client.signIn(account, later(MINUTE))).status).toBe(200);
    const origin = new URL(env().url).origin;
    const body = { unitCode: UNITS.yaohai };
    const cookie = client.cookie() ?? '';
    const noToken = await sendRequest(`${origin}/console/api/enrollment-codes`, {
      method: 'POST',
      body,
      headers: { cookie },
    });
    const wrongToken = await sendRequest(`${origin}/console/api/enrollment-codes`, {
      method: 'POST',
      body,
      headers: { cookie, 'x-csrf-token': `${client.csrf() ?? ''}x` },
    });
    for (const reply of [noToken, wrongToken]) {
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ code: 'csrf-invalid' });
    }
    const codes = await env().count('select count(*)::int as n from enrollment_codes');
    expect(await client.request('/enrollment-codes', { method: 'POST', body })).toMatchObject({
      status: 200,
      body: { unitCode: UNITS.yaohai },
    });
    expect(await env().count('select count(*)::int as n from enrollment_codes')).toBe(codes + 1);
    const issued = await env().db.query(
      "select actor, detail from server_audit where action = 'enrollment.issue' order by id desc limit 1",
    );
    expect(issued[0]).toMatchObject({ actor: 'console' });
  });

  it('ends a session after 30 idle minutes, and after 12 hours however active', async () => {
    const account = await makeAccount(env().db, 'viewer', UNITS.province);
    const idle = consoleClient(env().url);
    expect((await idle.signIn(account, later(MINUTE))).status).toBe(200);
    later(29 * MINUTE);
    expect((await idle.request('/me')).status).toBe(200);
    later(30 * MINUTE);
    expect(await idle.request('/me')).toMatchObject({
      status: 401,
      body: { code: 'unauthenticated' },
    });

    const busy = consoleClient(env().url);
    expect((await busy.signIn(account, later(MINUTE))).status).toBe(200);
    for (let i = 0; i < 12 * 3 - 1; i++) {
      later(20 * MINUTE);
      expect((await busy.request('/me')).status).toBe(200);
    }
    later(20 * MINUTE);
    expect((await busy.request('/me')).status).toBe(401);
  });

  it('signs out: the cookie no longer opens anything', async () => {
    const account = await makeAccount(env().db, 'viewer', UNITS.province);
    const client = consoleClient(env().url);
    expect((await client.signIn(account, later(MINUTE))).status).toBe(200);
    const cookie = client.cookie() ?? '';
    expect((await client.request('/session', { method: 'DELETE' })).status).toBe(204);
    const origin = new URL(env().url).origin;
    expect((await sendRequest(`${origin}/console/api/me`, { headers: { cookie } })).status).toBe(
      401,
    );
  });
});

describe.each(BACKENDS)('console tenancy and roles on %s', (backend) => {
  const env = useTestEnv(backend);
  const signedIn = async (role: Parameters<typeof makeAccount>[1], unit: string) => {
    const client = consoleClient(env().url);
    const reply = await client.signIn(await makeAccount(env().db, role, unit), new Date());
    expect(reply.status).toBe(200);
    return client;
  };

  it('shows a county admin its own unit and devices only, and refuses acting elsewhere', async () => {
    const own = await env().enroll(UNITS.yaohai);
    const other = await env().enroll(UNITS.luyang);
    const county = await signedIn('county-admin', UNITS.yaohai);
    expect((await county.request('/units')).body).toEqual({
      units: [
        { code: UNITS.yaohai, name: '瑶海区人民检察院', level: 'county', parentCode: UNITS.hefei },
      ],
    });
    const devices = (await county.request('/devices')).body as { devices: { id: string }[] };
    expect(devices.devices.map((d) => d.id)).toContain(own.deviceId);
    expect(devices.devices.map((d) => d.id)).not.toContain(other.deviceId);

    const issue = await county.request('/enrollment-codes', {
      method: 'POST',
      body: { unitCode: UNITS.luyang },
    });
    expect(issue).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const revoke = await county.request(`/devices/${other.deviceId}/revoke`, { method: 'POST' });
    expect(revoke).toMatchObject({ status: 404, body: { code: 'not-found' } });
    // The other unit's device still works: nothing was done to it.
    expect((await env().request('/sync/pull', { token: other.token })).status).toBe(200);

    // Its own device: revoked, and the device's token stops working.
    const mine = await county.request(`/devices/${own.deviceId}/revoke`, { method: 'POST' });
    expect(mine.status).toBe(204);
    expect((await env().request('/sync/pull', { token: own.token })).status).toBe(401);
  });

  it('lets a city see its counties but never another city', async () => {
    const wuhuDevice = await env().enroll(UNITS.jinghu);
    const city = await signedIn('city-admin', UNITS.hefei);
    const units = (await city.request('/units')).body as { units: { code: string }[] };
    expect(units.units.map((u) => u.code)).toEqual([UNITS.hefei, UNITS.yaohai, UNITS.luyang]);
    const devices = (await city.request('/devices')).body as { devices: { id: string }[] };
    expect(devices.devices.map((d) => d.id)).not.toContain(wuhuDevice.deviceId);
    expect(
      await city.request('/accounts', {
        method: 'POST',
        body: { username: 'wuhu.admin', role: 'city-admin', unitCode: UNITS.wuhu },
      }),
    ).toMatchObject({ status: 403 });
  });

  it('gives a viewer read-only access (403 on writes)', async () => {
    const viewer = await signedIn('viewer', UNITS.hefei);
    expect((await viewer.request('/units')).status).toBe(200);
    expect(
      await viewer.request('/enrollment-codes', {
        method: 'POST',
        body: { unitCode: UNITS.yaohai },
      }),
    ).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect((await viewer.request('/accounts')).status).toBe(403);
  });

  it('lets a province admin create an account in its subtree, shown once, that can sign in', async () => {
    const admin = await signedIn('province-admin', UNITS.province);
    const created = await admin.request('/accounts', {
      method: 'POST',
      body: { username: 'Li.Ming', role: 'county-admin', unitCode: UNITS.jinghu },
    });
    expect(created.status).toBe(200);
    const secrets = created.body as { username: string; password: string; totpSecret: string };
    expect(secrets.username).toBe('li.ming');
    expect(secrets.password).toHaveLength(16);
    const fresh = consoleClient(env().url);
    const reply = await fresh.request('/session', {
      method: 'POST',
      body: {
        username: 'li.ming',
        password: secrets.password,
        totp: totpCodeAt(secrets.totpSecret, new Date()),
      },
    });
    expect(reply.status).toBe(200);
    // A county-admin account for a city unit is refused (the role fits the unit's level).
    expect(
      await admin.request('/accounts', {
        method: 'POST',
        body: { username: 'wrong.level', role: 'county-admin', unitCode: UNITS.hefei },
      }),
    ).toMatchObject({ status: 400 });
    expect((await admin.request('/accounts/li.ming/disable', { method: 'POST' })).status).toBe(204);
    expect((await fresh.request('/me')).status).toBe(401);
  });

  it('keeps device tokens out of the console and console cookies out of the device API', async () => {
    const device = await env().enroll(UNITS.yaohai);
    const origin = new URL(env().url).origin;
    const withToken = await sendRequest(`${origin}/console/api/units`, { token: device.token });
    expect(withToken).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    const person = await signedIn('county-admin', UNITS.yaohai);
    const withCookie = await env().request('/sync/pull', {
      headers: { cookie: person.cookie() ?? '' },
    });
    expect(withCookie).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
  });
});
