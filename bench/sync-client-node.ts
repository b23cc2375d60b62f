/**
 * Upload rate of the client sync engine, end to end: 10,000 outbox changes (7,500 imported cases,
 * then 2,500 edits made offline with the repository's own updateCase) drained by
 * `createSyncEngine` from a JianhuDb on fake-indexeddb, over loopback HTTP, into the real server on
 * embedded PGlite in a temporary data folder — and on PostgreSQL when DATABASE_URL is set (in a
 * schema of its own, dropped afterwards). Reports the upload (until every change is answered) and
 * the whole run (upload, then the pull that brings the unit's records back), for two batch sizes.
 *
 *   npx tsx bench/sync-client-node.ts
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { onEachServerDatabase } from './lib/serverDatabases';
import type { CaseCardInput } from '../src-shared/domain/caseCard';
import { createUnit, issueEnrollmentCode } from '../src-server/admin/adminCommands';
import { buildServer } from '../src-server/buildServer';
import type { Db } from '../src-server/db/db';
import { importCases, updateCase } from '../src-renderer/src/db/cases';
import { openJianhuDb } from '../src-renderer/src/db/database';
import { completeFirstRun } from '../src-renderer/src/db/setup';
import { createSyncEngine, enrollDevice } from '../src-renderer/src/sync';

const CREATES = 7_500;
const EDITS = 2_500;
const TOTAL = CREATES + EDITS;

function caseInput(i: number): CaseCardInput {
  return {
    title: `王某某等 ${String((i % 40) + 2)} 人追索劳动报酬支持起诉案 ${String(i)}`,
    caseType: 'supportProsecution',
    source: 'application',
    focalPoint: 'workers',
    courtCases: [
      { number: `（2025）皖0102民初${String(1000 + i)}号`, court: '合肥市瑶海区人民法院' },
    ],
    parties: [
      {
        id: `p${String(i)}-1`,
        role: 'applicant',
        name: '王某某',
        sex: 'male',
        flags: ['migrantWorker'],
      },
      {
        id: `p${String(i)}-2`,
        role: 'respondent',
        name: '某建筑劳务有限公司',
        idType: 'creditCode',
      },
    ],
    claims: '请求支持起诉，追索拖欠的劳动报酬共计人民币四万三千元。',
    facts:
      '申请人于 2024 年在被申请人承建的工地务工，工程完工后被申请人以资金周转困难为由拖欠工资至今。'.repeat(
        3,
      ),
    handlerId: 'u-1',
    department: 'civil',
    receivedAt: '2026-11-01',
  };
}

type Result = { batch: number; setupS: number; uploadS: number; runS: number; left: number };

async function measureOnce(serverDb: Db, unitCode: string, batch: number): Promise<Result> {
  const now = new Date();
  const app = await buildServer({ db: serverDb, logger: false, rateLimit: false });
  const url = `${await app.listen({ host: '127.0.0.1', port: 0 })}/api/v1`;
  const db = openJianhuDb(`bench-sync-${String(batch)}-${randomBytes(4).toString('hex')}`);
  try {
    const setupStart = performance.now();
    const first = await completeFirstRun(
      db,
      {
        unit: { name: '瑶海区人民检察院', code: unitCode },
        user: { name: '王检察官', role: 'procurator', password: 'Bench#2026-jianhu' },
      },
      now,
    );
    if (!first.ok) throw new Error('first run failed');
    const actor = { userId: first.value.userId, unitCode, deviceId: first.value.deviceId };
    await importCases(
      db,
      actor,
      Array.from({ length: CREATES }, (_, i) => caseInput(i)),
      now,
    );
    const ids = (await db.cases.toCollection().primaryKeys()).sort();
    for (let i = 0; i < EDITS; i++) {
      const id = ids[(i * 7919) % ids.length] ?? '';
      await updateCase(db, actor, id, { status: 'accepted', facts: `补充事实 ${String(i)}` }, now);
    }
    const setupS = (performance.now() - setupStart) / 1000;
    if ((await db.outbox.count()) !== TOTAL) throw new Error('unexpected outbox size');

    const { code } = await issueEnrollmentCode(serverDb, { unitCode }, now);
    await enrollDevice({ db, serverUrl: url, code, fetch, now: () => new Date() });
    let uploadMs = Number.NaN;
    const t0 = performance.now();
    const engine = createSyncEngine({
      db,
      fetch,
      now: () => new Date(),
      random: Math.random,
      batchSize: batch,
      onStatus: (status) => {
        if (status.kind === 'syncing' && status.phase === 'pull' && Number.isNaN(uploadMs))
          uploadMs = performance.now() - t0;
      },
    });
    const status = await engine.syncNow();
    const runMs = performance.now() - t0;
    if (status.kind !== 'idle') throw new Error(`sync ended with ${JSON.stringify(status)}`);
    return {
      batch,
      setupS,
      uploadS: uploadMs / 1000,
      runS: runMs / 1000,
      left: await db.outbox.count(),
    };
  } finally {
    await app.close();
    await db.delete();
  }
}

async function seedUnits(db: Db): Promise<void> {
  const now = new Date();
  await createUnit(db, { code: '340000', name: '安徽省人民检察院', level: 'province' }, now);
  await createUnit(
    db,
    { code: '340100', name: '合肥市人民检察院', level: 'city', parentCode: '340000' },
    now,
  );
  for (const code of ['340102', '340103']) {
    await createUnit(
      db,
      { code, name: `县级院 ${code}`, level: 'county', parentCode: '340100' },
      now,
    );
  }
}

async function run(label: string, db: Db): Promise<void> {
  await seedUnits(db);
  // A fresh unit per measurement: the second one does not pull the first one's 7,500 cases.
  for (const [batch, unitCode] of [
    [200, '340102'],
    [500, '340103'],
  ] as const) {
    const r = await measureOnce(db, unitCode, batch);
    console.log(
      `${label.padEnd(10)} batch ${String(batch).padStart(3)}: ${TOTAL.toLocaleString('en')} changes uploaded in ` +
        `${r.uploadS.toFixed(1)} s = ${Math.round(TOTAL / r.uploadS).toLocaleString('en')} changes/s; ` +
        `whole run with the pull ${r.runS.toFixed(1)} s; left in outbox ${String(r.left)} ` +
        `(making the changes locally took ${r.setupS.toFixed(1)} s)`,
    );
  }
}

async function main(): Promise<void> {
  console.log(
    `client sync engine (Node, fake-indexeddb) → server, ${TOTAL.toLocaleString('en')} changes`,
  );
  await onEachServerDatabase(run);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
