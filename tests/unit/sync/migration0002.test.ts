/**
 * Schema v2 adds the conflict inbox. A v1 database with pending changes (written by the previous
 * build) opens under v2 with every row intact, and the new table works at once.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, migrations } from '../../../src-renderer/src/db/migrations';
import { migration0002 } from '../../../src-renderer/src/db/migrations/0002-sync-conflicts';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { openDatabaseSafely } from '../../../src-renderer/src/db/openDatabaseSafely';
import {
  conflictsTable,
  countOpenConflicts,
  listOpenConflicts,
  markConflictResolved,
} from '../../../src-renderer/src/db/conflicts';
import { unlockedKeyring, validInput } from '../db/fixtures';

let open: Dexie[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

const AT = '2026-05-01T02:00:00.000Z';
const CASE_ID = '01900000-0000-7000-8000-000000000101';

describe('schema v2 (conflict inbox)', () => {
  it('keeps v2 exactly as shipped', () => {
    expect(migration0002).toEqual({ version: 2, stores: { conflicts: 'id, entityId, status' } });
    expect(migrations.at(1)).toBe(migration0002);
  });

  it('opens a v1 database with pending changes, keeps every row, and stores conflicts', async () => {
    const name = `migrate-v2-sync-${String(Math.random())}`;
    const older = new Dexie(name);
    applyMigrations(
      older,
      migrations.filter((m) => m.version === 1),
    );
    open.push(older);
    await older.open();
    const caseRow = { ...validInput(1), id: CASE_ID, rev: 0, seq: 1, deleted: 0, updatedAt: AT };
    const outboxRow = {
      changeId: '01900000-0000-7000-8000-000000000301',
      deviceSeq: 1,
      entity: 'case',
      entityId: CASE_ID,
      op: 'create',
      baseRev: 0,
      patch: null,
      deviceTime: AT,
      attempts: 2,
      lastAttemptAt: AT,
      lastError: 'server-unreachable',
    };
    await older.table('cases').add(caseRow);
    await older.table('outbox').add(outboxRow);
    await older.table('meta').bulkAdd([
      { key: 'deviceId', value: '01900000-0000-7000-8000-000000000001' },
      { key: 'sync.cursor', value: '42' },
    ]);
    older.close();

    const db: JianhuDb = openJianhuDb(name, { keyring: unlockedKeyring() });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(db.verno).toBeGreaterThanOrEqual(2);
    // Version 6 moves the revision off the row (0006-revisions.ts); revision 0 leaves no row.
    const { rev: _rev, ...movedRow } = caseRow;
    expect(await db.cases.toArray()).toEqual([movedRow]);
    expect(await db.revisions.count()).toBe(0);
    expect(await db.outbox.toArray()).toEqual([outboxRow]);
    expect((await db.meta.get('sync.cursor'))?.value).toBe('42');

    await conflictsTable(db).add({
      id: outboxRow.changeId,
      entity: 'case',
      entityId: CASE_ID,
      fields: [{ field: 'claims', base: 'a', server: 'b', client: 'c' }],
      serverRev: 3,
      detectedAt: AT,
      status: 'open',
      resolvedAt: null,
      resolution: null,
    });
    expect(await countOpenConflicts(db)).toBe(1);
    expect(await conflictsTable(db).where('entityId').equals(CASE_ID).count()).toBe(1);
    await markConflictResolved(db, outboxRow.changeId, { claims: 'server' }, new Date(AT));
    expect(await listOpenConflicts(db)).toEqual([]);
    expect(await conflictsTable(db).get(outboxRow.changeId)).toMatchObject({
      status: 'resolved',
      resolution: { claims: 'server' },
      resolvedAt: AT,
    });
  });
});
