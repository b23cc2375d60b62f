/**
 * v9 → v10: the case store drops the four indexes no query reads. Every row survives unchanged,
 * the indexes the app reads stay, the database opens as this build expects it, and the cases are
 * listed and counted as before.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import {
  applyMigrations,
  currentSchemaVersion,
  migrations,
} from '../../../src-renderer/src/db/migrations';
import { openJianhuDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { openDatabaseSafely } from '../../../src-renderer/src/db/openDatabaseSafely';
import { countCases, listCasesPage } from '../../../src-renderer/src/db/cases';
import { validInput } from './fixtures';

let open: Dexie[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** Case n, updated on day n; case 3 deleted. */
function storedCase(n: number): CaseRecord {
  const at = `2026-06-0${String(n)}T09:00:00.000Z`;
  return {
    ...validInput(n),
    id: `01900000-0000-7000-8000-00000000020${String(n)}`,
    provisionalNo: `340102-2026-0000${String(n)}`,
    unitCode: '340102',
    status: 'received',
    courtCases: [],
    claims: '',
    facts: '',
    createdAt: at,
    updatedAt: at,
    createdBy: 'user-1',
    updatedBy: 'user-1',
    deleted: n === 3 ? 1 : 0,
    seq: n,
  } as unknown as CaseRecord;
}

function indexNames(db: Dexie, table: string): string[] {
  const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
  return [...store.indexNames].sort();
}

describe('schema version 10', () => {
  it('drops the unread case indexes and keeps every row and the indexes the app reads', async () => {
    const name = `migrate-v9-${String(Math.random())}`;
    const older = new Dexie(name);
    applyMigrations(
      older,
      migrations.filter((m) => m.version <= 9),
    );
    open.push(older);
    await older.open();
    expect(indexNames(older, 'cases')).toContain('focalPoint');
    // Cases as a v9 build stored them (the readable shape of a row; sealing does not change keys).
    const rows = [1, 2, 3].map((n) => storedCase(n));
    await older.table('cases').bulkAdd(rows);
    older.close();

    const db: JianhuDb = openJianhuDb(name, { keyring: null });
    open.push(db);
    expect(await openDatabaseSafely(db)).toEqual({ ok: true });
    expect(db.verno).toBe(currentSchemaVersion);
    expect(indexNames(db, 'cases')).toEqual(['deleted', 'receivedAt', 'seq', 'updatedAt']);
    expect(await db.cases.orderBy('id').toArray()).toEqual(rows);
    const page = await listCasesPage(db, {
      sort: 'updatedAt',
      direction: 'desc',
      offset: 0,
      limit: 10,
      deleted: 0,
    });
    expect(page.map((c) => c.id)).toEqual([rows[1]?.id, rows[0]?.id]);
    expect(await countCases(db, { deleted: 0 })).toBe(2);
  });
});
