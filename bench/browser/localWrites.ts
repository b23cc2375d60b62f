/**
 * Local writes in the page: Jianhu's repository (importCases / updateCase with audit chain,
 * outbox and the search worker told) against raw Dexie on a database with the same case indexes
 * (no audit hashing, no validation, no search index).
 */
import { Dexie, type Table } from 'dexie';
import type { CaseCardInput, CaseRecord } from '../../src-shared/domain/caseCard';
import { uuidv7, type CaseId } from '../../src-shared/domain/ids';
import { createRng } from '../../src-shared/demo/random';
import { openJianhuDb, type JianhuDb } from '../../src-renderer/src/db/database';
import { completeFirstRun } from '../../src-renderer/src/db/setup';
import { importCases, updateCase, type Actor } from '../../src-renderer/src/db/cases';
import { createSearchClient, type SearchClient } from '../../src-renderer/src/search/searchClient';
import { createKeyring } from '../../src-renderer/src/security/keyring';
import { BENCH_PASSWORD, UNIT_CODE, demoCards } from '../shared/demoData';
import { appStores } from './appSchema';

export type ImportTiming = {
  /** Until the last chunk committed. */
  importMs: number;
  /** Until everything imported is searchable (the index caught up). */
  searchableMs: number;
  count: number;
};

export type Jianhu = { db: JianhuDb; client: SearchClient; actor: Actor; ids: CaseId[] };
let jianhu: Jianhu | null = null;

/**
 * The app's database after the first run, and its search client (worker) ready. `encrypted`
 * false measures the same code without the encryption middleware (a raw handle: sensitive values
 * stored in clear), to put a figure on what encryption at rest costs; the search client then still
 * gets a keyring of its own, so its work (lookup hashes) is the same in both.
 */
export async function jianhuOpen(dbName = 'jianhu', encrypted = true): Promise<Actor> {
  const db = openJianhuDb(dbName, encrypted ? {} : { keyring: null });
  await db.open();
  const done = await completeFirstRun(
    db,
    {
      unit: { name: '瑶海区人民检察院', code: UNIT_CODE },
      user: { name: '刘检察官', role: 'procurator', password: BENCH_PASSWORD },
    },
    new Date(),
  );
  if (!done.ok) throw new Error('first run refused');
  const searchKeyring = db.keyring ?? createKeyring();
  if (!searchKeyring.isUnlocked()) searchKeyring.unlock(crypto.getRandomValues(new Uint8Array(32)));
  const client = createSearchClient(db.name, { mode: 'worker', keyring: searchKeyring });
  await client.ready;
  const actor: Actor = {
    userId: done.value.userId,
    deviceId: done.value.deviceId,
    unitCode: UNIT_CODE,
  };
  jianhu = { db, client, actor, ids: [] };
  return actor;
}

/** The open Jianhu database, for other page modules' benchmarks. */
export function jianhuHandle(): Jianhu {
  return need(jianhu, 'Jianhu');
}

