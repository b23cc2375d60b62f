import { afterEach, describe, expect, it } from 'vitest';
import { outboxChangeSchema } from '../../../src-shared/sync/change';
import { deserializeWorkflowSnapshot } from '../../../src-shared/workflows';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import {
  startCaseWorkflow,
  transitionWorkflow,
} from '../../../src-renderer/src/db/workflowRepository';
import {
  getWorkflow,
  listCaseWorkflows,
  listWorkflowSteps,
} from '../../../src-renderer/src/db/workflowQueries';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import type { Actor } from '../../../src-renderer/src/db/actor';
import {
  T0,
  assistanceToDecision,
  closeAll,
  colleague,
  counts,
  day,
  deviceWithCase,
} from './fixtures';

afterEach(closeAll);

async function startReasoning(db: JianhuDb, actor: Actor, caseId: string) {
  const started = await startCaseWorkflow(
    db,
    actor,
    caseId,
    'reasoning',
    { trigger: { kind: 'notSupportSupervision', decidedOn: '2025-03-03' } },
    T0,
  );
  if (!started.ok) throw new Error(JSON.stringify(started.reason));
  return started.value;
}

async function must(result: Promise<{ ok: boolean; reason?: unknown }>) {
  const r = await result;
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.reason)}`);
  return r;
}

describe('startCaseWorkflow', () => {
  it('writes the workflow row, one audit entry and one outbox create together', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const before = await counts(db);
    const workflow = await startReasoning(db, actor, caseRecord.id);
    const after = await counts(db);
    expect(after.workflows - before.workflows).toBe(1);
    expect(after.audit - before.audit).toBe(1);
    expect(after.outbox - before.outbox).toBe(1);
    expect(after.steps).toBe(before.steps);

    expect(workflow).toMatchObject({
      caseId: caseRecord.id,
      kind: 'reasoning',
      state: 'preparing',
      status: 'active',
      stepCount: 0,
      rev: 0,
      startedBy: actor.userId,
    });
    const decoded = deserializeWorkflowSnapshot('reasoning', workflow.snapshot);
    expect(decoded.ok && decoded.snapshot.value).toBe('preparing');
    // 15 calendar days from the decision (2025-03-03) for the 不支持监督申请决定书.
    expect(workflow.due).toMatchObject({ limitId: 'decisionDocument', due: '2025-03-18' });

    const outbox = await db.outbox.orderBy('deviceSeq').last();
    expect(outboxChangeSchema.parse(outbox)).toMatchObject({
      entity: 'workflow',
      entityId: workflow.id,
      op: 'create',
    });
    const audit = await db.audit.orderBy('seq').last();
    expect(audit).toMatchObject({ action: 'workflow.start', entityId: workflow.id });
    expect(await listCaseWorkflows(db, caseRecord.id)).toEqual([workflow]);
  });

  it('refuses invalid start input and an unknown case, writing nothing', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const before = await counts(db);
    const bad = await startCaseWorkflow(db, actor, caseRecord.id, 'reasoning', {}, T0);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason.code).toBe('missing-field');
    const missing = await startCaseWorkflow(
      db,
      actor,
      'no-such-case',
      'publicHearing',
      { procedure: 'civil' },
      T0,
    );
    expect(missing).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflowsUi.refusal.caseNotFound' },
    });
    expect(await counts(db)).toEqual(before);
  });
});

describe('transitionWorkflow', () => {
  it('writes workflow + step + audit + outbox in one go, and the audit chain verifies', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const workflow = await startReasoning(db, actor, caseRecord.id);
    const before = await counts(db);
    const seqBefore = (await db.outbox.orderBy('deviceSeq').last())?.deviceSeq ?? 0;

    const result = await transitionWorkflow(
      db,
      actor,
      workflow.id,
      { type: 'addGround', data: { groundId: 'g1', summary: '原判认定事实错误' } },
      day(1),
    );
    if (!result.ok) throw new Error('expected ok');
    const after = await counts(db);
    expect(after).toEqual({
      ...before,
      steps: before.steps + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 2,
    });

    const stored = await getWorkflow(db, workflow.id);
    expect(stored).toEqual(result.value.workflow);
    expect(stored?.stepCount).toBe(1);
    expect(stored?.seq).toBeGreaterThan(workflow.seq);
    const steps = await listWorkflowSteps(db, workflow.id);
    expect(steps).toEqual([result.value.step]);
    expect(steps[0]).toMatchObject({
      stepNo: 1,
      from: 'preparing',
      to: 'preparing',
      event: 'addGround',
      by: actor.userId,
      role: 'procurator',
      at: day(1).toISOString(),
      data: { groundId: 'g1', summary: '原判认定事实错误' },
    });

    const changes = await db.outbox.where('deviceSeq').above(seqBefore).sortBy('deviceSeq');
    expect(changes.map((c) => [c.entity, c.op, c.deviceSeq])).toEqual([
      ['workflow', 'update', seqBefore + 1],
      ['step', 'create', seqBefore + 2],
    ]);
    expect(changes.map((c) => c.entityId)).toEqual([workflow.id, steps[0]?.id]);
    for (const change of changes) expect(outboxChangeSchema.safeParse(change).success).toBe(true);

    const audit = await db.audit.orderBy('seq').last();
    expect(audit).toMatchObject({
      action: 'workflow.transition',
      entity: 'workflow',
      entityId: workflow.id,
      userId: actor.userId,
      success: true,
      diff: { event: 'addGround', from: 'preparing', to: 'preparing' },
    });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: before.audit + 1 });
  });

  it.each([
    ['an event the state does not offer', { type: 'deliver', data: {} }, 'not-allowed-in-state'],
    ['missing step data', { type: 'addGround', data: { groundId: 'g1' } }, 'missing-field'],
    [
      'a failing guard (grounds not answered)',
      {
        type: 'completeDraft',
        data: {
          completedOn: '2025-03-05',
          facts: '事实',
          legalStandard: [{ statuteId: 'cpl', article: 211 }],
          conclusion: '结论',
          remedies: '可申请复查',
        },
      },
      'guard-failed',
    ],
  ])('refuses %s and writes nothing', async (_name, event, code) => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const workflow = await startReasoning(db, actor, caseRecord.id);
    const before = await counts(db);
    const result = await transitionWorkflow(db, actor, workflow.id, event, day(1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.code).toBe(code);
    expect(await counts(db)).toEqual(before);
    expect(await getWorkflow(db, workflow.id)).toEqual(workflow);
  });

  it('acts with the stored role: the configured decider decides, a procurator is refused', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const started = await startCaseWorkflow(db, actor, caseRecord.id, 'judicialAssistance', {}, T0);
    if (!started.ok) throw new Error('not started');
    const id = started.value.id;
    for (const [i, event] of assistanceToDecision.entries()) {
      await must(transitionWorkflow(db, actor, id, event, day(i + 1)));
    }
    const decide = { type: 'decide', data: { decidedOn: '2025-03-12', amount: 25922 } };
    const before = await counts(db);
    const refused = await transitionWorkflow(db, actor, id, decide, day(10));
    expect(refused).toMatchObject({
      ok: false,
      reason: { code: 'wrong-role', messageKey: 'workflow.refusal.notConfiguredDecider' },
    });
    expect(await counts(db)).toEqual(before);

    const chief = await colleague(db, actor, 'chiefProcurator');
    const decided = await transitionWorkflow(db, chief, id, decide, day(10));
    expect(decided.ok && decided.value.step).toMatchObject({
      role: 'chiefProcurator',
      by: chief.userId,
      to: 'fundsRequest',
    });
  });

  it('keeps the bank account only in the workflow row, masked in step, audit and snapshot', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const started = await startCaseWorkflow(
      db,
      actor,
      caseRecord.id,
      'judicialAssistance',
      { config: { deciderRole: 'procurator' } },
      T0,
    );
    if (!started.ok) throw new Error('not started');
    const id = started.value.id;
    const rest = [
      { type: 'decide', data: { decidedOn: '2025-03-12', amount: 25922 } },
      { type: 'requestFunds', data: { requestedOn: '2025-03-13' } },
      { type: 'fundsArrived', data: { arrivedOn: '2025-03-20' } },
      { type: 'notifyApplicant', data: { notifiedOn: '2025-03-21', method: 'phone' } },
    ];
    for (const [i, event] of [...assistanceToDecision, ...rest].entries()) {
      await must(transitionWorkflow(db, actor, id, event, day(i + 1)));
    }
    const account = '6222 0000 1111 2222';
    const paid = await transitionWorkflow(
      db,
      actor,
      id,
      {
        type: 'pay',
        data: {
          paidOn: '2025-03-24',
          method: 'bankTransfer',
          amount: 25922,
          payeeName: '张三',
          bankAccount: account,
        },
      },
      day(20),
    );
    if (!paid.ok) throw new Error(JSON.stringify(paid.reason));
    const { workflow, step } = paid.value;
    expect(workflow.state).toBe('followUp');
    expect(workflow.sensitive).toEqual({ 'pay.bankAccount': account });
    // The clear digits must not appear (not '1111' alone: ids and hashes are hex and can hold it).
    const clearForms = [account, account.replaceAll(' ', ''), '0000 1111', '00001111'];
    for (const clear of clearForms) expect(workflow.snapshot).not.toContain(clear);
    expect(workflow.snapshot).toContain('****2222');
    expect(step.data).toMatchObject({ bankAccount: '***', payeeName: '张三' });
    expect(step.sensitiveFields).toEqual(['bankAccount']);
    const audit = await db.audit.orderBy('seq').last();
    const stepData = JSON.stringify((await db.steps.toArray()).map((s) => s.data));
    for (const clear of clearForms) {
      expect(JSON.stringify(audit?.diff)).not.toContain(clear);
      expect(stepData).not.toContain(clear);
    }
  });

  it('serialises concurrent steps on one workflow: both land, numbered in order', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const workflow = await startReasoning(db, actor, caseRecord.id);
    const [a, b] = await Promise.all([
      transitionWorkflow(
        db,
        actor,
        workflow.id,
        { type: 'addGround', data: { groundId: 'g1', summary: '理由一' } },
        day(1),
      ),
      transitionWorkflow(
        db,
        actor,
        workflow.id,
        { type: 'addGround', data: { groundId: 'g2', summary: '理由二' } },
        day(1),
      ),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const steps = await listWorkflowSteps(db, workflow.id);
    expect(steps.map((s) => s.stepNo)).toEqual([1, 2]);
    expect((await getWorkflow(db, workflow.id))?.stepCount).toBe(2);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('refuses an unknown workflow without writing', async () => {
    const { db, actor } = await deviceWithCase();
    const before = await counts(db);
    const result = await transitionWorkflow(db, actor, 'nope', { type: 'addGround' }, T0);
    expect(result).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflowsUi.refusal.workflowNotFound' },
    });
    expect(await counts(db)).toEqual(before);
  });
});
