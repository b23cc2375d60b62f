/** Judicial assistance (DOMAIN.md §4): amount, decision, funds, payment and referral guards. */
import { describe, expect, it } from 'vitest';
import {
  availableEvents,
  redactStepData,
  startWorkflow,
} from '../../../src-shared/workflows/engine';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import { chiefApproval } from './fixtures';
import { wageBase } from './assistanceFixtures';
import { expectOk, fixtureData, reach, send } from './walk';

const kind = 'judicialAssistance';
const ok = expectOk;

describe('amount and decision', () => {
  const atAmount = () => reach(kind, 'amount');

  it("exceeding the 36-month cap needs a reason and the decider's approval", () => {
    const base = { calculatedOn: '2025-03-11', wageBase, staleBaseConfirmed: true, months: 40 };
    expect(send(kind, atAmount(), 'calculateAmount', base, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.exceedReasonMissing' },
    });
    const reasoned = { ...base, exceedReason: '特别困难，损失特别重大' };
    expect(send(kind, atAmount(), 'calculateAmount', reasoned, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.approvalMissing',
        details: { approverRole: 'chiefProcurator' },
      },
    });
    const wrongApprover = {
      ...reasoned,
      approval: { ...chiefApproval, approverRole: 'departmentHead' },
    };
    expect(send(kind, atAmount(), 'calculateAmount', wrongApprover, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.wrongApprover' },
    });
    const approved = send(
      kind,
      atAmount(),
      'calculateAmount',
      { ...reasoned, approval: chiefApproval },
      'procurator',
    );
    expect(approved).toMatchObject({
      ok: true,
      snapshot: {
        value: 'decision',
        context: { amount: { result: { amount: 345626.67, exceedsCap: true } } },
      },
    });
  });

  it("absurd months are rejected with the calculator's reason", () => {
    expect(
      send(
        kind,
        atAmount(),
        'calculateAmount',
        { calculatedOn: '2025-03-11', wageBase, staleBaseConfirmed: true, months: 500 },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.amountInvalid',
        details: { problems: [{ field: 'months', problem: 'absurd' }] },
      },
    });
  });

  it('only the configured role decides (default chief procurator)', () => {
    const deciding = reach(kind, 'decision');
    const decide = { decidedOn: '2025-03-12', amount: 25922 };
    expect(send(kind, deciding, 'decide', decide, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        code: 'wrong-role',
        messageKey: 'workflow.refusal.notConfiguredDecider',
        details: { deciderRole: 'chiefProcurator' },
      },
    });
    expect(
      send(kind, deciding, 'decide', { ...decide, amount: 30000 }, 'chiefProcurator'),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.amountAboveCalculated' },
    });
    expect(send(kind, deciding, 'decide', decide, 'chiefProcurator')).toMatchObject({
      ok: true,
      snapshot: { value: 'fundsRequest' },
    });
    const offered = availableEvents(kind, deciding, 'procurator').find((e) => e.type === 'decide');
    expect(offered).toMatchObject({ allowed: false, reason: { code: 'wrong-role' } });
  });

  it('a configuration naming the department head lets the head decide', () => {
    const started = startWorkflow(kind, {
      caseId: 'case-9',
      config: { deciderRole: 'departmentHead' },
    });
    expect(started).toMatchObject({
      ok: true,
      snapshot: { context: { config: { deciderRole: 'departmentHead', monthsCap: 36 } } },
    });
    const deciding = reach(kind, 'decision');
    const reconfigured = {
      ...deciding,
      context: {
        ...deciding.context,
        config: { ...(deciding.context.config as object), deciderRole: 'departmentHead' },
      },
    };
    expect(
      send(
        kind,
        reconfigured,
        'decide',
        { decidedOn: '2025-03-12', amount: 25922 },
        'departmentHead',
      ),
    ).toMatchObject({ ok: true });
    expect(
      send(
        kind,
        reconfigured,
        'decide',
        { decidedOn: '2025-03-12', amount: 25922 },
        'chiefProcurator',
      ),
    ).toMatchObject({ ok: false, reason: { code: 'wrong-role' } });
  });

  it('a refusal with reasoning suggests a reasoning workflow and a refusal notice', () => {
    const refused = ok(
      send(
        kind,
        reach(kind, 'review'),
        'refuse',
        { decidedOn: '2025-03-12', grounds: ['unrelatedHardship'], reasoning: '困难与案件无关' },
        'chiefProcurator',
      ),
    );
    const meta = workflowCatalog[kind].states[refused.value];
    expect(meta).toMatchObject({
      suggestsFollowUp: 'reasoning',
      documents: ['assistance.refusalNotice'],
    });
  });

  it('advance assistance is approved only by the configured approver', () => {
    const advance = reach(kind, 'advanceAssistance');
    const data = { approvedOn: '2025-03-01', approverName: '某', amount: 5000, wageBase };
    expect(send(kind, advance, 'approveAdvance', data, 'procurator')).toMatchObject({
      ok: false,
      reason: { code: 'wrong-role', messageKey: 'workflow.refusal.notConfiguredApprover' },
    });
    expect(send(kind, advance, 'approveAdvance', data, 'chiefProcurator')).toMatchObject({
      ok: true,
      snapshot: { value: 'application', context: { advance: { approval: data } } },
    });
  });
});

