/** Guard tests of civil reconciliation and administrative resolution (DOMAIN.md §3A/§3B). */
import { describe, expect, it } from 'vitest';
import { instalmentStatuses } from '../../../src-shared/workflows/reconciliation/performanceStatus';
import { adminAgreement, agreement, chiefApproval, legality } from './fixtures';
import { fixtureData, reach, send } from './walk';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';

/** Signs `terms` (after legality) and returns the snapshot in `performance`. */
function signed(
  kind: 'civilReconciliation' | 'adminResolution',
  terms: object,
): PersistedWorkflowSnapshot {
  let snapshot = reach(kind, 'negotiation');
  const steps: [string, unknown][] = [
    ['draftAgreement', terms],
    [
      'confirmLegality',
      kind === 'adminResolution' ? { ...legality, organPromisesBeyondLaw: false } : legality,
    ],
    ['signAgreement', { signedOn: '2025-02-15', signatories: ['张三', '某建筑公司'] }],
  ];
  for (const [type, data] of steps) {
    const result = send(kind, snapshot, type, data, 'procurator');
    if (!result.ok) throw new Error(`${type}: ${result.reason.messageKey}`);
    snapshot = result.snapshot;
  }
  expect(snapshot.value).toBe('performance');
  return snapshot;
}

describe('termination of review (终结审查)', () => {
  it.each(['civilReconciliation', 'adminResolution'] as const)(
    '%s: refused when the signed agreement does not waive supervision; review continues',
    (kind) => {
      const base = kind === 'adminResolution' ? adminAgreement : agreement;
      const { waiverClause: _omit, ...noWaiver } = { ...base, waivesSupervision: false };
      const snapshot = signed(kind, noWaiver);
      const refused = send(
        kind,
        snapshot,
        'terminateReview',
        { decidedOn: '2025-03-05' },
        'procurator',
      );
      expect(refused).toEqual({
        ok: false,
        reason: { code: 'guard-failed', messageKey: 'workflow.refusal.waiverMissing' },
      });
      const continued = send(
        kind,
        snapshot,
        'abandonReconciliation',
        { notedOn: '2025-03-05', reason: '协议未放弃监督申请权，继续审查' },
        'procurator',
      );
      expect(continued).toMatchObject({
        ok: true,
        snapshot: { value: 'reviewContinues', status: 'done' },
      });
    },
  );

  it.each(['civilReconciliation', 'adminResolution'] as const)(
    '%s: allowed when the signed agreement expressly waives supervision',
    (kind) => {
      const snapshot = signed(kind, kind === 'adminResolution' ? adminAgreement : agreement);
      const result = send(
        kind,
        snapshot,
        'terminateReview',
        { decidedOn: '2025-03-05' },
        'procurator',
      );
      expect(result).toMatchObject({
        ok: true,
        snapshot: {
          value: 'terminated',
          status: 'done',
          context: { termination: { decidedOn: '2025-03-05' } },
        },
        step: { from: 'performance', to: 'terminated', event: 'terminateReview' },
      });
    },
  );

  it('a waiver flag without the clause text is a missing field, not a waiver', () => {
    const snapshot = reach('civilReconciliation', 'negotiation');
    const { waiverClause: _omit, ...noClause } = agreement;
    const result = send('civilReconciliation', snapshot, 'draftAgreement', noClause, 'procurator');
    expect(result).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'waiverClause' } },
    });
  });

  it('an assistant may not decide the termination', () => {
    const snapshot = signed('civilReconciliation', agreement);
    const result = send(
      'civilReconciliation',
      snapshot,
      'terminateReview',
      { decidedOn: '2025-03-05' },
      'assistant',
    );
    expect(result).toMatchObject({ ok: false, reason: { code: 'wrong-role' } });
  });
});

