/**
 * The device token at rest: in the desktop path it reaches IndexedDB only wrapped (by main, here a
 * fake bridge whose "safeStorage" is a reversible scramble), and comes back unwrapped for a run;
 * in the web path it stays as it was. A refused wrap writes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { IpcResult, SecretStatus } from '../../../src-shared/ipc';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { PlatformError } from '../../../src-renderer/src/platform';
import { createElectronPlatform } from '../../../src-renderer/src/platform/electronPlatform';
import {
  SyncMetaKey,
  clearTokenSecrets,
  protectStoredToken,
  readSyncOverview,
  readSyncSettings,
  writeEnrollment,
  type Enrollment,
} from '../../../src-renderer/src/sync/syncMeta';
import { freshDb } from '../db/fixtures';
import { createFakeBridge } from '../platform/fakeBridge';

const TOKEN = 'tok_5f2b9c1e7a4d4e0f8b3a6c9d2e1f0a7b';
const enrollment: Enrollment = {
  serverDeviceId: '0b0f3c52-4a77-4c1e-9a43-2f5d9c1b7e01',
  unit: { code: '340102', name: '合肥市瑶海区人民检察院', level: 'county' },
  token: TOKEN,
  enrolledAt: '2026-03-01T01:00:00.000Z',
};

const ok = <T>(value: T): Promise<IpcResult<T>> => Promise.resolve({ ok: true, value });

/** A desktop bridge whose main "encrypts" by hex-encoding behind a v10 prefix, then base64. */
function fakeDesktop(options: { canWrap: boolean; rotate?: boolean }) {
  const wrapCalls: string[] = [];
  const status: SecretStatus = {
    protection: options.canWrap ? 'os' : 'weak',
    backend: options.canWrap ? 'gnome_libsecret' : 'basic_text',
    isWeakAccepted: false,
    canWrap: options.canWrap,
  };
  const seal = (plain: string) => btoa(`v10${Buffer.from(plain).toString('hex')}`);
  const bridge = createFakeBridge({
    secret: {
      status: () => ok(status),
      acceptWeak: () => ok(status),
      wrap: ({ plain }) => {
        wrapCalls.push(plain);
        return options.canWrap
          ? ok({ wrapped: seal(plain) })
          : Promise.resolve({ ok: false, error: { code: 'secret-unprotected', message: 'weak' } });
      },
      unwrap: ({ wrapped }) => {
        const plain = Buffer.from(atob(wrapped).slice(3), 'hex').toString();
        return ok({ plain, rewrapped: options.rotate ? btoa(`v11${plain}`) : null });
      },
    },
  });
  const platform = createElectronPlatform(bridge);
  return { platform, wrapCalls, seal };
}

/** Every row of every table, as text: where a clear token would show. */
async function everything(db: JianhuDb): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

