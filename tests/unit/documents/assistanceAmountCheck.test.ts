/**
 * The assistance documents check the amount themselves (DOMAIN.md §4.4): the approval form's
 * proposed amount is base × months less any advance, to the fen; the decision stays within the
 * cap unless a reason is written.
 */
import { describe, expect, it } from 'vitest';
import { documentTemplates } from '../../../src-shared/documents';
import { documentFixtures } from './documentFixtures';

const form = documentFixtures['assistance.approvalForm'];
const decision = documentFixtures['assistance.decision'];
const buildForm = (amount: Record<string, unknown>) =>
  documentTemplates['assistance.approvalForm'].build({
    ...form,
    amount: { ...form.amount, ...amount },
  });

describe('defect "also" 1: the approval form refuses a proposed amount other than base × months', () => {
  it('refuses 40,000 for 9,000 × 4 and names the expected figure', () => {
    const result = buildForm({ proposed: 40000 });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'amount.proposed',
          message: 'validation.document.amountNotFormula',
          params: { expected: '36000.00' },
        },
      ],
    });
  });

  it('works in fen from the annual wage: 103,688 / 12 × 3 is 25,922.00, not 8,640.67 × 3', () => {
    const base = { monthlyBase: 8640.67, months: 3, baseYear: 2023 };
    expect(buildForm({ ...base, annualWage: 103688, proposed: 25922 })).toMatchObject({
      ok: true,
    });
    expect(buildForm({ ...base, annualWage: 103688, proposed: 25922.01 })).toMatchObject({
      ok: false,
      issues: [{ path: 'amount.proposed', params: { expected: '25922.00' } }],
    });
    // Without the annual wage the typed monthly base is taken as it is.
    expect(buildForm({ ...base, proposed: 25922.01 })).toMatchObject({ ok: true });
  });

  it('deducts an advance and shows it in the formula', () => {
    const result = buildForm({ advance: 5000, proposed: 31000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.value)).toContain('× 4个月 − 先行救助5,000.00元 = 31,000.00元');
    expect(buildForm({ advance: 5000, proposed: 36000 })).toMatchObject({ ok: false });
  });
});

describe('defect "also" 2: the decision document checks the cap', () => {
  const build = (data: Record<string, unknown>) =>
    documentTemplates['assistance.decision'].build({ ...decision, ...data });

  it('refuses an amount above 36 months of the base without a reason', () => {
    expect(build({ amount: 324000 })).toMatchObject({ ok: true });
    expect(build({ amount: 324000.01 })).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'cap.overCapReason',
          message: 'validation.document.overCapReason',
          params: { cap: '324000.00' },
        },
      ],
    });
    expect(
      build({
        amount: 400000,
        cap: { monthlyBase: 9000, overCapReason: '特别困难，经检察长批准' },
      }),
    ).toMatchObject({ ok: true });
  });

  it('counts an advance already paid toward the cap', () => {
    expect(build({ amount: 320000, cap: { monthlyBase: 9000, advance: 5000 } })).toMatchObject({
      ok: false,
      issues: [{ path: 'cap.overCapReason' }],
    });
  });

  it('refuses a decision without the base to check it against', () => {
    const { cap: _cap, ...withoutCap } = decision;
    expect(documentTemplates['assistance.decision'].build(withoutCap)).toMatchObject({
      ok: false,
      issues: [{ path: 'cap' }],
    });
  });
});