describe('legality check', () => {
  it('refuses an agreement that harms a third party, naming the interest', () => {
    const snapshot = reach('civilReconciliation', 'legalityCheck');
    const result = send(
      'civilReconciliation',
      snapshot,
      'confirmLegality',
      { ...legality, harmsThirdPartyInterest: true },
      'procurator',
    );
    expect(result).toMatchObject({
      ok: false,
      reason: {
        code: 'guard-failed',
        messageKey: 'workflow.refusal.agreementUnlawful',
        details: { harmed: ['thirdParty'] },
      },
    });
  });

  it('administrative: the organ may not promise what the law does not allow (ALL Art. 60)', () => {
    const snapshot = reach('adminResolution', 'legalityCheck');
    const result = send(
      'adminResolution',
      snapshot,
      'confirmLegality',
      { ...legality, organPromisesBeyondLaw: true },
      'procurator',
    );
    expect(result).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.organPromiseUnlawful' },
    });
    const unanswered = send('adminResolution', snapshot, 'confirmLegality', legality, 'procurator');
    expect(unanswered).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'organPromisesBeyondLaw' } },
    });
  });
});

describe('willingness and sessions', () => {
  it('needs two willing parties, each with a voluntariness statement', () => {
    let snapshot = reach('civilReconciliation', 'willingness', 'entered');
    expect(
      send(
        'civilReconciliation',
        snapshot,
        'startSessions',
        { startedOn: '2025-01-20' },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.needTwoParties' },
    });
    const party = (partyId: string, willing: boolean) => ({
      partyId,
      partyName: partyId,
      willing,
      voluntarinessStatement: '自愿',
      recordedOn: '2025-01-16',
    });
    for (const data of [party('a', true), party('b', false)]) {
      const r = send('civilReconciliation', snapshot, 'recordWillingness', data, 'clerk');
      if (!r.ok) throw new Error(r.reason.messageKey);
      snapshot = r.snapshot;
    }
    expect(
      send(
        'civilReconciliation',
        snapshot,
        'startSessions',
        { startedOn: '2025-01-20' },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.partyNotWilling', details: { partyIds: ['b'] } },
    });
    const { voluntarinessStatement: _s, ...noStatement } = party('c', true);
    expect(
      send('civilReconciliation', snapshot, 'recordWillingness', noStatement, 'clerk'),
    ).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'voluntarinessStatement' } },
    });
  });

  it('needs at least one logged session before an agreement is drafted', () => {
    const snapshot = reach('civilReconciliation', 'willingness', 'entered');
    const parties = ['p1', 'p2'].reduce((snap, partyId) => {
      const r = send(
        'civilReconciliation',
        snap,
        'recordWillingness',
        {
          partyId,
          partyName: partyId,
          willing: true,
          voluntarinessStatement: '自愿',
          recordedOn: '2025-01-16',
        },
        'clerk',
      );
      if (!r.ok) throw new Error(r.reason.messageKey);
      return r.snapshot;
    }, snapshot);
    const started = send(
      'civilReconciliation',
      parties,
      'startSessions',
      { startedOn: '2025-01-20' },
      'procurator',
    );
    if (!started.ok) throw new Error(started.reason.messageKey);
    const result = send(
      'civilReconciliation',
      started.snapshot,
      'draftAgreement',
      agreement,
      'procurator',
    );
    expect(result).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.noSession' },
    });
  });
});