describe('the device token in the desktop app', () => {
  it('is stored only wrapped, and unwrapped for a run', async () => {
    const db = freshDb();
    const desktop = fakeDesktop({ canWrap: true });
    await writeEnrollment(
      db,
      { serverUrl: ' https://jianhu.prov.test ', enrollment },
      desktop.platform,
    );

    expect(await everything(db)).not.toContain(TOKEN);
    const row = await db.meta.get(SyncMetaKey.enrollment);
    expect(row?.value).toMatchObject({ wrappedToken: desktop.seal(TOKEN) });
    expect(row?.value).not.toHaveProperty('token');

    const settings = await readSyncSettings(db, desktop.platform);
    expect(settings).toMatchObject({
      serverUrl: 'https://jianhu.prov.test',
      cursor: '0',
      enrollment: { token: TOKEN, serverDeviceId: enrollment.serverDeviceId },
    });
    const overview = await readSyncOverview(db);
    expect(overview.enrollment).toMatchObject({ isTokenWrapped: true });
    expect(JSON.stringify(overview)).not.toContain(TOKEN);
  });

  it('writes nothing when main refuses to wrap (weak protection not accepted)', async () => {
    const db = freshDb();
    const desktop = fakeDesktop({ canWrap: false });
    const writing = writeEnrollment(
      db,
      { serverUrl: 'https://jianhu.prov.test', enrollment },
      desktop.platform,
    );
    await expect(writing).rejects.toBeInstanceOf(PlatformError);
    await expect(writing).rejects.toMatchObject({ code: 'secret-unprotected' });
    expect(await db.meta.get(SyncMetaKey.enrollment)).toBeUndefined();
    expect(await everything(db)).not.toContain(TOKEN);
  });

  it('wraps a token an older version left in clear, and leaves no clear copy', async () => {
    const db = freshDb();
    await writeEnrollment(
      db,
      { serverUrl: 'https://jianhu.prov.test', enrollment },
      clearTokenSecrets,
    );
    expect(await everything(db)).toContain(TOKEN);
    const desktop = fakeDesktop({ canWrap: true });
    // A clear token still opens for a run before it is wrapped, without calling main.
    expect((await readSyncSettings(db, desktop.platform)).enrollment?.token).toBe(TOKEN);
    expect(desktop.wrapCalls).toEqual([]);

    await expect(protectStoredToken(db, desktop.platform)).resolves.toBe('rewritten');
    expect(await everything(db)).not.toContain(TOKEN);
    expect((await readSyncSettings(db, desktop.platform)).enrollment?.token).toBe(TOKEN);
    await expect(protectStoredToken(db, desktop.platform)).resolves.toBe('unchanged');
  });

  it('keeps a clear token as it is while wrapping is refused', async () => {
    const db = freshDb();
    await writeEnrollment(
      db,
      { serverUrl: 'https://jianhu.prov.test', enrollment },
      clearTokenSecrets,
    );
    const desktop = fakeDesktop({ canWrap: false });
    await expect(protectStoredToken(db, desktop.platform)).rejects.toMatchObject({
      code: 'secret-unprotected',
    });
    expect((await readSyncOverview(db)).enrollment?.isTokenWrapped).toBe(false);
  });

  it('stores the new bytes when main re-wrapped after a key rotation', async () => {
    const db = freshDb();
    const desktop = fakeDesktop({ canWrap: true, rotate: true });
    await writeEnrollment(
      db,
      { serverUrl: 'https://jianhu.prov.test', enrollment },
      desktop.platform,
    );
    await expect(protectStoredToken(db, desktop.platform)).resolves.toBe('rewritten');
    const row = await db.meta.get(SyncMetaKey.enrollment);
    expect(row?.value).toMatchObject({ wrappedToken: btoa(`v11${TOKEN}`) });
  });
});

describe('the device token in the web build', () => {
  it('stays as it is and reads back without the platform', async () => {
    const db = freshDb();
    await writeEnrollment(db, { serverUrl: 'http://127.0.0.1:8787', enrollment });
    const row = await db.meta.get(SyncMetaKey.enrollment);
    expect(row?.value).toMatchObject({ token: TOKEN });
    expect((await readSyncSettings(db)).enrollment?.token).toBe(TOKEN);
    await expect(protectStoredToken(db)).resolves.toBe('unchanged');
  });

  it('reads an enrollment row in the form earlier versions wrote', async () => {
    const db = freshDb();
    await db.meta.put({ key: SyncMetaKey.enrollment, value: enrollment });
    await db.meta.put({ key: SyncMetaKey.serverUrl, value: 'http://127.0.0.1:8787' });
    expect((await readSyncSettings(db)).enrollment).toEqual(enrollment);
  });

  it('cannot open a wrapped token without the desktop app', async () => {
    const db = freshDb();
    const desktop = fakeDesktop({ canWrap: true });
    await writeEnrollment(
      db,
      { serverUrl: 'https://jianhu.prov.test', enrollment },
      desktop.platform,
    );
    await expect(readSyncSettings(db, clearTokenSecrets)).rejects.toThrow(/desktop app/);
  });
});
