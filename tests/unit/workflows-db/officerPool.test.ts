/**
 * The hearing-officer pool (issue 15 item 9): kept on the workstation by an administrator, every
 * change audited without the contact number, the phone stored only sealed; a hearing's selection
 * is built from it and accepted by the engine.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSelection } from '../../../src-shared/workflows';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { readOfficerPool, saveOfficerPoolEntry } from '../../../src-renderer/src/db/officerPool';
import { createUser } from '../../../src-renderer/src/db/users';
import { setUpDevice, TEST_KDF } from '../db/fixtures';
import { reach, send } from '../workflows/walk';

const NOW = new Date('2026-03-02T10:00:00+08:00');
const PHONE = '13912345678';
const entry = (name: string, isPeoplesSupervisor = false) => ({
  name,
  occupation: '人民调解员',
  contact: PHONE,
  isPeoplesSupervisor,
  isActive: true,
  qualificationsCheckedOn: '2026-03-01',
});

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

async function rawMeta(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const rows = await raw.table('meta').toArray();
  raw.close();
  return JSON.stringify(rows);
}

describe('hearing-officer pool (issue 15 item 9)', () => {
  it('item 9: an administrator adds and retires entries, audited without the phone, sealed at rest', async () => {
    const { db, actor } = await setUpDevice();
    open.push(db);
    const before = await db.audit.count();
    const added = await saveOfficerPoolEntry(db, actor, entry('周代表'), NOW);
    if (!added.ok) throw new Error(JSON.stringify(added.issues));
    const retired = await saveOfficerPoolEntry(db, actor, { ...added.value, isActive: false }, NOW);
    expect(retired.ok).toBe(true);
    expect(await readOfficerPool(db)).toEqual([{ ...added.value, isActive: false }]);
    const entries = await db.audit.where('seq').above(before).toArray();
    expect(entries.map((e) => e.action)).toEqual(['officerPool.update', 'officerPool.update']);
    expect(JSON.stringify(entries)).not.toContain(PHONE);
    expect(entries[1]?.diff).toMatchObject({
      before: { isActive: true, hasContact: true },
      after: { isActive: false },
    });
    expect(await rawMeta(db.name)).not.toContain(PHONE);
  });

  it('item 9: anyone but an administrator is refused, and a bad phone is a field error', async () => {
    const { db, actor } = await setUpDevice();
    open.push(db);
    const clerk = await createUser(
      db,
      actor,
      { name: '李书记员', role: 'clerk', password: 'Clerk#2026-desk' },
      NOW,
      TEST_KDF,
    );
    if (!clerk.ok) throw new Error('user not created');
    expect(
      await saveOfficerPoolEntry(db, { ...actor, userId: clerk.value.id }, entry('周代表'), NOW),
    ).toEqual({ ok: false, issues: [{ path: [], message: 'hearingPool.refusal.adminOnly' }] });
    expect(
      await saveOfficerPoolEntry(db, actor, { ...entry('周代表'), contact: 'call me' }, NOW),
    ).toMatchObject({ ok: false, issues: [{ path: ['contact'] }] });
    expect(await readOfficerPool(db)).toEqual([]);
  });

  it('item 9: a random draw from the pool is built without questions and accepted by the engine', async () => {
    const { db, actor } = await setUpDevice();
    open.push(db);
    for (const [name, supervisor] of [
      ['周代表', true],
      ['吴委员', false],
      ['郑调解员', false],
      ['王律师', false],
    ] as const) {
      const saved = await saveOfficerPoolEntry(db, actor, entry(name, supervisor), NOW);
      expect(saved.ok).toBe(true);
    }
    const pool = await readOfficerPool(db);
    const recused = pool[3]?.id ?? '';
    const selection = buildSelection(pool, {
      method: 'randomDraw',
      selectedOn: '2025-03-02',
      chosenIds: [],
      recusedIds: [recused],
      drawCount: 3,
      seed: 'a1b2c3d4e5f60718',
    });
    expect(selection.poolSize).toBe(4);
    expect(selection.poolEntryIds).toHaveLength(3);
    expect(selection.poolEntryIds).not.toContain(recused);
    const result = send(
      'publicHearing',
      reach('publicHearing', 'preparing', 'entered'),
      'selectOfficers',
      selection,
      'procurator',
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect((result.snapshot.context.officers as unknown[]).length).toBe(3);
  });
});
