/**
 * Judicial assistance to the letter of DOMAIN.md §4: the wage base of the year before the
 * decision, 先行救助 inside the same cap and deducted, and the exceptional grant despite an Art. 8
 * exclusion (一般不予救助) with the chief's approval.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src-shared/domain/codes';
import { approvalNeedOf } from '../../../src-shared/workflows/approvals';
import {
  chooseWageBase,
  defaultWageBaseTable,
  wageBaseTableSchema,
} from '../../../src-shared/workflows/assistance/wageBase';
import { assistanceSchemas } from '../../../src-shared/workflows/assistance/assistanceSchemas';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import { chiefApproval } from './fixtures';
import { wageBase } from './assistanceFixtures';
import { expectOk, fixtureData, reach, send } from './walk';

const kind = 'judicialAssistance';
const base2023 = wageBase;
const ok = expectOk;
/** Sends the fixture data of each event in turn, with `changes` merged into the last one. */
function steps(
  from: PersistedWorkflowSnapshot,
  types: readonly string[],
  role: Role = 'procurator',
): PersistedWorkflowSnapshot {
  return types.reduce(
    (snapshot, type) => ok(send(kind, snapshot, type, fixtureData(kind, snapshot, type), role)),
    from,
  );
}
const toReview = ['receiveApplication', 'confirmMaterials', 'recordHousehold', 'recordHarm'];

describe('defect 1: the wage base of the year before the decision, a stale one confirmed', () => {
  it('a 2026 calculation with the 2023 base is refused until the stale year is confirmed', () => {
    const data = { calculatedOn: '2026-03-11', wageBase: base2023, months: 3 };
    expect(send(kind, reach(kind, 'amount'), 'calculateAmount', data, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.wageBaseYearStale',
        details: { expectedYear: 2025, usedYear: 2023 },
      },
    });
    const confirmed = { ...data, staleBaseConfirmed: true };
    expect(
      send(kind, reach(kind, 'amount'), 'calculateAmount', confirmed, 'procurator'),
    ).toMatchObject({
      ok: true,
      snapshot: { value: 'decision', context: { amount: { staleBaseConfirmed: true } } },
    });
  });

  it('the base of the year before needs no confirmation', () => {
    const data = { calculatedOn: '2024-05-06', wageBase: base2023, months: 3 };
    expect(send(kind, reach(kind, 'amount'), 'calculateAmount', data, 'procurator')).toMatchObject({
      ok: true,
    });
  });

  it('a decision in a later year than the calculation asks again for the base year', () => {
    const calculated = ok(
      send(
        kind,
        reach(kind, 'amount'),
        'calculateAmount',
        { calculatedOn: '2024-12-30', wageBase: base2023, months: 3 },
        'procurator',
      ),
    );
    const decide = { decidedOn: '2025-01-03', amount: 25922 };
    expect(send(kind, calculated, 'decide', decide, 'chiefProcurator')).toMatchObject({
      ok: false,
      reason: { details: { expectedYear: 2024, usedYear: 2023 } },
    });
    expect(
      send(kind, calculated, 'decide', { ...decide, staleBaseConfirmed: true }, 'chiefProcurator'),
    ).toMatchObject({ ok: true, snapshot: { value: 'fundsRequest' } });
  });

  it('the shipped table proposes 2023 for a 2026 decision and says the year is not 2025', () => {
    expect(chooseWageBase(defaultWageBaseTable, '340000', '2026-03-01')).toMatchObject({
      entry: { dataYear: 2023, annualWage: 103_688 },
      expectedYear: 2025,
      isStale: true,
    });
    expect(chooseWageBase(defaultWageBaseTable, '340000', '2023-06-01')).toMatchObject({
      entry: { dataYear: 2022, annualWage: 98_649 },
      isStale: false,
    });
    expect(wageBaseTableSchema.parse(defaultWageBaseTable)).toEqual(defaultWageBaseTable);
  });

  it('step data stored before the confirmation existed still validates', () => {
    const old = { calculatedOn: '2025-03-11', wageBase: base2023, months: 3 };
    expect(assistanceSchemas.calculateAmount.safeParse(old).success).toBe(true);
    expect(assistanceSchemas.decide.safeParse({ decidedOn: '2025-03-12', amount: 1 }).success).toBe(
      true,
    );
  });
});

