/**
 * The search engine over a real JianhuDb on fake-indexeddb: cases written by the repository
 * commands, caught up by `seq`, saved to and loaded from `searchSegments`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCase,
  deleteCase,
  importCases,
  updateCase,
} from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { createSearchStore, type SearchStore } from '../../../src-renderer/src/db/searchStore';
import {
  createSearchEngine,
  type SearchEngine,
} from '../../../src-renderer/src/search/searchEngine';
import { generateDemoCases } from '../../../src-shared/demo/generateCases';
import { toSearchDoc } from '../../../src-shared/search/caseDocument';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { MetaKey, advanceCounters } from '../../../src-renderer/src/db/meta';
import { caseInput, setUpDevice, type Device } from './searchDb';

const NOW = new Date('2026-03-02T10:00:00+08:00');

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup) f();
  cleanup = [];
});

async function device(): Promise<Device> {
  const d = await setUpDevice();
  cleanup.push(() => {
    d.db.close();
  });
  return d;
}

/** A store that counts how many cases the engine reads. */
function countingStore(db: JianhuDb) {
  const store = createSearchStore(db);
  const counter = { casesRead: 0 };
  const counted: SearchStore = {
    ...store,
    readCasesAfter: async (afterSeq, limit) => {
      const rows = await store.readCasesAfter(afterSeq, limit);
      counter.casesRead += rows.length;
      return rows;
    },
  };
  return { store: counted, counter };
}

function engineOn(store: SearchStore): SearchEngine {
  const engine = createSearchEngine(store, { chunkSize: 100, saveDelayMs: 60_000 });
  cleanup.push(() => {
    engine.dispose();
  });
  return engine;
}

const ids = (engine: SearchEngine, text: string, deleted: 0 | 1 = 0) =>
  engine.index.query({ text, filters: { deleted } }).ids;

async function manifest(db: JianhuDb) {
  return db.searchSegments.get('manifest');
}

