/**
 * Upload rate of the provincial server: 10,000 changes (7,500 new cases, then 2,500 edits made
 * offline on top of them) pushed in batches of 500 over loopback HTTP, as a device with a backlog
 * would. Runs on embedded PGlite in a temporary data folder, and on PostgreSQL when DATABASE_URL
 * is set (in a schema of its own, dropped afterwards).
 *
 *   npx tsx bench/server-upload.ts
 */
import { randomBytes } from 'node:crypto';
import { onEachServerDatabase } from './lib/serverDatabases';
import { createBenchUnits } from './servers/benchUnits';
import { UNIT_CODE } from './shared/demoData';
import { uuidv7 } from '../src-shared/domain/ids';
import type { PushChange } from '../src-shared/sync/push';
import { pushResponseSchema } from '../src-shared/sync/push';
import { issueEnrollmentCode } from '../src-server/admin/adminCommands';
import { buildServer } from '../src-server/buildServer';
import type { Db } from '../src-server/db/db';
import { enrollResponseSchema } from '../src-shared/sync/enroll';

const TOTAL = 10_000;
const CREATES = 7_500;
const BATCH = 500;

const FOCAL = [
  'workers',
  'financeRealEstate',
  'judicialAssistance',
  'specificGroups',
  'telecomFraud',
  'ruralAffairs',
];
const TYPES = [
  'civilJudgment',
  'civilEnforcement',
  'judicialAssistance',
  'supportProsecution',
  'petition',
];

function makeChanges(): PushChange[] {
  const changes: PushChange[] = [];
  const start = Date.UTC(2026, 10, 1);
  const caseIds: string[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const changeId = uuidv7(start + i, randomBytes(16));
    const deviceTime = new Date(start + i * 1000).toISOString();
    if (i < CREATES) {
      const id = uuidv7(start + i, randomBytes(16));
      caseIds.push(id);
      changes.push({
        changeId,
        deviceSeq: i + 1,
        entity: 'case',
        entityId: id,
        op: 'create',
        baseRev: 0,
        deviceTime,
        patch: {
          title: `王某某等 ${(i % 40) + 2} 人追索劳动报酬支持起诉案 ${i}`,
          caseType: TYPES[i % TYPES.length],
          source: 'application',
          focalPoint: FOCAL[i % FOCAL.length],
          status: 'received',
          courtCases: [
            { number: `（2025）皖0102民初${1000 + i}号`, court: '合肥市瑶海区人民法院' },
          ],
          parties: [
            {
              id: `p${i}-1`,
              role: 'applicant',
              name: '王某某',
              sex: 'male',
              idType: 'residentId',
              flags: ['migrantWorker'],
            },
            {
              id: `p${i}-2`,
              role: 'respondent',
              name: '某建筑劳务有限公司',
              sex: 'unknown',
              idType: 'creditCode',
              flags: [],
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
          assistanceAmount: (i % 7) * 1000,
        },
      });
    } else {
      const id = caseIds[(i * 7919) % caseIds.length] ?? '';
      changes.push({
        changeId,
        deviceSeq: i + 1,
        entity: 'case',
        entityId: id,
        op: 'update',
        baseRev: 0,
        deviceTime,
        patch: { status: 'accepted', acceptedAt: '2026-11-05', facts: `补充事实 ${i}` },
      });
    }
  }
  return changes;
}

async function measure(label: string, db: Db): Promise<void> {
  const now = new Date();
  await createBenchUnits(db, now);
  const { code } = await issueEnrollmentCode(db, { unitCode: UNIT_CODE }, now);
  const app = await buildServer({ db, logger: false, rateLimit: false });
  const base = `${await app.listen({ host: '127.0.0.1', port: 0 })}/api/v1`;
  try {
    const enrolled = await fetch(`${base}/devices/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const { token } = enrollResponseSchema.parse(await enrolled.json());
    const changes = makeChanges();
    const bodies = [];
    for (let i = 0; i < changes.length; i += BATCH)
      bodies.push(JSON.stringify({ changes: changes.slice(i, i + BATCH) }));
    const megabytes = bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0) / 1e6;
    const started = performance.now();
    let applied = 0;
    for (const body of bodies) {
      const reply = await fetch(`${base}/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      if (reply.status !== 200)
        throw new Error(`push failed: ${reply.status} ${await reply.text()}`);
      applied += pushResponseSchema
        .parse(await reply.json())
        .results.filter((r) => r.status === 'applied').length;
    }
    const seconds = (performance.now() - started) / 1000;
    if (applied !== TOTAL) throw new Error(`expected ${TOTAL} applied, got ${applied}`);
    console.log(
      `${label.padEnd(28)} ${TOTAL} changes (${megabytes.toFixed(1)} MB JSON) in ${seconds.toFixed(2)} s = ${Math.round(TOTAL / seconds)} changes/s`,
    );
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const measured = await onEachServerDatabase((kind, db) =>
    measure(kind === 'PGlite' ? 'PGlite (data folder on disk)' : 'PostgreSQL (DATABASE_URL)', db),
  );
  if (!measured) {
    console.log('PostgreSQL: skipped (set DATABASE_URL=postgres://… to measure it too)');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