describe('defect 3: 先行救助 bounded by the same cap and deducted from the decision', () => {
  const atAdvance = () => reach(kind, 'advanceAssistance');
  const approve = (amount: number, wageBase?: unknown) => ({
    approvedOn: '2025-03-01',
    approverName: '李检察长',
    amount,
    ...(wageBase === undefined ? {} : { wageBase }),
  });

  it('an advance of 999,999 yuan is refused with the cap named; one without a base too', () => {
    expect(
      send(kind, atAdvance(), 'approveAdvance', approve(999_999, base2023), 'chiefProcurator'),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.advanceAboveCap', details: { cap: 311_064 } },
    });
    expect(
      send(kind, atAdvance(), 'approveAdvance', approve(5000), 'chiefProcurator'),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.advanceWageBaseMissing' },
    });
    expect(
      send(kind, atAdvance(), 'approveAdvance', approve(311_064, base2023), 'chiefProcurator'),
    ).toMatchObject({ ok: true });
  });

  it('the decision gets base × months less the advance; more is refused', () => {
    const advanced = ok(
      send(kind, atAdvance(), 'approveAdvance', approve(5000, base2023), 'chiefProcurator'),
    );
    const review = steps(advanced, toReview);
    const atAmount = steps(review, ['assessEligibility']);
    const calculated = ok(
      send(
        kind,
        atAmount,
        'calculateAmount',
        { calculatedOn: '2024-03-11', wageBase: base2023, months: 3 },
        'procurator',
      ),
    );
    expect(calculated.context).toMatchObject({
      amount: {
        result: {
          total: 25_922,
          advance: 5000,
          amount: 20_922,
          formula: { expression: '103688.00 ÷ 12 × 3 − 5000.00 = 20922.00' },
        },
      },
    });
    expect(
      send(
        kind,
        calculated,
        'decide',
        { decidedOn: '2024-03-12', amount: 25_922 },
        'chiefProcurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.amountAboveCalculated' },
    });
  });

  it('advance + decision above 36 months needs the reason and approval of an over-cap grant', () => {
    const advanced = ok(
      send(kind, atAdvance(), 'approveAdvance', approve(300_000, base2023), 'chiefProcurator'),
    );
    const atAmount = steps(steps(advanced, toReview), ['assessEligibility']);
    const data = { calculatedOn: '2024-03-11', wageBase: base2023, months: 37 };
    expect(send(kind, atAmount, 'calculateAmount', data, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.exceedReasonMissing' },
    });
    const approved = { ...data, exceedReason: '特别困难', approval: chiefApproval };
    expect(send(kind, atAmount, 'calculateAmount', approved, 'procurator')).toMatchObject({
      ok: true,
      snapshot: { context: { amount: { result: { amount: 19_704.67, exceedsCap: true } } } },
    });
  });

  it('a repeat request for the same harm is flagged and needs a recorded reason', () => {
    const request = {
      requestedOn: '2025-03-01',
      urgency: 'urgentTreatment',
      summary: '被害人急需手术。',
      duplicateCheck: 'overridden-with-reason',
    };
    const informing = reach(kind, 'informing');
    expect(send(kind, informing, 'requestAdvance', request, 'procurator')).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { fields: ['duplicateOverrideReason'] } },
    });
    const reasoned = { ...request, duplicateOverrideReason: '前次申请已撤回，伤情加重。' };
    expect(send(kind, informing, 'requestAdvance', reasoned, 'procurator')).toMatchObject({
      ok: true,
      snapshot: { context: { advance: { duplicateCheck: 'overridden-with-reason' } } },
    });
  });
});

describe('defect 5: an Art. 8 exclusion is no absolute bar', () => {
  const atReview = () => reach(kind, 'review');
  const withFault = (extra: Record<string, unknown> = {}) => {
    const data = fixtureData(kind, atReview(), 'assessEligibility');
    return {
      ...data,
      exclusions: { ...(data['exclusions'] as Record<string, boolean>), majorFault: true },
      ...extra,
    };
  };

  it("is refused without the chief's approval, and the refusal asks for it", () => {
    const result = send(kind, atReview(), 'assessEligibility', withFault(), 'procurator');
    expect(result).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.exclusionApplies',
        details: { exclusions: ['majorFault'], approverRole: 'chiefProcurator' },
      },
    });
    if (result.ok) return;
    expect(approvalNeedOf(result.reason)).toEqual({ mode: 'data', roles: ['chiefProcurator'] });
  });

  it("passes with the reasons and the chief's approval, not another role's", () => {
    const approval = { ...chiefApproval, reason: '过错较轻，且因案致贫，生活极度困难。' };
    expect(
      send(
        kind,
        atReview(),
        'assessEligibility',
        withFault({ exceptionApproval: { ...approval, approverRole: 'departmentHead' } }),
        'procurator',
      ),
    ).toMatchObject({ ok: false, reason: { messageKey: 'workflow.refusal.wrongApprover' } });
    expect(
      send(
        kind,
        atReview(),
        'assessEligibility',
        withFault({ exceptionApproval: approval }),
        'procurator',
      ),
    ).toMatchObject({
      ok: true,
      snapshot: { value: 'amount', context: { eligibility: { exceptionApproval: approval } } },
    });
  });
});
