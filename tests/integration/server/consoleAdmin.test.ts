/** `server:admin` console commands: secrets printed once, TOTP secrets sealed under a key if set. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../../../src-server/admin/runAdminCommand';
import { openSecret } from '../../../src-server/console/secretBox';
import { signIn } from '../../../src-server/console/signIn';
import { totpCodeAt } from '../../../src-server/console/totp';
import { readString } from '../../../src-server/db/row';
import type { TestDb } from './helpers/testEnv';
import { BACKENDS, UNITS, openTestDb, seedUnits } from './helpers/testEnv';

describe.each(BACKENDS)('console admin commands on %s', (backend) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await openTestDb(backend);
    await seedUnits(testDb.db);
  }, 60_000);
  afterAll(async () => {
    await testDb.close();
  });

  const run = async (argv: string[], consoleKey: Buffer | null) => {
    const lines: string[] = [];
    const code = await runAdminCommand(argv, {
      db: testDb.db,
      now: new Date(),
      consoleKey,
      write: (line) => lines.push(line),
    });
    return { code, out: lines.join('\n') };
  };
  const storedSecret = async (username: string) =>
    readString(
      (
        await testDb.db.query('select totp_secret from console_accounts where username = $1', [
          username,
        ])
      )[0] ?? {},
      'totp_secret',
    );

  it('creates the first account, prints password and otpauth URI once, seals under a key', async () => {
    const key = randomBytes(32);
    const { code, out } = await run(
      [
        'console:add-account',
        '--username',
        'wang.fang',
        '--role',
        'province-admin',
        '--unit',
        UNITS.province,
      ],
      key,
    );
    expect(code).toBe(0);
    const password = /initial password \(shown once\): (\S+)/.exec(out)?.[1] ?? '';
    const secret = /TOTP secret \(base32, shown once\): ([A-Z2-7]+)/.exec(out)?.[1] ?? '';
    expect(password).toHaveLength(16);
    expect(out).toMatch(
      /otpauth:\/\/totp\/Jianhu%20Console:wang\.fang\?issuer=Jianhu%20Console&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30/,
    );
    const stored = await storedSecret('wang.fang');
    expect(stored.startsWith('aes-gcm:')).toBe(true);
    expect(stored).not.toContain(secret);
    expect(openSecret(stored, key)).toBe(secret);
    const outcome = await signIn(
      testDb.db,
      { username: 'wang.fang', password, totp: totpCodeAt(secret, new Date()) },
      { now: new Date(), key },
    );
    expect(outcome.kind).toBe('signed-in');
  });

  it('stores the secret as is without a key, and says so', async () => {
    const { out } = await run(
      ['console:add-account', '--username', 'zhao.lei', '--role', 'viewer', '--unit', UNITS.hefei],
      null,
    );
    expect(out).toContain('stored unencrypted');
    expect((await storedSecret('zhao.lei')).startsWith('plain:')).toBe(true);
  });

  it('refuses a role that does not fit the unit, and a duplicate username', async () => {
    const wrong = await run(
      [
        'console:add-account',
        '--username',
        'x.y',
        '--role',
        'province-admin',
        '--unit',
        UNITS.hefei,
      ],
      null,
    );
    expect(wrong).toMatchObject({ code: 2 });
    expect(wrong.out).toContain('a province-admin belongs to a province unit');
    const duplicate = await run(
      ['console:add-account', '--username', 'zhao.lei', '--role', 'viewer', '--unit', UNITS.hefei],
      null,
    );
    expect(duplicate.out).toContain('exists already');
  });

  it('resets the TOTP secret and disables an account', async () => {
    const before = await storedSecret('zhao.lei');
    const reset = await run(['console:reset-totp', '--username', 'zhao.lei'], null);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/TOTP secret \(base32, shown once\): [A-Z2-7]+/);
    expect(await storedSecret('zhao.lei')).not.toBe(before);
    expect((await run(['console:disable', '--username', 'zhao.lei'], null)).code).toBe(0);
    const rows = await testDb.db.query(
      "select action from server_audit where action like 'console.account.%' order by id",
    );
    expect(rows.map((r) => r.action)).toEqual([
      'console.account.create',
      'console.account.create',
      'console.account.reset-totp',
      'console.account.disable',
    ]);
  });
});
