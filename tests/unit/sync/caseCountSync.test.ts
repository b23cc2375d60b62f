/**
 * The count of live cases (db/caseCount.ts) across sync writes: a pulled page moves it for each
 * case that arrives live, is deleted or restored elsewhere, in the page's one transaction (a page
 * that fails moves nothing); a conflict answer that deletes the case does too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caseCardSchema } from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import type { PushResult } from '../../../src-shared/sync/push';
import { readLiveCases } from '../../../src-renderer/src/db/caseCount';
import { createCase, deleteCase } from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { ackBatch } from '../../../src-renderer/src/sync/ack';
import { applyServerStates, type ServerState } from '../../../src-renderer/src/sync/apply';
import { setUpDevice, validInput } from '../db/fixtures';

const AT = '2026-12-01T02:00:00.000Z';
const NOW = new Date(AT);
const id = (n: number) => `0190e000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;

const opened: JianhuDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function device() {
  const d = await setUpDevice();
  opened.push(d.db);
  return d;
}

/** Case `n` as the server holds it at `rev`. */
function remoteCase(n: number, rev: number, deleted: boolean): ServerState {
  return {
    entity: 'case',
    entityId: id(n),
    rev,
    data: {
      ...caseCardSchema.parse(validInput(n)),
      provisionalNo: `340104-2026-000${String(n).padStart(2, '0')}`,
      createdAt: AT,
      createdBy: 'someone-else',
      updatedBy: 'someone-else',
    },
    deleted,
    updatedAt: AT,
    changeId: `0190e000-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`,
  };
}

const live = (db: JianhuDb) => db.cases.where('deleted').equals(0).count();

describe('the count of live cases under sync', () => {
  it('takes pulled cases: new live ones, ones deleted and restored elsewhere, a page twice', async () => {
    const { db } = await device();
    // Case 3 arrives already deleted: stored, not counted.
    const page = [remoteCase(1, 1, false), remoteCase(2, 1, false), remoteCase(3, 1, true)];
    await applyServerStates(db, page, NOW, { cursor: '1' });
    expect([await readLiveCases(db.meta), await live(db)]).toEqual([2, 2]);

    // The same page again (a crash before the cursor moved) changes nothing.
    await applyServerStates(db, page, NOW, { cursor: '1' });
    expect(await readLiveCases(db.meta)).toBe(2);

    // Deleted elsewhere, restored elsewhere, and one record twice in a page (its later state wins).
    await applyServerStates(
      db,
      [
        remoteCase(1, 2, true),
        remoteCase(3, 2, false),
        remoteCase(2, 2, true),
        remoteCase(2, 3, false),
      ],
      NOW,
      { cursor: '2' },
    );
    expect([await readLiveCases(db.meta), await live(db)]).toEqual([2, 2]);
    expect((await db.cases.get(id(1) as CaseId))?.deleted).toBe(1);
  });

  it('moves nothing when the page fails inside its transaction', async () => {
    const { db } = await device();
    const fail = () => {
      throw new Error('disk gone');
    };
    db.audit.hook('creating', fail);
    await expect(
      applyServerStates(db, [remoteCase(1, 1, false)], NOW, { cursor: '1' }),
    ).rejects.toThrow('disk gone');
    db.audit.hook('creating').unsubscribe(fail);
    expect([await readLiveCases(db.meta), await db.cases.count()]).toEqual([0, 0]);
  });

  it('follows a conflict answer that leaves the case deleted on the server', async () => {
    const { db, actor } = await device();
    const made = await createCase(db, actor, validInput(1), NOW);
    if (!made.ok) throw new Error('expected ok');
    const other = await createCase(db, actor, validInput(2), NOW);
    if (!other.ok) throw new Error('expected ok');
    await deleteCase(db, actor, other.value.id, NOW);
    expect(await readLiveCases(db.meta)).toBe(1);

    const rows = (await db.outbox.toArray()).filter((r) => r.entityId === made.value.id);
    const server = { ...remoteCase(1, 3, true), entityId: made.value.id };
    const results: PushResult[] = rows.map((row) => ({
      status: 'conflict',
      changeId: row.changeId,
      serverRecord: server,
      conflicts: [{ field: 'title', base: null, server: 'x', client: 'y' }],
    }));
    await ackBatch(db, rows, results, NOW);
    expect((await db.cases.get(made.value.id))?.deleted).toBe(1);
    expect([await readLiveCases(db.meta), await live(db)]).toEqual([0, 0]);
  });
});
