/**
 * The desktop app's workstation key: at sign-in the data key is also wrapped by the OS key store
 * (here a fake bridge), so the scheduled backup is made while the session is locked — on a handle
 * of its own, locked again after — and the signed-in user's keyring stays locked throughout.
 * A wrap of another key, or none, makes no backup.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useSession } from '../../../src-renderer/src/app/sessionStore';
import { setDb } from '../../../src-renderer/src/db/database';
import { SecurityMetaKey } from '../../../src-renderer/src/db/securityMeta';
import { runAutoBackupIfDue } from '../../../src-renderer/src/features/backup/commands';
import { createElectronPlatform } from '../../../src-renderer/src/platform/electronPlatform';
import { createKeyring } from '../../../src-renderer/src/security/keyring';
import {
  openWorkstationWrap,
  wrapForWorkstation,
} from '../../../src-renderer/src/security/workstationKey';
import { createFakeBridge } from '../platform/fakeBridge';
import { NOW, setUpUnit } from './backupFixtures';

/** Bytes main received for kept backups, and how many to keep it was told. */
const kept: { bytes: number; keep: number | undefined }[] = [];
let received = 0;
const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
const bridge = createFakeBridge({
  backup: {
    begin: () => ok({ writeId: 'w1' }),
    append: ({ data }) => {
      received += data.byteLength;
      return ok(null);
    },
    finish: ({ keep }) => {
      kept.push({ bytes: received, keep });
      received = 0;
      return ok({ name: 'auto.jhbak', size: 0, createdAt: '2026-03-02T02:00:00.000Z' });
    },
  },
});
// The desktop app's window as the platform sees it (the node environment keeps WebCrypto's own
// typed arrays; jsdom's would be another realm's).
Object.defineProperty(globalThis, 'window', { value: { jianhu: bridge }, configurable: true });

afterEach(() => {
  useSession.getState().signedOut();
});

describe('the workstation key', () => {
  it('wraps the data key for this workstation and opens only for the same key', async () => {
    const platform = createElectronPlatform(bridge);
    const dataKey = crypto.getRandomValues(new Uint8Array(32));
    const wrap = await wrapForWorkstation(platform, dataKey);
    if (!wrap) throw new Error('wrap expected');
    expect(JSON.stringify(wrap)).not.toContain(String(dataKey[0]) + ',' + String(dataKey[1]));
    expect(await openWorkstationWrap(platform, wrap, wrap.keyId)).toEqual(dataKey);
    expect(await openWorkstationWrap(platform, wrap, 'another-key')).toBeNull();
  });

  it('lets the scheduled backup run while the session is locked, and keeps the session locked', async () => {
    const { db, actor } = await setUpUnit();
    const keys = db.keyring?.keys();
    if (!keys) throw new Error('signed in expected');
    const wrap = await wrapForWorkstation(createElectronPlatform(bridge), keys.dataKey);
    await db.meta.put({ key: SecurityMetaKey.workstationWrap, value: wrap });
    setDb(db);
    useSession.getState().signedIn(actor.userId, false);
    useSession.getState().locked();
    db.keyring?.lock();

    const auditBefore = await db.audit.count();
    expect(await runAutoBackupIfDue(new Date(NOW.getTime() + 86_400_000))).toBe(true);
    expect(kept).toEqual([{ bytes: expect.any(Number) as number, keep: 7 }]);
    expect(kept[0]?.bytes).toBeGreaterThan(1000);
    expect(await db.audit.count()).toBe(auditBefore + 1);
    expect(db.keyring?.isUnlocked()).toBe(false);
  });

  it('makes no backup while locked without a wrap of this key', async () => {
    const { db, actor } = await setUpUnit();
    const other = createKeyring();
    other.unlock(crypto.getRandomValues(new Uint8Array(32)));
    const stale = await wrapForWorkstation(createElectronPlatform(bridge), other.keys().dataKey);
    await db.meta.put({ key: SecurityMetaKey.workstationWrap, value: stale });
    setDb(db);
    useSession.getState().signedIn(actor.userId, false);
    useSession.getState().locked();
    db.keyring?.lock();
    expect(await runAutoBackupIfDue(new Date(NOW.getTime() + 86_400_000))).toBe(false);
  });
});