describe('search engine over the database', () => {
  it('builds from the cases table and finds a case by title, party name and a word of its facts', async () => {
    const { db, actor } = await device();
    await importCases(
      db,
      actor,
      generateDemoCases({ seed: 3, count: 250, unitCode: '340102', handlerIds: [actor.userId] }),
      NOW,
    );
    const created = await createCase(db, actor, caseInput(), NOW);
    if (!created.ok) throw new Error('create failed');
    const engine = engineOn(createSearchStore(db));
    await engine.start();
    expect(engine.status()).toMatchObject({ phase: 'ready', indexed: 251, pending: 0 });
    expect(ids(engine, '农民工')).toContain(created.value.id);
    expect(ids(engine, '欧阳晓岚')).toEqual([created.value.id]);
    expect(ids(engine, '钢筋')).toContain(created.value.id);
    expect(ids(engine, created.value.provisionalNo)).toEqual([created.value.id]);
  });

  it('catches up with creates, edits and deletes by seq', async () => {
    const { db, actor } = await device();
    const engine = engineOn(createSearchStore(db));
    await engine.start();
    const created = await createCase(db, actor, caseInput(), NOW);
    if (!created.ok) throw new Error('create failed');
    const { id } = created.value;
    expect(ids(engine, '钢筋')).toEqual([]);
    await engine.catchUp();
    expect(ids(engine, '钢筋')).toEqual([id]);

    await updateCase(db, actor, id, { facts: '申请人从事物业保洁工作。' }, NOW);
    await engine.catchUp();
    expect(ids(engine, '钢筋')).toEqual([]);
    expect(ids(engine, '保洁')).toEqual([id]);

    await deleteCase(db, actor, id, NOW);
    await engine.catchUp();
    expect(ids(engine, '保洁')).toEqual([]);
    expect(ids(engine, '保洁', 1)).toEqual([id]);
    expect(engine.index.size).toBe(1);
  });

  it('saves the index with its watermark and loads it back without re-reading the cases', async () => {
    const { db, actor } = await device();
    await importCases(
      db,
      actor,
      generateDemoCases({ seed: 4, count: 120, unitCode: '340102', handlerIds: [actor.userId] }),
      NOW,
    );
    const first = engineOn(createSearchStore(db));
    await first.start();
    await first.flush();
    const maxSeq = (await db.cases.orderBy('seq').last())?.seq;
    expect(await manifest(db)).toMatchObject({ generation: 1, watermark: maxSeq, deltas: 0 });
    const before = first.index.query({ text: '工资' });
    first.dispose();

    const { store, counter } = countingStore(db);
    const second = engineOn(store);
    await second.start();
    expect(counter.casesRead).toBe(0);
    expect(second.index.query({ text: '工资' })).toEqual(before);
  });

  it('saves a small change as a delta, and loads snapshot + delta', async () => {
    const { db, actor } = await device();
    await importCases(
      db,
      actor,
      generateDemoCases({ seed: 5, count: 60, unitCode: '340102', handlerIds: [actor.userId] }),
      NOW,
    );
    const first = engineOn(createSearchStore(db));
    await first.start();
    await first.flush();
    const created = await createCase(db, actor, caseInput(), NOW);
    if (!created.ok) throw new Error('create failed');
    await first.catchUp();
    await first.flush();
    expect(await manifest(db)).toMatchObject({
      generation: 1,
      deltas: 1,
      watermark: created.value.seq,
    });
    expect(await db.searchSegments.where('key').startsWith('g000001:delta:').count()).toBe(1);
    first.dispose();

    const { store, counter } = countingStore(db);
    const second = engineOn(store);
    await second.start();
    expect(counter.casesRead).toBe(0);
    expect(ids(second, '欧阳晓岚')).toEqual([created.value.id]);
  });

  it('rebuilds from the cases when the saved segments are damaged or of another format', async () => {
    const { db, actor } = await device();
    await importCases(
      db,
      actor,
      generateDemoCases({ seed: 6, count: 40, unitCode: '340102', handlerIds: [actor.userId] }),
      NOW,
    );
    const first = engineOn(createSearchStore(db));
    await first.start();
    await first.flush();
    first.dispose();
    await db.searchSegments.update('g000001:head', { head: { format: 1, docs: 'garbage' } });

    const { store, counter } = countingStore(db);
    const second = engineOn(store);
    await second.start();
    expect(counter.casesRead).toBe(40);
    expect(second.index.size).toBe(40);
    await second.flush();
    second.dispose();
    // The damaged rows were replaced: the next start loads them without reading a case.
    const again = countingStore(db);
    await engineOn(again.store).start();
    expect(again.counter.casesRead).toBe(0);

    await db.searchSegments.update('manifest', { format: 999 });
    const third = countingStore(db);
    const engine = engineOn(third.store);
    await engine.start();
    expect(third.counter.casesRead).toBe(40);
  });

  it('indexes writes handed over in seq order without reading them back', async () => {
    const { db, actor } = await device();
    const { store, counter } = countingStore(db);
    const engine = engineOn(store);
    await engine.start();
    const first = await createCase(db, actor, caseInput(), NOW);
    const second = await createCase(db, actor, caseInput({ title: '物业服务合同纠纷案' }), NOW);
    if (!first.ok || !second.ok) throw new Error('create failed');
    await engine.ingest(
      [second.value, first.value].map((r) => ({ seq: r.seq, doc: toSearchDoc(r, []) })),
    );
    expect(counter.casesRead).toBe(0);
    expect(ids(engine, '物业')).toEqual([second.value.id]);
    expect(ids(engine, '农民工')).toEqual([first.value.id]);
  });

  it('reads back instead when handed-over writes leave a gap (another write came between)', async () => {
    const { db, actor } = await device();
    const { store, counter } = countingStore(db);
    const engine = engineOn(store);
    await engine.start();
    const other = await createCase(db, actor, caseInput({ title: '物业服务合同纠纷案' }), NOW);
    const mine = await createCase(db, actor, caseInput(), NOW);
    if (!other.ok || !mine.ok) throw new Error('create failed');
    await engine.ingest([{ seq: mine.value.seq, doc: toSearchDoc(mine.value, []) }]);
    expect(counter.casesRead).toBe(2);
    expect(ids(engine, '物业')).toEqual([other.value.id]);
    expect(ids(engine, '农民工')).toEqual([mine.value.id]);
  });

  it('skips a malformed case row and keeps indexing the cases after it', async () => {
    const { db, actor } = await device();
    const before = await createCase(db, actor, caseInput(), NOW);
    if (!before.ok) throw new Error('create failed');
    // A row without parties, as a damaged or foreign write might leave; the counter moves past it.
    const broken = { ...before.value, id: 'broken-row', seq: before.value.seq + 1, parties: null };
    await db.cases.put(broken as unknown as CaseRecord);
    await db.transaction('rw', db.meta, () =>
      advanceCounters(db.meta, { [MetaKey.nextLocalSeq]: before.value.seq + 2 }),
    );
    const after = await createCase(db, actor, caseInput({ title: '物业服务合同纠纷案' }), NOW);
    if (!after.ok) throw new Error('create failed');
    const engine = engineOn(createSearchStore(db));
    await engine.start();
    expect(engine.status()).toMatchObject({ phase: 'ready', indexed: 2, skipped: 1 });
    expect(ids(engine, '物业')).toEqual([after.value.id]);
  });

  it('rebuild() throws the index away and reads every case again', async () => {
    const { db, actor } = await device();
    await importCases(
      db,
      actor,
      generateDemoCases({ seed: 8, count: 30, unitCode: '340102', handlerIds: [actor.userId] }),
      NOW,
    );
    const { store, counter } = countingStore(db);
    const engine = engineOn(store);
    await engine.start();
    const epoch = engine.index.epoch;
    await engine.rebuild();
    expect(counter.casesRead).toBe(60);
    expect(engine.index.size).toBe(30);
    expect(engine.index.epoch).toBeGreaterThan(epoch);
  });
});
