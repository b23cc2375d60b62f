/**
 * Approvals that mean something: a step whose rule names a role is taken only with a user who
 * holds it — present at the desk with their own password, or answering an approval request —
 * and the approval in the data is never what someone typed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { approvalsTable } from '../../../src-renderer/src/db/approvalTables';
import {
  answerApproval,
  requestApproval,
  withdrawApproval,
} from '../../../src-renderer/src/db/approvalRepository';
import { confirmApprover, type ApproverProof } from '../../../src-renderer/src/db/approverProof';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import {
  startCaseWorkflow,
  transitionWorkflow,
} from '../../../src-renderer/src/db/workflowRepository';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import type { Actor } from '../../../src-renderer/src/db/actor';
import { TEST_PASSWORD } from '../db/fixtures';
import {
  T0,
  assistanceToDecision,
  closeAll,
  colleague,
  counts,
  day,
  deviceWithCase,
  wageBase,
} from './fixtures';

afterEach(closeAll);

const DECIDE = { type: 'decide', data: { decidedOn: '2025-03-12', amount: 25922 } };

async function must<T>(result: Promise<{ ok: boolean } & T>): Promise<T> {
  const done = await result;
  if (!done.ok) throw new Error(`refused: ${JSON.stringify(done)}`);
  return done;
}

/** A procurator's assistance case at the decision, a chief procurator and a clerk on the desk. */
async function atDecision(
  steps = assistanceToDecision as readonly { type: string; data: unknown }[],
) {
  const { db, actor, caseRecord } = await deviceWithCase();
  const started = await startCaseWorkflow(db, actor, caseRecord.id, 'judicialAssistance', {}, T0);
  if (!started.ok) throw new Error('not started');
  const id = started.value.id;
  for (const [i, event] of steps.entries()) {
    await must(transitionWorkflow(db, actor, id, event, day(i + 1)));
  }
  const chief = await colleague(db, actor, 'chiefProcurator');
  const clerk = await colleague(db, actor, 'clerk');
  return { db, actor, chief, clerk, id };
}

async function confirm(db: JianhuDb, who: Actor, password = TEST_PASSWORD): Promise<ApproverProof> {
  const confirmed = await confirmApprover(db, who.userId, password, day(10));
  if (!confirmed.ok) throw new Error(`not confirmed: ${confirmed.reason}`);
  return confirmed.proof;
}