describe('3-month review limit and extension', () => {
  it("administrative extension without the chief procurator's approval is refused", () => {
    const snapshot = reach('adminResolution', 'negotiation');
    const missing = send(
      'adminResolution',
      snapshot,
      'extendReview',
      { extendBy: { amount: 1, unit: 'months' } },
      'procurator',
    );
    expect(missing).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'approval' } },
    });
    const byHead = send(
      'adminResolution',
      snapshot,
      'extendReview',
      {
        approval: { ...chiefApproval, approverRole: 'departmentHead' },
        extendBy: { amount: 1, unit: 'months' },
      },
      'procurator',
    );
    expect(byHead).toMatchObject({
      ok: false,
      reason: {
        code: 'guard-failed',
        messageKey: 'workflow.refusal.extensionNeedsChief',
        details: { approverRole: 'departmentHead' },
      },
    });
    const approved = send(
      'adminResolution',
      snapshot,
      'extendReview',
      { approval: chiefApproval, extendBy: { amount: 1, unit: 'months' } },
      'chiefProcurator',
    );
    expect(approved).toMatchObject({ ok: true, snapshot: { value: 'negotiation' } });
  });

  it('simple administrative cases cannot be extended', () => {
    const started = reach('adminResolution', 'review');
    const simple = { ...started, context: { ...started.context, isSimpleCase: true } };
    const result = send(
      'adminResolution',
      simple,
      'extendReview',
      { approval: chiefApproval, extendBy: { amount: 1, unit: 'months' } },
      'chiefProcurator',
    );
    expect(result).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.extensionSimpleCase' },
    });
  });

  it('civil review has no extension at all', () => {
    const snapshot = reach('civilReconciliation', 'review');
    const result = send(
      'civilReconciliation',
      snapshot,
      'extendReview',
      { approval: chiefApproval, extendBy: { amount: 1, unit: 'months' } },
      'chiefProcurator',
    );
    expect(result).toMatchObject({ ok: false, reason: { code: 'not-allowed-in-state' } });
  });

  it('records excluded periods for the deadline engine', () => {
    const snapshot = reach('civilReconciliation', 'review', 'entered');
    const result = send(
      'civilReconciliation',
      snapshot,
      'recordExcludedPeriod',
      { from: '2025-02-01', to: '2025-02-20', reason: 'appraisal' },
      'assistant',
    );
    expect(result).toMatchObject({
      ok: true,
      snapshot: { context: { excludedPeriods: [{ from: '2025-02-01', to: '2025-02-20' }] } },
    });
    const backwards = send(
      'civilReconciliation',
      snapshot,
      'recordExcludedPeriod',
      { from: '2025-02-20', to: '2025-02-01', reason: 'audit' },
      'assistant',
    );
    expect(backwards).toMatchObject({
      ok: false,
      reason: { code: 'invalid-data', details: { field: 'to' } },
    });
  });
});

describe('performance tracking', () => {
  it('records payments against the schedule and refuses unknown or paid instalments', () => {
    let snapshot = signed('civilReconciliation', agreement);
    const pay = (instalmentNo: number) =>
      send(
        'civilReconciliation',
        snapshot,
        'recordPayment',
        { instalmentNo, paidOn: '2025-03-01', amount: 10000 },
        'clerk',
      );
    expect(pay(3)).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.unknownInstalment' },
    });
    const first = pay(1);
    if (!first.ok) throw new Error(first.reason.messageKey);
    snapshot = first.snapshot;
    expect(pay(1)).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.instalmentPaid' },
    });
  });

  it('classifies instalments as paid, due, overdue or pending on a given day', () => {
    const statuses = instalmentStatuses(
      agreement.schedule,
      [
        { instalmentNo: 1, amount: 6000 },
        { instalmentNo: 1, amount: 4000 },
      ],
      '2025-04-01',
    );
    expect(statuses.map((s) => s.status)).toEqual(['paid', 'due']);
    expect(instalmentStatuses(agreement.schedule, [], '2025-04-02').map((s) => s.status)).toEqual([
      'overdue',
      'overdue',
    ]);
    expect(
      instalmentStatuses(
        agreement.schedule,
        [{ instalmentNo: 2, amount: 9999.99 }],
        '2025-02-01',
      ).map((s) => s.status),
    ).toEqual(['pending', 'pending']);
  });
});

it('fixture data of the drafting step is accepted as is (sanity of the fixtures)', () => {
  const snapshot = reach('adminResolution', 'negotiation');
  expect(fixtureData('adminResolution', snapshot, 'draftAgreement')).toEqual(adminAgreement);
});
