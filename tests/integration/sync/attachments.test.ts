/**
 * Attachments against the real server on loopback: the bytes go up after the record, by SHA-256;
 * an upload broken mid-way (through the fault proxy) resumes where the server stopped; bytes that
 * do not hash to their name are refused and kept; another device of the unit pulls the record and
 * fetches the bytes when opened, verified; a device of another unit gets neither.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBlobStatus } from '../../../src-server/blobs/blobStore';
import { sealAttachmentBytes } from '../../../src-renderer/src/db/attachmentBytes';
import { addAttachment } from '../../../src-renderer/src/db/attachmentRepository';
import {
  caseAttachmentsTable,
  listCaseAttachments,
} from '../../../src-renderer/src/db/attachmentTables';
import { createCase } from '../../../src-renderer/src/db/cases';
import { fetchAttachment } from '../../../src-renderer/src/sync/fetchAttachment';
import { readSyncSettings } from '../../../src-renderer/src/sync/syncMeta';
import { createSyncHttp, type SyncHttp } from '../../../src-renderer/src/sync/syncHttp';
import { uploadBlobs } from '../../../src-renderer/src/sync/uploadBlobs';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { validInput } from '../../unit/db/fixtures';
import { startFaultProxy, type FaultProxy } from './faultProxy';
import { addDevice, closeDevices, seededRandom, type TestDevice } from './helpers/syncEnv';

const CHUNK = 64 * 1024;

/** Seeded bytes: the same file on every run, and no two chunks alike. */
function bytesOf(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const random = seededRandom(seed);
  return Uint8Array.from({ length: size }, () => Math.floor(random() * 256));
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function httpFor(device: TestDevice, serverUrl: string): Promise<SyncHttp> {
  const settings = await readSyncSettings(device.db);
  return createSyncHttp({
    serverUrl,
    token: settings.enrollment?.token,
    fetch: globalThis.fetch,
    timeoutMs: 5_000,
    isOnline: () => true,
  });
}

describe.each(BACKENDS)('attachments through the server on %s', (backend) => {
  let env: TestEnv;
  let proxy: FaultProxy;
  let a: TestDevice;
  let b: TestDevice;
  let other: TestDevice;
  beforeAll(async () => {
    env = await createTestEnv(backend);
    proxy = await startFaultProxy(env.url);
    a = await addDevice(env, UNITS.yaohai);
    b = await addDevice(env, UNITS.yaohai);
    other = await addDevice(env, UNITS.luyang);
  }, 60_000);
  afterAll(async () => {
    await closeDevices([a, b, other]);
    await proxy.close();
    await env.close();
  });

  async function attachOnA(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<string> {
    const created = await createCase(a.db, a.actor, validInput(1), new Date());
    if (!created.ok) throw new Error('case not created');
    const added = await addAttachment(
      a.db,
      a.actor,
      created.value.id,
      { name, blob: new Blob([bytes], { type: 'application/pdf' }) },
      new Date(),
    );
    if (!added.ok) throw new Error(added.code);
    return created.value.id;
  }

  it('uploads the bytes in a sync run; the unit’s other device pulls the record and fetches them verified', async () => {
    const bytes = bytesOf(3000, 1);
    const sha256 = sha256Of(bytes);
    const caseId = await attachOnA(bytes, '工资表.pdf');
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await readBlobStatus(env.db, UNITS.yaohai, sha256)).toEqual({
      sha256,
      size: 3000,
      received: 3000,
      complete: true,
    });
    expect(await a.db.attachments.get(sha256)).toMatchObject({
      upload: 'done',
      uploadedBytes: 3000,
    });
    const [onA] = await listCaseAttachments(a.db, caseId);
    expect(onA?.rev).toBe(1);

    await b.engine.syncNow();
    const listed = await listCaseAttachments(b.db, caseId);
    expect(listed.map((r) => [r.name, r.sha256, r.rev, r.isLocal])).toEqual([
      ['工资表.pdf', sha256, 1, false],
    ]);
    const fetched = await fetchAttachment({ db: b.db, http: await httpFor(b, env.url) }, sha256);
    if (!fetched.ok) throw new Error(fetched.code);
    expect(fetched.source).toBe('server');
    expect(new Uint8Array(await fetched.blob.arrayBuffer())).toEqual(bytes);
    expect(await b.db.attachments.get(sha256)).toMatchObject({ upload: 'remote', size: 3000 });
    // Opened again: from the device, no request.
    const again = await fetchAttachment(
      { db: b.db, http: await httpFor(b, 'http://127.0.0.1:9') },
      sha256,
    );
    expect(again.ok && again.source).toBe('device');

    // Another unit: no record pulled, and the hash reaches nothing.
    await other.engine.syncNow();
    expect(await caseAttachmentsTable(other.db).count()).toBe(0);
    expect(
      await fetchAttachment({ db: other.db, http: await httpFor(other, env.url) }, sha256),
    ).toEqual({ ok: false, code: 'not-on-server' });
    expect(await other.db.attachments.count()).toBe(0);
  });

  it.each([
    ['a request dropped', 'drop-request', 1],
    ['an answer lost', 'drop-response', 2],
  ] as const)(
    'resumes an upload broken mid-way (%s) where the server stopped',
    async (_name, kind, chunksHeld) => {
      const size = 4 * CHUNK + 123;
      const bytes = bytesOf(size, kind === 'drop-request' ? 2 : 3);
      const sha256 = sha256Of(bytes);
      await attachOnA(bytes, `${kind}.pdf`);
      const http = await httpFor(a, proxy.url);
      // HEAD and the first chunk pass; the second chunk is broken.
      proxy.plan = [{ kind: 'delay', ms: 0 }, { kind: 'delay', ms: 0 }, { kind }];
      await expect(uploadBlobs({ db: a.db, http }, { chunkBytes: CHUNK })).rejects.toMatchObject({
        code: 'server-unreachable',
      });
      await proxy.idle();
      expect(await a.db.attachments.get(sha256)).toMatchObject({
        upload: 'pending',
        uploadedBytes: CHUNK,
      });
      expect((await readBlobStatus(env.db, UNITS.yaohai, sha256))?.received).toBe(
        chunksHeld * CHUNK,
      );

      const progress: [number, number][] = [];
      const resumed = await uploadBlobs(
        { db: a.db, http },
        { chunkBytes: CHUNK, onProgress: (sent, total) => progress.push([sent, total]) },
      );
      expect(resumed).toEqual({ uploaded: 1, failed: 0, bytesSent: size - chunksHeld * CHUNK });
      // The bar's total is what was left by the device's last confirmed offset; it ends full.
      expect(progress[0]?.[1]).toBe(size - CHUNK);
      expect(progress.at(-1)?.[0]).toBe(size - chunksHeld * CHUNK);
      expect(
        progress.every(([sent, total], i) => sent <= total && sent > (progress[i - 1]?.[0] ?? 0)),
      ).toBe(true);
      expect(await readBlobStatus(env.db, UNITS.yaohai, sha256)).toMatchObject({
        received: size,
        complete: true,
      });
      expect(await a.db.attachments.get(sha256)).toMatchObject({
        upload: 'done',
        uploadedBytes: size,
      });
      // The record goes up in the next run; nothing is sent twice.
      expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
      await b.engine.syncNow();
      const fetched = await fetchAttachment({ db: b.db, http: await httpFor(b, env.url) }, sha256);
      expect(fetched.ok && new Uint8Array(await fetched.blob.arrayBuffer())).toEqual(bytes);
    },
  );

  it('marks bytes that do not hash to their name as refused, keeps them, and lets the run go on', async () => {
    const bytes = bytesOf(5000, 4);
    const sha256 = sha256Of(bytes);
    const caseId = await attachOnA(bytes, '损坏.pdf');
    // Other bytes stored under this hash (stored encrypted like any, so only the hash tells).
    const corrupt = bytes.slice();
    corrupt[10] = (corrupt[10] ?? 0) ^ 0xff;
    await a.db.attachments.update(sha256, {
      blob: await sealAttachmentBytes(a.db, new Blob([corrupt]), sha256),
    });

    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    const content = await a.db.attachments.get(sha256);
    expect(content).toMatchObject({ upload: 'failed', uploadError: 'hash-mismatch' });
    expect(content?.size).toBe(5000);
    expect(await readBlobStatus(env.db, UNITS.yaohai, sha256)).toBeNull();
    const [listed] = await listCaseAttachments(a.db, caseId);
    expect(listed).toMatchObject({ upload: 'failed', uploadError: 'hash-mismatch', rev: 1 });
    // Not sent again by itself.
    expect(await uploadBlobs({ db: a.db, http: await httpFor(a, env.url) })).toEqual({
      uploaded: 0,
      failed: 0,
      bytesSent: 0,
    });
  });

  it('never sends bytes whose stored ciphertext does not verify, and marks them damaged', async () => {
    const bytes = bytesOf(7000, 5);
    const sha256 = sha256Of(bytes);
    const caseId = await attachOnA(bytes, '篡改.pdf');
    // One byte of the stored ciphertext changed outside the app (a disk fault, a tampered profile).
    const stored = await a.db.attachments.get(sha256);
    if (!stored) throw new Error('bytes expected');
    const raw = new Uint8Array(await stored.blob.arrayBuffer());
    raw[40] = (raw[40] ?? 0) ^ 0x01;
    await a.db.attachments.update(sha256, { blob: new Blob([raw]) });

    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await a.db.attachments.get(sha256)).toMatchObject({
      upload: 'failed',
      uploadError: 'damaged-at-rest',
    });
    expect(await readBlobStatus(env.db, UNITS.yaohai, sha256)).toBeNull();
    const [listed] = await listCaseAttachments(a.db, caseId);
    expect(listed).toMatchObject({ upload: 'failed', uploadError: 'damaged-at-rest' });
  });
});
