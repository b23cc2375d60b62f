import { afterEach, describe, expect, it } from 'vitest';
import {
  countCases,
  countPendingForEntity,
  createCase,
  deleteCase,
  getCase,
  getCasesByIds,
  listCasesChangedSince,
  listCasesPage,
  listDeletedCases,
  pendingOutboxCount,
  updateCase,
} from '../../../src-renderer/src/db/cases';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { FIRST_RUN_CHANGES, setUpDevice, validInput } from './fixtures';

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** Six cases received on days 1..6, written on days 10..15; the case received on day 2 deleted. */
async function sixCases() {
  const { db, actor } = await setUpDevice();
  open.push(db);
  const made: CaseRecord[] = [];
  for (let i = 0; i < 6; i++) {
    const r = await createCase(
      db,
      actor,
      validInput(i),
      new Date(`2026-06-${String(10 + i)}T10:00:00Z`),
    );
    if (!r.ok) throw new Error('expected ok');
    made.push(r.value);
  }
  const victim = made[1];
  if (!victim) throw new Error('six cases');
  await deleteCase(db, actor, victim.id, new Date('2026-06-20T10:00:00Z'));
  return { db, actor, made, deletedId: victim.id };
}

const titles = (rows: CaseRecord[]) => rows.map((c) => c.title);

describe('case reads', () => {
  it('getCase and getCasesByIds keep the asked order and mark missing ids', async () => {
    const { db, made } = await sixCases();
    const [a, b] = made;
    if (!a || !b) throw new Error('cases');
    expect((await getCase(db, a.id))?.title).toBe(a.title);
    expect(await getCase(db, 'missing')).toBeUndefined();
    const got = await getCasesByIds(db, [b.id, 'missing', a.id]);
    expect(got.map((c) => c?.id)).toEqual([b.id, undefined, a.id]);
  });

  it('counts live and deleted cases', async () => {
    const { db } = await sixCases();
    expect(await countCases(db, { deleted: 0 })).toBe(5);
    expect(await countCases(db, { deleted: 1 })).toBe(1);
  });

  it('pages through live cases by either date, in both directions, without the deleted one', async () => {
    const { db, made, deletedId } = await sixCases();
    const live = made.filter((c) => c.id !== deletedId);
    const byReceived = [...live].sort((x, y) => x.receivedAt.localeCompare(y.receivedAt));
    expect(
      titles(
        await listCasesPage(db, {
          sort: 'receivedAt',
          direction: 'asc',
          offset: 0,
          limit: 10,
          deleted: 0,
        }),
      ),
    ).toEqual(titles(byReceived));
    expect(
      titles(
        await listCasesPage(db, {
          sort: 'receivedAt',
          direction: 'desc',
          offset: 1,
          limit: 2,
          deleted: 0,
        }),
      ),
    ).toEqual(titles([...byReceived].reverse().slice(1, 3)));
    expect(
      titles(
        await listCasesPage(db, {
          sort: 'updatedAt',
          direction: 'desc',
          offset: 0,
          limit: 3,
          deleted: 0,
        }),
      ),
    ).toEqual(titles([...live].reverse().slice(0, 3)));
  });

  it('pages on the plain index when nothing is deleted', async () => {
    const { db, actor } = await setUpDevice();
    open.push(db);
    for (let i = 0; i < 4; i++)
      await createCase(db, actor, validInput(i), new Date(`2026-06-1${String(i)}T10:00:00Z`));
    const page = await listCasesPage(db, {
      sort: 'updatedAt',
      direction: 'asc',
      offset: 1,
      limit: 2,
      deleted: 0,
    });
    expect(titles(page)).toEqual([validInput(1).title, validInput(2).title]);
  });

  it('lists deleted cases, most recently deleted first', async () => {
    const { db, actor, made, deletedId } = await sixCases();
    const other = made[4];
    if (!other) throw new Error('cases');
    await deleteCase(db, actor, other.id, new Date('2026-06-21T10:00:00Z'));
    const deleted = await listDeletedCases(db, { limit: 10, offset: 0 });
    expect(deleted.map((c) => c.id)).toEqual([other.id, deletedId]);
    expect((await listDeletedCases(db, { limit: 1, offset: 1 })).map((c) => c.id)).toEqual([
      deletedId,
    ]);
    expect(
      (
        await listCasesPage(db, {
          sort: 'updatedAt',
          direction: 'desc',
          offset: 0,
          limit: 10,
          deleted: 0,
        })
      ).map((c) => c.id),
    ).not.toContain(other.id);
  });

  it('counts pending outbox changes overall and per case', async () => {
    const { db, actor, made, deletedId } = await sixCases();
    expect(await pendingOutboxCount(db)).toBe(FIRST_RUN_CHANGES + 7);
    expect(await countPendingForEntity(db, deletedId)).toBe(2);
    const first = made[0];
    if (!first) throw new Error('cases');
    await updateCase(db, actor, first.id, { facts: '新事实' }, new Date('2026-06-22T10:00:00Z'));
    expect(await countPendingForEntity(db, first.id)).toBe(2);
  });

  it('lists cases changed after a local sequence, oldest change first (search catch-up)', async () => {
    const { db, deletedId } = await sixCases();
    // seq 1..6 by the creates, 7 by the delete.
    const changed = await listCasesChangedSince(db, 5, 100);
    expect(changed.map((c) => c.seq)).toEqual([6, 7]);
    expect(changed[1]?.id).toBe(deletedId);
    expect(await listCasesChangedSince(db, 7, 100)).toEqual([]);
  });
});