describe('funds and payment', () => {
  it('the paid amount must equal the decided amount', () => {
    const paying = reach(kind, 'disbursement');
    const data = fixtureData(kind, paying, 'pay');
    expect(send(kind, paying, 'pay', { ...data, amount: 1 }, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.paymentAmountMismatch' },
    });
  });

  it('a bank transfer needs the account, which is kept out of the snapshot and flagged sensitive', () => {
    const paying = reach(kind, 'disbursement');
    const data = fixtureData(kind, paying, 'pay');
    const { bankAccount: _a, ...noAccount } = data;
    expect(send(kind, paying, 'pay', noAccount, 'procurator')).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'bankAccount' } },
    });
    const result = send(kind, paying, 'pay', data, 'procurator');
    if (!result.ok) throw new Error(result.reason.messageKey);
    expect(result.step.sensitiveFields).toEqual(['bankAccount']);
    expect(JSON.stringify(result.snapshot)).not.toContain('6222 0000 1111 2222');
    expect(result.snapshot.context.payment).toMatchObject({
      bankAccountMasked: '****2222',
      amount: 25922,
    });
    expect(redactStepData(result.step)).toMatchObject({ bankAccount: '***', payeeName: '张三' });
  });

  it('referrals keep their outcome; an outcome for an unknown referral is refused', () => {
    const following = reach(kind, 'followUp', 'entered');
    expect(
      send(
        kind,
        following,
        'recordReferralOutcome',
        { referralId: 'nope', outcomeOn: '2025-07-01', outcome: 'assisted', detail: 'x' },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.unknownReferral' },
    });
    const referred = ok(
      send(
        kind,
        following,
        'recordReferral',
        {
          referralId: 'r9',
          agency: 'womensFederation',
          referredOn: '2025-07-01',
          need: '心理疏导',
        },
        'procurator',
      ),
    );
    expect(
      send(
        kind,
        referred,
        'recordReferral',
        { referralId: 'r9', agency: 'tradeUnion', referredOn: '2025-07-01', need: 'x' },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.duplicateReferral' },
    });
    const outcome = ok(
      send(
        kind,
        referred,
        'recordReferralOutcome',
        { referralId: 'r9', outcomeOn: '2025-07-09', outcome: 'assisted', detail: '已安排' },
        'procurator',
      ),
    );
    const referrals = outcome.context.referrals as {
      referralId: string;
      outcome?: { outcome: string };
    }[];
    expect(referrals.find((r) => r.referralId === 'r9')?.outcome?.outcome).toBe('assisted');
  });
});
