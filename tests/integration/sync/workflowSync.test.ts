/**
 * Guided workflows travel between two devices of one county through the real server: device A
 * starts judicial assistance on a case, takes its steps (a payment with a bank account among them)
 * and generates the decision document; device B syncs and holds the same workflow row, the same
 * steps and the same document, seen at once by the live queries the case page's panel reads. A
 * step B then takes goes back to A on the revision A acknowledged (no conflict).
 */
import { liveQuery } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { generateDocument } from '../../../src-renderer/src/db/documentRepository';
import { listOpenConflicts } from '../../../src-renderer/src/db/conflicts';
import {
  startCaseWorkflow,
  transitionWorkflow,
} from '../../../src-renderer/src/db/workflowRepository';
import {
  getWorkflow,
  listCaseWorkflows,
  listWorkflowDocuments,
  listWorkflowSteps,
} from '../../../src-renderer/src/db/workflowQueries';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import type { WorkflowRecord } from '../../../src-renderer/src/db/workflowRows';
import { deserializeWorkflowSnapshot } from '../../../src-shared/workflows';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { validInput } from '../../unit/db/fixtures';
import { assistanceToDecision, day, residentId } from '../../unit/workflows-db/fixtures';
import { APPLIED_ENTITIES_KEY } from '../../../src-renderer/src/sync/appliedEntities';
import { applyServerStates } from '../../../src-renderer/src/sync/apply';
import { readSyncSettings, type FetchLike } from '../../../src-renderer/src/sync';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

const ACCOUNT = '6222 0000 1111 2222';

const afterDecision = [
  { type: 'decide', data: { decidedOn: '2025-03-12', amount: 25922 } },
  { type: 'requestFunds', data: { requestedOn: '2025-03-13' } },
  { type: 'fundsArrived', data: { arrivedOn: '2025-03-20' } },
  { type: 'notifyApplicant', data: { notifiedOn: '2025-03-21', method: 'phone' } },
  {
    type: 'pay',
    data: {
      paidOn: '2025-03-24',
      method: 'bankTransfer',
      amount: 25922,
      payeeName: '张三',
      bankAccount: ACCOUNT,
    },
  },
];

/** A row without what only its device decides (`seq`, the local change counter). */
function synced<T extends { seq?: number }>(row: T | undefined): Omit<T, 'seq'> | undefined {
  if (!row) return undefined;
  const { seq: _seq, ...rest } = row;
  return rest;
}

async function countCaseAudit(db: JianhuDb): Promise<number> {
  return (await db.audit.toArray()).filter((e) => e.entity === 'case').length;
}

