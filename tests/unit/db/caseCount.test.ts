/**
 * The stored count of live cases (db/caseCount.ts) follows every local write that adds, deletes or
 * restores a case, moves in the very transaction of the rows (a write that fails takes its move
 * with it), and the self-check finds and repairs a count that disagrees with the rows.
 */
import { describe, expect, it } from 'vitest';
import { checkLiveCases, readLiveCases } from '../../../src-renderer/src/db/caseCount';
import {
  createCase,
  deleteCase,
  importCases,
  restoreCase,
  updateCase,
} from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { MetaKey } from '../../../src-renderer/src/db/meta';
import { devicesClosedAfterEach, validInput } from './fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');

const device = devicesClosedAfterEach();

const live = (db: JianhuDb) => db.cases.where('deleted').equals(0).count();

/** Makes the next row added to `table` fail inside its transaction (a disk error, a crash). */
function failNextAdd(db: JianhuDb, table: 'outbox' | 'audit', after = 0): () => void {
  let left = after;
  const fail = () => {
    if (left-- > 0) return;
    throw new Error('disk gone');
  };
  db[table].hook('creating', fail);
  return () => db[table].hook('creating').unsubscribe(fail);
}

describe('the count of live cases', () => {
  it('follows a create, an edit, a delete and a restore', async () => {
    const { db, actor } = await device();
    expect(await readLiveCases(db.meta)).toBe(0);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const made = await createCase(db, actor, validInput(i), T0);
      if (made.ok) ids.push(made.value.id);
    }
    expect(await readLiveCases(db.meta)).toBe(3);

    expect((await updateCase(db, actor, ids[0] ?? '', { title: '改过的标题' }, T0)).ok).toBe(true);
    expect(await readLiveCases(db.meta)).toBe(3);

    expect((await deleteCase(db, actor, ids[1] ?? '', T0)).ok).toBe(true);
    expect(await readLiveCases(db.meta)).toBe(2);
    // Refused writes move nothing: deleting again, restoring a live case, editing a deleted one.
    expect((await deleteCase(db, actor, ids[1] ?? '', T0)).ok).toBe(false);
    expect((await restoreCase(db, actor, ids[0] ?? '', T0)).ok).toBe(false);
    expect((await updateCase(db, actor, ids[1] ?? '', { title: '不' }, T0)).ok).toBe(false);
    expect(await readLiveCases(db.meta)).toBe(2);

    expect((await restoreCase(db, actor, ids[1] ?? '', T0)).ok).toBe(true);
    expect(await readLiveCases(db.meta)).toBe(3);
    expect(await live(db)).toBe(3);
  });

  it('adds each committed import chunk, demo data included, and none of a chunk that failed', async () => {
    const { db, actor } = await device();
    await importCases(
      db,
      actor,
      Array.from({ length: 25 }, (_, i) => validInput(i)),
      T0,
      { chunkSize: 10, demo: true },
    );
    expect(await readLiveCases(db.meta)).toBe(25);

    // The second chunk's eleventh outbox row fails: the first chunk stays, counted; the second
    // leaves neither rows nor count.
    const restore = failNextAdd(db, 'outbox', 15);
    await expect(
      importCases(
        db,
        actor,
        Array.from({ length: 20 }, (_, i) => validInput(100 + i)),
        T0,
        { chunkSize: 10 },
      ),
    ).rejects.toThrow('disk gone');
    restore();
    expect(await live(db)).toBe(35);
    expect(await readLiveCases(db.meta)).toBe(35);
  });

  it('moves with its rows or not at all: a create or a delete that fails half-way leaves it', async () => {
    const { db, actor } = await device();
    const made = await createCase(db, actor, validInput(1), T0);
    if (!made.ok) throw new Error('expected ok');

    // The outbox row is added after the case row and the count's move were issued.
    let restore = failNextAdd(db, 'outbox');
    await expect(createCase(db, actor, validInput(2), T0)).rejects.toThrow('disk gone');
    restore();
    expect([await live(db), await readLiveCases(db.meta)]).toEqual([1, 1]);

    restore = failNextAdd(db, 'outbox');
    await expect(deleteCase(db, actor, made.value.id, T0)).rejects.toThrow('disk gone');
    restore();
    expect([await live(db), await readLiveCases(db.meta)]).toEqual([1, 1]);
  });

  it('stays unknown when it is missing: writers make up no figure, the self-check sets it', async () => {
    const { db, actor } = await device();
    await createCase(db, actor, validInput(1), T0);
    await db.meta.delete(MetaKey.liveCases);
    await createCase(db, actor, validInput(2), T0);
    expect(await readLiveCases(db.meta)).toBeNull();

    expect(await checkLiveCases(db)).toEqual({ stored: null, counted: 2, repaired: true });
    expect(await readLiveCases(db.meta)).toBe(2);
  });

  it('is repaired by the self-check when it disagrees with the rows, and left when it agrees', async () => {
    const { db, actor } = await device();
    for (let i = 0; i < 3; i++) await createCase(db, actor, validInput(i), T0);
    expect(await checkLiveCases(db)).toEqual({ stored: 3, counted: 3, repaired: false });

    await db.meta.put({ key: MetaKey.liveCases, value: 7 });
    expect(await checkLiveCases(db)).toEqual({ stored: 7, counted: 3, repaired: true });
    expect(await readLiveCases(db.meta)).toBe(3);
    // The repaired count goes on with the next write.
    await createCase(db, actor, validInput(9), T0);
    expect(await readLiveCases(db.meta)).toBe(4);
  });
});