describe('a present approver', () => {
  it('lets a procurator record the chief procurator’s decision, naming both', async () => {
    const { db, actor, chief, id } = await atDecision();
    const refused = await transitionWorkflow(db, actor, id, DECIDE, day(10));
    expect(refused).toMatchObject({ ok: false, reason: { code: 'wrong-role' } });

    const proof = await confirm(db, chief);
    const decided = await transitionWorkflow(db, actor, id, DECIDE, day(10), { approver: proof });
    if (!decided.ok) throw new Error(JSON.stringify(decided.reason));
    expect(decided.value.step).toMatchObject({
      by: chief.userId,
      role: 'chiefProcurator',
      approvedBy: { id: chief.userId, role: 'chiefProcurator', method: 'present' },
      enteredBy: { id: actor.userId, role: 'procurator' },
      to: 'fundsRequest',
    });
    const [confirmEntry, stepEntry] = (await db.audit.toArray()).slice(-2);
    expect(confirmEntry).toMatchObject({ action: 'auth.approverConfirm', userId: chief.userId });
    expect(stepEntry).toMatchObject({
      action: 'workflow.transition',
      userId: actor.userId,
      diff: { approvedBy: { id: chief.userId, method: 'present' }, actingUserId: chief.userId },
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('serves one step only, and only when this module issued it', async () => {
    const { db, actor, chief, id } = await atDecision();
    const proof = await confirm(db, chief);
    await must(transitionWorkflow(db, actor, id, DECIDE, day(10), { approver: proof }));
    const forged: ApproverProof = { ...proof };
    const before = await counts(db);
    // A proof offered must be good, whatever the step: a spent one, or a copy made elsewhere.
    for (const approver of [proof, forged]) {
      const next = { type: 'requestFunds', data: { requestedOn: '2025-03-13' } };
      const decision = await transitionWorkflow(db, actor, id, next, day(11), { approver });
      expect(decision).toMatchObject({
        ok: false,
        reason: { messageKey: 'workflowsUi.refusal.approverExpired' },
      });
    }
    expect(await counts(db)).toEqual(before);
  });

  it('is refused with a wrong password (audited, counting towards the lockout)', async () => {
    const { db, chief } = await atDecision();
    const wrong = await confirmApprover(db, chief.userId, 'Wrong#2026-pass', day(10));
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong-password', attemptsLeft: 4 });
    expect((await db.audit.toArray()).at(-1)).toMatchObject({
      action: 'auth.failure',
      userId: chief.userId,
      success: false,
      diff: { purpose: 'approver' },
    });
  });

  it('does not make a clerk’s confirmation a chief’s', async () => {
    const { db, actor, clerk, id } = await atDecision();
    const proof = await confirm(db, clerk);
    const refused = await transitionWorkflow(db, actor, id, DECIDE, day(10), { approver: proof });
    expect(refused).toMatchObject({ ok: false, reason: { code: 'wrong-role' } });
  });
});

describe('an approval typed into the data', () => {
  const aboveCap = {
    type: 'calculateAmount',
    data: {
      calculatedOn: '2025-03-11',
      wageBase,
      staleBaseConfirmed: true,
      months: 40,
      exceedReason: '重伤致残，生活特别困难。',
      approval: {
        approverRole: 'chiefProcurator',
        approverName: '冒名的检察长',
        approvedOn: '2025-03-11',
        reason: '同意超出上限。',
      },
    },
  };

  it('is replaced by the person who confirmed: a procurator alone cannot approve above the cap', async () => {
    const steps = assistanceToDecision.slice(0, -1);
    const { db, actor, chief, id } = await atDecision(steps);
    const refused = await transitionWorkflow(db, actor, id, aboveCap, day(9));
    expect(refused).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.wrongApprover', details: { got: 'procurator' } },
    });
    const proof = await confirm(db, chief);
    const done = await transitionWorkflow(db, actor, id, aboveCap, day(9), { approver: proof });
    if (!done.ok) throw new Error(JSON.stringify(done.reason));
    const chiefRow = await db.users.get(chief.userId);
    expect(done.value.step.data).toMatchObject({
      approval: {
        approverRole: 'chiefProcurator',
        approverName: chiefRow?.name,
        reason: '同意超出上限。',
      },
    });
    expect(JSON.stringify(done.value.step)).not.toContain('冒名的检察长');
  });
});

describe('an approval request', () => {
  async function requested() {
    const setup = await atDecision();
    const { db, actor, id } = setup;
    const made = await requestApproval(
      db,
      actor,
      {
        workflowId: id,
        event: DECIDE,
        requiredRoles: ['chiefProcurator'],
        reason: '请审批救助决定',
      },
      day(10),
    );
    if (!made.ok) throw new Error(JSON.stringify(made));
    return { ...setup, requestId: made.value.id };
  }

  it('is answered by the chief procurator with his password, then takes the step once', async () => {
    const { db, actor, chief, id, requestId } = await requested();
    const outboxBefore = await db.outbox.count();
    const answered = await answerApproval(
      db,
      chief,
      requestId,
      { approve: true, note: '同意', password: TEST_PASSWORD },
      day(10),
    );
    expect(answered).toMatchObject({ ok: true, value: { status: 'approved' } });
    expect(await db.outbox.count()).toBe(outboxBefore + 1);

    const done = await transitionWorkflow(db, actor, id, DECIDE, day(11), {
      approvalRequestId: requestId,
    });
    if (!done.ok) throw new Error(JSON.stringify(done.reason));
    expect(done.value.step).toMatchObject({
      by: chief.userId,
      approvedBy: { id: chief.userId, method: 'request', requestId },
    });
    expect(await approvalsTable(db).get(requestId)).toMatchObject({ status: 'used' });
    const sent = await db.outbox.orderBy('deviceSeq').last();
    expect(sent).toMatchObject({ entity: 'approval', op: 'update', patch: { status: 'used' } });

    const again = await transitionWorkflow(db, actor, id, DECIDE, day(11), {
      approvalRequestId: requestId,
    });
    expect(again).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflowsUi.refusal.approvalNotUsable' },
    });
  });

  it.each([
    ['the requester himself', 'actor', 'approval-wrong-role'],
    ['a clerk', 'clerk', 'approval-wrong-role'],
  ] as const)('refuses an answer by %s', async (_name, who, code) => {
    const setup = await requested();
    const answerer = setup[who];
    const result = await answerApproval(
      setup.db,
      answerer,
      setup.requestId,
      { approve: true, note: '', password: TEST_PASSWORD },
      day(10),
    );
    expect(result).toEqual({ ok: false, code });
    expect(await approvalsTable(setup.db).get(setup.requestId)).toMatchObject({
      status: 'pending',
    });
  });

  it('counts an answer once, refuses a rejection without a note, and a withdrawal after it', async () => {
    const { db, actor, chief, requestId } = await requested();
    const noNote = await answerApproval(
      db,
      chief,
      requestId,
      { approve: false, note: ' ', password: TEST_PASSWORD },
      day(10),
    );
    expect(noNote).toEqual({ ok: false, code: 'invalid' });
    await must(
      answerApproval(
        db,
        chief,
        requestId,
        { approve: false, note: '金额偏高', password: TEST_PASSWORD },
        day(10),
      ),
    );
    const twice = await answerApproval(
      db,
      chief,
      requestId,
      { approve: true, note: '', password: TEST_PASSWORD },
      day(10),
    );
    expect(twice).toEqual({ ok: false, code: 'approval-already-answered' });
    expect(await withdrawApproval(db, actor, requestId, day(10))).toEqual({
      ok: false,
      code: 'approval-already-answered',
    });
  });

  it('cannot take the step with data changed after the approval', async () => {
    const { db, actor, chief, id, requestId } = await requested();
    await must(
      answerApproval(
        db,
        chief,
        requestId,
        { approve: true, note: '', password: TEST_PASSWORD },
        day(10),
      ),
    );
    const stored = await approvalsTable(db).get(requestId);
    if (!stored) throw new Error('request expected');
    await approvalsTable(db).put({
      ...stored,
      localData: { decidedOn: '2025-03-12', amount: 99999 },
    });
    const changed = await transitionWorkflow(db, actor, id, DECIDE, day(11), {
      approvalRequestId: requestId,
    });
    expect(changed).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflowsUi.refusal.approvalNotUsable' },
    });
  });
});