describe.each(BACKENDS)('guided workflows between two devices on %s', (backend) => {
  let env: TestEnv;
  let a: TestDevice;
  let b: TestDevice;
  let caseId: string;
  let workflowId: string;
  const steps = [...assistanceToDecision, ...afterDecision];

  beforeAll(async () => {
    env = await createTestEnv(backend);
    a = await addDevice(env, UNITS.yaohai);
    b = await addDevice(env, UNITS.yaohai);
    const created = await createCase(a.db, a.actor, validInput(1), day(0));
    if (!created.ok) throw new Error('case not created');
    caseId = created.value.id;
    const started = await startCaseWorkflow(
      a.db,
      a.actor,
      caseId,
      'judicialAssistance',
      { config: { deciderRole: 'procurator' } },
      day(0),
    );
    if (!started.ok) throw new Error(JSON.stringify(started.reason));
    workflowId = started.value.id;
    for (const [i, event] of steps.entries()) {
      const taken = await transitionWorkflow(a.db, a.actor, workflowId, event, day(i + 1));
      if (!taken.ok) throw new Error(JSON.stringify(taken.reason));
    }
    const document = await generateDocument(
      a.db,
      a.actor,
      {
        caseId,
        workflowId,
        templateId: 'assistance.decision',
        data: {
          procuratorate: '合肥市瑶海区人民检察院',
          caseRef: { title: created.value.title, provisionalNo: created.value.provisionalNo },
          applicant: { name: '张某1', sex: 'male', idNumber: residentId(1) },
          appliedOn: '2025-03-03',
          facts: '申请人在某建筑工地务工，被拖欠工资。',
          reasoning: '申请人因案致困，符合救助条件。',
          basis: [{ law: '人民检察院国家司法救助工作细则', article: 7 }],
          amount: 25922,
          cap: { monthlyBase: 8640.67, annualWage: 103688 },
          paymentMethod: '银行转账',
          decidedOn: '2025-03-12',
        },
      },
      day(12),
    );
    if (!document.ok) throw new Error(JSON.stringify(document.reason));
  }, 60_000);
  afterAll(async () => {
    await closeDevices([a, b]);
    await env.close();
  });

  it('acknowledges every workflow change on A: the workflow and document rows take their revisions', async () => {
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    // One create and one update per step, each the next revision; one create for the document.
    expect((await getWorkflow(a.db, workflowId))?.rev).toBe(steps.length + 1);
    const [document] = await listWorkflowDocuments(a.db, workflowId);
    expect(document?.rev).toBe(1);
  });

  it('gives B the same workflow row, steps and document, shown by the live queries at once', async () => {
    const seen: WorkflowRecord[][] = [];
    const subscription = liveQuery(() => listCaseWorkflows(b.db, caseId)).subscribe({
      next: (rows) => seen.push(rows),
    });
    try {
      expect(await b.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
      await expect.poll(() => seen.at(-1)?.length).toBe(1);
    } finally {
      subscription.unsubscribe();
    }
    const onA = await getWorkflow(a.db, workflowId);
    const onB = await getWorkflow(b.db, workflowId);
    expect(synced(onB)).toEqual(synced(onA));
    expect(onB).toMatchObject({ state: 'followUp', sensitive: { 'pay.bankAccount': ACCOUNT } });
    expect(seen.at(-1)?.[0]?.id).toBe(workflowId);
    // The case page decodes the snapshot to draw the step guide.
    expect(onB && deserializeWorkflowSnapshot(onB.kind, onB.snapshot).ok).toBe(true);

    const stepsOnA = await listWorkflowSteps(a.db, workflowId);
    expect(stepsOnA).toHaveLength(steps.length);
    expect(await listWorkflowSteps(b.db, workflowId)).toEqual(stepsOnA);
    const docsOnB = await listWorkflowDocuments(b.db, workflowId);
    expect(docsOnB.map(synced)).toEqual(
      (await listWorkflowDocuments(a.db, workflowId)).map(synced),
    );

    // Audited as coming from the server, chain intact, the bank account nowhere in it.
    expect(await verifyAuditChain(b.db)).toMatchObject({ ok: true });
    const fromServer = (await b.db.audit.toArray()).filter(
      (e) => (e.diff as { origin?: string }).origin === 'server',
    );
    const entities = fromServer.map((e) => e.entity);
    expect(entities.filter((e) => e === 'step')).toHaveLength(steps.length);
    expect(entities.filter((e) => e === 'workflow')).toHaveLength(1);
    expect(entities.filter((e) => e === 'document')).toHaveLength(1);
    // Only the masked form may appear. Not '1111' alone: hashes and ids are hex and can hold it.
    const audited = JSON.stringify(fromServer.map((e) => e.diff));
    for (const clear of [ACCOUNT, ACCOUNT.replaceAll(' ', ''), '0000 1111', '00001111']) {
      expect(audited).not.toContain(clear);
    }
  });

  it('applies nothing twice: a second sync leaves rows and audit as they were', async () => {
    const before = {
      audit: await b.db.audit.count(),
      steps: await b.db.steps.count(),
      workflow: await getWorkflow(b.db, workflowId),
    };
    await b.engine.syncNow();
    expect(await b.db.audit.count()).toBe(before.audit);
    expect(await b.db.steps.count()).toBe(before.steps);
    expect(await getWorkflow(b.db, workflowId)).toEqual(before.workflow);
  });

  it('sends a step B takes on the pulled workflow back to A, on the acknowledged revision', async () => {
    const rev = (await getWorkflow(b.db, workflowId))?.rev ?? 0;
    const closed = await transitionWorkflow(
      b.db,
      b.actor,
      workflowId,
      { type: 'closeCase', data: { closedOn: '2025-04-01' } },
      day(31),
    );
    if (!closed.ok) throw new Error(JSON.stringify(closed.reason));
    const change = await b.db.outbox.where('entityId').equals(workflowId).first();
    expect(change?.baseRev).toBe(rev);
    expect(await b.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect((await getWorkflow(b.db, workflowId))?.rev).toBe(rev + 1);
    await a.engine.syncNow();
    expect(synced(await getWorkflow(a.db, workflowId))).toEqual(
      synced(await getWorkflow(b.db, workflowId)),
    );
    expect(await listWorkflowSteps(a.db, workflowId)).toHaveLength(steps.length + 1);
    expect([...(await listOpenConflicts(a.db)), ...(await listOpenConflicts(b.db))]).toEqual([]);
  });

  it('re-pulls once after an upgrade from a build that stored only cases', async () => {
    const pulls: string[] = [];
    const recording: FetchLike = (input, init) => {
      const url = new URL(input);
      if (url.pathname.endsWith('/sync/pull')) pulls.push(url.searchParams.get('cursor') ?? '');
      return globalThis.fetch(input, init);
    };
    const c = await addDevice(env, UNITS.yaohai, { engine: { fetch: recording } });
    try {
      // What the older build left: the unit's cases, the cursor past everything it pulled
      // (workflows, steps and documents passed over), and no marker.
      const token = (await readSyncSettings(c.db)).enrollment?.token ?? '';
      let cursor = '0';
      for (let hasMore = true; hasMore;) {
        const page = await env.pull(token, cursor);
        const cases = page.changes.filter((s) => s.entity === 'case');
        await applyServerStates(c.db, cases, new Date(), { cursor: page.nextCursor });
        cursor = page.nextCursor;
        hasMore = page.hasMore;
      }
      await c.db.meta.delete(APPLIED_ENTITIES_KEY);
      expect(await c.db.cases.count()).toBe(1);
      expect(await c.db.workflows.count()).toBe(0);
      const caseAudit = await countCaseAudit(c.db);

      expect(await c.engine.syncNow()).toMatchObject({ kind: 'idle' });
      expect(pulls[0]).toBe('0');
      expect(synced(await getWorkflow(c.db, workflowId))).toEqual(
        synced(await getWorkflow(a.db, workflowId)),
      );
      expect(await listWorkflowSteps(c.db, workflowId)).toEqual(
        await listWorkflowSteps(a.db, workflowId),
      );
      expect(await c.db.documents.count()).toBe(1);
      // The case it already held came again at the same revision: not written, not audited.
      expect(await countCaseAudit(c.db)).toBe(caseAudit);
      // The cursor ends where the unit's records end: past this device's own administrator too,
      // whose 'create' this run sent (users sync).
      const end = await env.pull(token, cursor);
      expect(end.changes.map((s) => s.entity)).toEqual(['user']);
      expect((await readSyncSettings(c.db)).cursor).toBe(end.nextCursor);

      // Once only: the next run goes on from the stored cursor.
      pulls.length = 0;
      await c.engine.syncNow();
      expect(pulls[0]).toBe(end.nextCursor);
    } finally {
      await closeDevices([c]);
    }
  });
});
