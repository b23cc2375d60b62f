/**
 * Search index figures in Node (V8, like the renderer's worker): build time and retained memory
 * at 10k and 100k demo cases, snapshot size and load time, and query latency over 200 queries of
 * 2–4 characters drawn from the data. Prints figures; asserts nothing.
 *
 *   npx tsx bench/search-node.ts            (10k and 100k)
 *   npx tsx bench/search-node.ts 20000      (one size)
 * `npx tsx --expose-gc bench/search-node.ts` collects garbage first, for exact memory figures.
 */
import os from 'node:os';
import { generateDemoCases } from '../src-shared/demo/generateCases';
import { createRng } from '../src-shared/demo/random';
import type { CaseCardInput } from '../src-shared/domain/caseCard';
import type { SearchDoc } from '../src-shared/search/caseDocument';
import { CaseIndex, type CaseQuery } from '../src-shared/search/caseIndex';
import { restoreIndex, snapshotIndex } from '../src-shared/search/serialize';

const SEED = 20240227;
const CHUNK = 2000;
const HANDLERS = ['handler-1', 'handler-2', 'handler-3', 'handler-4', 'handler-5'];
const EPOCH = Date.parse('2026-01-01T00:00:00Z');

function toDoc(card: CaseCardInput, i: number): SearchDoc {
  const numbers = [`340102-2026-${String(i + 1).padStart(5, '0')}`];
  if (card.officialNo) numbers.push(card.officialNo);
  for (const c of card.courtCases ?? []) numbers.push(c.number);
  return {
    id: `0190f000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`,
    title: card.title,
    numbers,
    parties: card.parties.map((p) => p.name),
    facts: card.facts ?? '',
    caseType: card.caseType,
    focalPoint: card.focalPoint,
    status: card.status ?? 'received',
    handlerId: card.handlerId,
    deleted: 0,
    updatedAt: new Date(EPOCH + i * 37_000).toISOString(),
    receivedAt: card.receivedAt,
  };
}

function chunkDocs(offset: number, count: number): SearchDoc[] {
  const cards = generateDemoCases({
    seed: SEED,
    count,
    offset,
    unitCode: '340102',
    handlerIds: HANDLERS,
  });
  return cards.map((card, k) => toDoc(card, offset + k));
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
}