function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is not open`);
  return value;
}

/** Pre-made inputs (not timed), in slices of 10k: the import path is called once per slice. */
function makeInputs(count: number, handlerIds: readonly string[]): CaseCardInput[][] {
  const slices: CaseCardInput[][] = [];
  for (let offset = 0; offset < count; offset += 10_000) {
    slices.push(demoCards(offset, Math.min(10_000, count - offset), handlerIds));
  }
  return slices;
}

export async function jianhuImport(count: number): Promise<ImportTiming> {
  const j = need(jianhu, 'Jianhu');
  const slices = makeInputs(count, [j.actor.userId]);
  const t0 = performance.now();
  for (const inputs of slices) {
    await importCases(j.db, j.actor, inputs, new Date(), {
      onChunk: (records) => {
        j.client.notifyChanged(records);
        for (const r of records) j.ids.push(r.id);
      },
    });
  }
  const importMs = performance.now() - t0;
  await j.client.sync();
  const searchableMs = performance.now() - t0;
  // Saved index, as the app has it after a quiet moment (not timed).
  await j.client.flush();
  return { importMs, searchableMs, count };
}

/** The times of `n` case edits (facts changed), each as the UI's save does it. */
export async function jianhuSaves(n: number, seed: number): Promise<number[]> {
  const j = need(jianhu, 'Jianhu');
  const rng = createRng(seed);
  const times: number[] = [];
  for (let k = 0; k < n; k++) times.push(await jianhuSave(rng.pick(j.ids), k));
  await j.client.sync();
  return times;
}

/** One edit of case `id` as the UI's save does it, the search worker told; its time. */
export async function jianhuSave(id: CaseId, k: number): Promise<number> {
  return (await jianhuSaveTimed(id, k)).saved;
}

/**
 * One edit as `jianhuSave` makes it: `saved` until the save's caller resumes (the UI's save), and
 * `told` until the search index was sent its notice too, which leaves in the next task
 * (searchClient.ts). The clock stops at `saved`; the notice is then let go before this returns,
 * so that no other contestant's clock pays for it.
 */
export async function jianhuSaveTimed(
  id: CaseId,
  k: number,
): Promise<{ saved: number; told: number }> {
  const j = need(jianhu, 'Jianhu');
  const current = await j.db.cases.get(id);
  if (!current) throw new Error('case missing');
  const patch = { facts: `${current.facts}补充材料第${k}份。` };
  const t0 = performance.now();
  const result = await updateCase(j.db, j.actor, id, patch, new Date());
  if (!result.ok) throw new Error('save refused');
  j.client.notifyChanged([result.value]);
  const saved = performance.now() - t0;
  // The notice's timer was set before this one: it has run when this one does.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { saved, told: performance.now() - t0 };
}

export function jianhuClient(): SearchClient {
  return need(jianhu, 'Jianhu').client;
}

export function jianhuDb(): JianhuDb {
  return need(jianhu, 'Jianhu').db;
}

export class RawDb extends Dexie {
  declare cases: Table<CaseRecord, string>;
  declare audit: Table<Record<string, unknown>, number>;
  declare outbox: Table<Record<string, unknown>, number>;
  /** Only the save ceiling (saveCeiling.ts) uses these three; its outbox is numbered as the app's. */
  declare revisions: Table<{ key: string; rev: number }, string>;
  declare meta: Table<{ key: string; value: unknown }, string>;
  declare designOutbox: Table<Record<string, unknown>, number>;
  constructor() {
    super('raw-anchor');
    this.version(1).stores({
      // The app's own case indexes, so the anchor pays for the same index maintenance.
      cases: appStores('cases'),
      audit: '++seq, at, entityId',
      outbox: '++deviceSeq, changeId, entityId',
      revisions: 'key',
      meta: 'key',
      designOutbox: appStores('outbox'),
    });
  }
}

export type Raw = { db: RawDb; ids: string[]; seq: number };
let raw: Raw | null = null;

/** The open raw database, for the save ceiling. */
export function rawHandle(): Raw {
  return need(raw, 'raw Dexie');
}

export async function rawOpen(): Promise<void> {
  const db = new RawDb();
  await db.open();
  raw = { db, ids: [], seq: 0 };
}

function toRecord(card: CaseCardInput, i: number, at: string): CaseRecord {
  return {
    ...card,
    id: uuidv7(Date.now(), crypto.getRandomValues(new Uint8Array(16))) as CaseId,
    provisionalNo: `${UNIT_CODE}-2026-${String(i + 1).padStart(5, '0')}`,
    unitCode: UNIT_CODE,
    createdAt: at,
    updatedAt: at,
    createdBy: 'user-1',
    updatedBy: 'user-1',
    deleted: 0,
    seq: i + 1,
  } as CaseRecord;
}

/** bulkPut of the same cards made into records, 2,000 per transaction like the app's import. */
export async function rawImport(count: number): Promise<ImportTiming> {
  const r = need(raw, 'raw Dexie');
  const slices = makeInputs(count, ['user-1']);
  const t0 = performance.now();
  let i = 0;
  for (const inputs of slices) {
    for (let start = 0; start < inputs.length; start += 2000) {
      const at = new Date().toISOString();
      const records = inputs.slice(start, start + 2000).map((card) => toRecord(card, i++, at));
      await r.db.cases.bulkPut(records);
      for (const rec of records) r.ids.push(rec.id);
    }
  }
  const importMs = performance.now() - t0;
  r.seq = i;
  return { importMs, searchableMs: Number.NaN, count };
}

/**
 * The same edits as `jianhuSaves`: record put + audit row + outbox row in one transaction.
 * `readInside` moves the read of the case inside the transaction and the clock (the least any
 * save that edits exactly the version it read does); by default it is read before, untimed.
 */
export async function rawSaves(n: number, seed: number, readInside = false): Promise<number[]> {
  const r = need(raw, 'raw Dexie');
  const rng = createRng(seed);
  const times: number[] = [];
  for (let k = 0; k < n; k++) times.push(await rawSave(rng.pick(r.ids), k, readInside));
  return times;
}

/** One raw put of case `id` (edit number `k`, see `rawSaves`); its time. */
export async function rawSave(id: string, k: number, readInside = false): Promise<number> {
  const r = need(raw, 'raw Dexie');
  const read = async () => {
    const current = await r.db.cases.get(id);
    if (!current) throw new Error('case missing');
    return current;
  };
  const tables = [r.db.cases, r.db.audit, r.db.outbox];
  if (readInside) {
    const t0 = performance.now();
    await r.db.transaction('rw', tables, async () => writeEdit(r.db, editOf(r, await read(), k)));
    return performance.now() - t0;
  }
  const next = editOf(r, await read(), k);
  const t0 = performance.now();
  await r.db.transaction('rw', tables, () => writeEdit(r.db, next));
  return performance.now() - t0;
}

function editOf(r: Raw, current: CaseRecord, k: number): CaseRecord {
  return { ...editedCase(current, k), seq: ++r.seq };
}

/** Edit number `k` of a case, as every contestant of the save makes it. */
export function editedCase(current: CaseRecord, k: number): CaseRecord {
  return {
    ...current,
    facts: `${current.facts}补充材料第${k}份。`,
    updatedAt: new Date().toISOString(),
  };
}

/** The stores the raw put writes to. */
export type EditTables = {
  cases: Table<CaseRecord, string>;
  audit: Table<Record<string, unknown>, number>;
  outbox: Table<Record<string, unknown>, number>;
};

/**
 * The raw put's requests, one after another: the case, an audit row and an outbox row. `key`
 * numbers the two rows where their stores do not number them themselves.
 */
export async function writeEdit(t: EditTables, next: CaseRecord, key?: number): Promise<void> {
  await t.cases.put(next);
  await t.audit.add({
    ...(key === undefined ? {} : { seq: key }),
    at: next.updatedAt,
    entityId: next.id,
    action: 'case.update',
    diff: { facts: next.facts },
  });
  await t.outbox.add({
    ...(key === undefined ? {} : { deviceSeq: key }),
    changeId: crypto.randomUUID(),
    entityId: next.id,
    patch: { facts: next.facts },
  });
}
