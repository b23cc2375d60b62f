/**
 * Sync end to end, Chromium ↔ server on loopback. Upload: the app's sync engine draining an
 * outbox of 10k imported cases from IndexedDB (pushes and acks, until it turns to pulling) against
 * PouchDB (IndexedDB adapter) replicating the same documents to express-pouchdb on disk.
 * Download: a new device pulling 10k cases into IndexedDB, search index included, against PouchDB
 * replicating the other way. The page is served by the server under test (same origin).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { call, openBenchPage, openChromium } from '../lib/chromium';
import { startChild } from '../lib/childServer';
import { k, type BenchContext } from '../lib/context';
import { atLeast, median } from '../lib/report';
import { alternate } from '../lib/stats';
import { enroll, memoryPouch, push, pushBodies } from '../lib/uploadClients';
import { caseDocs, type CaseDoc } from '../shared/syncDocs';
import { freshDatabase, type Engine } from './upload';

const POUCH_BATCH = 1000;

type Round = { rate: number; extra: number };

async function withPage<T>(url: string, work: (page: Page) => Promise<T>) {
  const s = await openChromium();
  try {
    await openBenchPage(s.page, url);
    return await work(s.page);
  } finally {
    await s.close();
  }
}

async function jianhuUpload(engine: Engine, count: number): Promise<Round> {
  const db = freshDatabase(engine, 'e2e_up');
  const child = await startChild('jianhuServer', { ...db.env, BENCH_CODES: '1' });
  try {
    const [code] = child.info.codes as string[];
    return await withPage(`${child.url}/bench/index.html`, async (page) => {
      await call(page, 'jianhuOpen');
      await call(page, 'jianhuImport', count);
      await call(page, 'syncEnroll', child.url, code ?? '');
      const r = await call(page, 'syncUpload', child.url);
      if (r.left !== 0 || r.status !== 'idle')
        throw new Error(`outbox left ${r.left}, ${r.status}`);
      return { rate: count / (r.uploadMs / 1000), extra: count / (r.runMs / 1000) };
    });
  } finally {
    await child.stop();
    db.cleanup();
  }
}

async function pouchUpload(count: number): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), 'jianhu-bench-pouch-'));
  const child = await startChild('pouchServer', { BENCH_DATA_DIR: dir });
  try {
    return await withPage(`${child.url}/bench/index.html`, async (page) => {
      await call(page, 'pouchSeed', count);
      const r = await call(page, 'pouchPush', `${child.url}/db/bench`, POUCH_BATCH);
      if (r.docs !== count) throw new Error(`PouchDB wrote ${r.docs}`);
      return { rate: count / (r.ms / 1000), extra: Number.NaN };
    });
  } finally {
    await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function jianhuDownload(engine: Engine, docs: readonly CaseDoc[]): Promise<Round> {
  const db = freshDatabase(engine, 'e2e_down');
  const child = await startChild('jianhuServer', { ...db.env, BENCH_CODES: '2' });
  try {
    const [first, second] = child.info.codes as string[];
    const token = await enroll(child.url, first ?? '');
    await push(child.url, token, pushBodies(docs, 1));
    return await withPage(`${child.url}/bench/index.html`, async (page) => {
      await call(page, 'jianhuOpen');
      await call(page, 'syncEnroll', child.url, second ?? '');
      const r = await call(page, 'syncDownload', child.url);
      if (r.cases !== docs.length) throw new Error(`pulled ${r.cases} of ${docs.length}`);
      return {
        rate: docs.length / (r.searchableMs / 1000),
        extra: docs.length / (r.pullMs / 1000),
      };
    });
  } finally {
    await child.stop();
    db.cleanup();
  }
}

async function pouchDownload(docs: readonly CaseDoc[]): Promise<Round> {
  const dir = mkdtempSync(join(tmpdir(), 'jianhu-bench-pouch-'));
  const child = await startChild('pouchServer', { BENCH_DATA_DIR: dir });
  const source = await memoryPouch(docs);
  try {
    await source.replicate(`${child.url}/db/bench`, POUCH_BATCH);
    return await withPage(`${child.url}/bench/index.html`, async (page) => {
      const r = await call(page, 'pouchPull', `${child.url}/db/bench`, POUCH_BATCH);
      if (r.docs !== docs.length) throw new Error(`PouchDB pulled ${r.docs}`);
      return { rate: docs.length / (r.ms / 1000), extra: Number.NaN };
    });
  } finally {
    await source.destroy();
    await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchEndToEnd(ctx: BenchContext): Promise<void> {
  const count = ctx.quick ? 1_000 : 10_000;
  const engine: Engine = ctx.databaseUrl
    ? { name: 'PostgreSQL', url: ctx.databaseUrl }
    : { name: 'PGlite' };
  const docs = caseDocs(0, count);
  for (const direction of ['upload', 'download'] as const) {
    console.log(`\n[e2e] sync ${direction}, ${k(count)} cases, server on ${engine.name}`);
    const got: Record<string, Round[]> = { jianhu: [], pouch: [] };
    await alternate(
      ctx.runs,
      direction === 'upload'
        ? [
            { name: 'pouch', run: () => pouchUpload(count) },
            { name: 'jianhu', run: () => jianhuUpload(engine, count) },
          ]
        : [
            { name: 'pouch', run: () => pouchDownload(docs) },
            { name: 'jianhu', run: () => jianhuDownload(engine, docs) },
          ],
      (name, r, x) => {
        got[name]?.push(x);
        console.log(`  round ${r + 1} ${name}: ${Math.round(x.rate)} docs/s`);
      },
    );
    const v = (name: string, key: keyof Round) => (got[name] ?? []).map((x) => x[key]);
    const benchmark = `sync ${direction} ${k(count)}, end to end (Chromium → ${engine.name})`;
    const anchor =
      direction === 'upload'
        ? 'PouchDB (IndexedDB) → express-pouchdb'
        : 'express-pouchdb → PouchDB (IndexedDB)';
    ctx.report.add({
      benchmark,
      metric:
        direction === 'upload'
          ? 'docs/s, outbox drained and acked'
          : 'docs/s, pulled and searchable',
      better: 'higher',
      jianhu: v('jianhu', 'rate'),
      anchors: [{ name: `${anchor}, batch ${POUCH_BATCH}`, values: v('pouch', 'rate') }],
    });
    ctx.report.add({
      benchmark,
      metric:
        direction === 'upload'
          ? 'docs/s, whole sync run (incl. pulling own changes back)'
          : 'docs/s, pulled (index not waited for)',
      better: 'higher',
      jianhu: v('jianhu', 'extra'),
      anchors: [],
    });
    const ratio = median(v('jianhu', 'rate')) / median(v('pouch', 'rate'));
    ctx.report.target(`sync ${direction}, end to end`, '≥ 2× PouchDB', ...atLeast(ratio, 2, '×'));
  }
}
