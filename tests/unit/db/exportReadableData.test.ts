import { afterEach, describe, expect, it } from 'vitest';
import { exportReadableData } from '../../../src-renderer/src/db/exportReadableData';
import { createCase } from '../../../src-renderer/src/db/cases';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { setUpDevice, validInput } from './fixtures';

const NOW = new Date('2026-06-01T10:00:00+08:00');

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** A database of our name but a shape our schema cannot upgrade, holding three rows. */
function alienDatabase(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('cases');
      for (const n of [1, 2, 3]) store.put({ title: `案件${String(n)}` }, `key-${String(n)}`);
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => {
      reject(req.error ?? new Error('open failed'));
    };
  });
}

describe('exportReadableData', () => {
  it('exports every table of a healthy database as JSON-able rows', async () => {
    const { db, actor } = await setUpDevice();
    open.push(db);
    const created = await createCase(db, actor, validInput(1), NOW);
    if (!created.ok) throw new Error('expected ok');
    // The v1 placeholder shape (bytes as a Uint8Array): exported all the same.
    await db.table('attachments').put({
      sha256: 'ab'.repeat(32),
      name: 'scan.pdf',
      bytes: new Uint8Array([1, 2, 3]),
    });
    // More rows than one page, to read past the page boundary.
    await db.searchSegments.bulkPut(
      Array.from({ length: 1200 }, (_, i) => ({ key: `seg-${String(i).padStart(4, '0')}`, n: i })),
    );

    const exported = await exportReadableData(db, NOW);
    expect(exported.errors).toEqual({});
    expect(exported.exportedAt).toBe(NOW.toISOString());
    expect(exported.tables.cases).toEqual([created.value]);
    expect(exported.tables.users).toHaveLength(1);
    expect(exported.tables.audit).toHaveLength(2);
    expect(exported.tables.outbox).toHaveLength(1);
    expect(exported.tables.attachments).toEqual([
      { sha256: 'ab'.repeat(32), name: 'scan.pdf', bytes: { $binary: { byteLength: 3 } } },
    ]);
    const segments = exported.tables.searchSegments as { n: number }[];
    expect(segments.map((s) => s.n)).toEqual(Array.from({ length: 1200 }, (_, i) => i));
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('falls back to the shape on disk when the schema cannot open it, and reads its rows', async () => {
    const name = `unreadable-${String(Math.random())}`;
    await alienDatabase(name, 10);
    const db = openJianhuDb(name);
    open.push(db);
    await expect(db.open()).rejects.toThrow();

    const exported = await exportReadableData(db, NOW);
    expect(exported.errors).toEqual({});
    expect(exported.tables.cases).toEqual([
      { title: '案件1' },
      { title: '案件2' },
      { title: '案件3' },
    ]);
  });
});