function memory(): { heap: number; buffers: number } {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

const MB = 1024 * 1024;
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** 2–4 consecutive letters, digits or ideographs from a random case's title, party or facts. */
function drawQueries(n: number, size: number): string[] {
  const rng = createRng(SEED ^ size);
  const queries: string[] = [];
  const plain = /^[\p{Script=Han}\p{L}\p{N}]+$/u;
  while (queries.length < n) {
    const i = rng.int(0, size - 1);
    const doc = chunkDocs(i, 1)[0];
    if (!doc) continue;
    const fields = [doc.title, doc.facts, ...doc.parties];
    const text = rng.pick(fields);
    const length = rng.int(2, 4);
    if (text.length < length) continue;
    const start = rng.int(0, text.length - length);
    const q = text.slice(start, start + length);
    if (plain.test(q)) queries.push(q);
  }
  return queries;
}

function timeQueries(index: CaseIndex, queries: readonly string[], extra: Partial<CaseQuery>) {
  const times: number[] = [];
  let hits = 0;
  for (const text of queries) {
    const t0 = performance.now();
    const result = index.query({ text, ...extra });
    times.push(performance.now() - t0);
    hits += result.total;
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: times.at(-1) ?? 0,
    hits,
  };
}

function run(size: number): void {
  console.log(`\n== ${size.toLocaleString('en')} cases ==`);
  gc();
  const before = memory();
  const index = new CaseIndex();
  let buildMs = 0;
  let textChars = 0;
  for (let offset = 0; offset < size; offset += CHUNK) {
    const docs = chunkDocs(offset, Math.min(CHUNK, size - offset));
    const t0 = performance.now();
    for (const doc of docs) index.upsert(doc);
    buildMs += performance.now() - t0;
    for (const d of docs) textChars += d.title.length + d.facts.length;
  }
  const t1 = performance.now();
  index.optimize();
  const foldMs = performance.now() - t1;
  gc();
  const end = memory();
  const heap = end.heap - before.heap;
  const buffers = end.buffers - before.buffers;
  console.log(
    `build ${fmt(buildMs)} (+ fold ${fmt(foldMs)}), ${Math.round(size / ((buildMs + foldMs) / 1000)).toLocaleString('en')} cases/s; ` +
      `${index.dict.size.toLocaleString('en')} terms; avg title+facts ${Math.round(textChars / size)} chars`,
  );
  const exact = typeof (globalThis as { gc?: unknown }).gc === 'function';
  console.log(
    `retained: ${((heap + buffers) / MB).toFixed(1)} MB (JS heap ${(heap / MB).toFixed(1)} + typed arrays ${(buffers / MB).toFixed(1)})` +
      (exact ? '' : ' (approximate: run with --expose-gc)'),
  );

  const t2 = performance.now();
  const snapshot = snapshotIndex(index);
  const snapMs = performance.now() - t2;
  const bytes =
    snapshot.chunks.reduce((sum, c) => sum + c.byteLength, 0) +
    JSON.stringify(snapshot.head, (_k, v: unknown) => (ArrayBuffer.isView(v) ? v.byteLength : v))
      .length;
  const t3 = performance.now();
  const cloned = structuredClone(snapshot);
  const cloneMs = performance.now() - t3;
  const t4 = performance.now();
  const loaded = restoreIndex(cloned.head, cloned.chunks);
  const loadMs = performance.now() - t4;
  console.log(
    `snapshot ${fmt(snapMs)}, ≈${(bytes / MB).toFixed(1)} MB in ${snapshot.chunks.length} postings chunks; ` +
      `load ${fmt(loadMs)} (+ structured clone ${fmt(cloneMs)}, IndexedDB's share); build/load ${(buildMs / loadMs).toFixed(0)}×`,
  );

  const queries = drawQueries(200, size);
  timeQueries(loaded, queries.slice(0, 20), {});
  for (const [label, extra] of [
    ['relevance, all ids', {}],
    ['relevance, first 100', { limit: 100 }],
    ['by updatedAt, all ids', { sort: 'updatedAt' }],
    ['type filter + receivedAt', { sort: 'receivedAt', filters: { caseType: 'civilEnforcement' } }],
  ] as const) {
    const r = timeQueries(loaded, queries, extra);
    console.log(
      `query ${label}: p50 ${fmt(r.p50)}, p95 ${fmt(r.p95)}, max ${fmt(r.max)} (avg ${Math.round(r.hits / queries.length).toLocaleString('en')} hits)`,
    );
  }
  const lists: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    loaded.queryOrdinals({ filters: { status: k % 2 ? 'inReview' : null }, sort: 'updatedAt' });
    lists.push(performance.now() - t);
  }
  lists.sort((a, b) => a - b);
  console.log(`list without text (filter + sort, ordinals): p50 ${fmt(percentile(lists, 0.5))}`);

  const edits: number[] = [];
  const rng = createRng(7);
  for (let k = 0; k < 200; k++) {
    const i = rng.int(0, size - 1);
    const doc = chunkDocs(i, 1)[0];
    if (!doc) continue;
    const t = performance.now();
    loaded.upsert({
      ...doc,
      status: 'concluded',
      updatedAt: new Date(EPOCH + size * 37_000 + k).toISOString(),
    });
    edits.push(performance.now() - t);
  }
  edits.sort((a, b) => a - b);
  const after = timeQueries(loaded, queries.slice(0, 50), {});
  console.log(
    `edit one case: p50 ${fmt(percentile(edits, 0.5))}; query after 200 edits p95 ${fmt(after.p95)}`,
  );
}

const sizes = process.argv[2] ? [Number(process.argv[2])] : [10_000, 100_000];
console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const size of sizes) run(size);
