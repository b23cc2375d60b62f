/** The judicial-assistance amount calculator and the wage-base table (DOMAIN.md §4.4). */
import { describe, expect, it } from 'vitest';
import {
  calculateAssistanceAmount,
  LIMITS,
} from '../../../src-shared/workflows/assistance/assistanceAmount';
import {
  defaultWageBaseTable,
  findWageBase,
  monthlyWageBase,
  wageBaseTableSchema,
} from '../../../src-shared/workflows/assistance/wageBase';

const anhui = (series?: 'nonPrivateUnits' | 'onPostEmployees') => {
  const entry = findWageBase(defaultWageBaseTable, '340000', 2023, series);
  if (!entry) throw new Error('no Anhui 2023 entry');
  return entry;
};

describe('wage base table', () => {
  it('ships Anhui 2023 with non-private units as the (editable) default series', () => {
    expect(wageBaseTableSchema.parse(defaultWageBaseTable)).toEqual(defaultWageBaseTable);
    expect(defaultWageBaseTable.defaultSeries).toBe('nonPrivateUnits');
    expect(anhui().annualWage).toBe(103688);
    expect(anhui('onPostEmployees').annualWage).toBe(106769);
    expect(findWageBase(defaultWageBaseTable, '340000', 2024)).toBeUndefined();
  });

  it('takes the monthly base as annual / 12 and reproduces the 36-month caps of §4.4', () => {
    expect(monthlyWageBase(anhui()).toFixed(2)).toBe('8640.67');
    expect(monthlyWageBase(anhui('onPostEmployees')).toFixed(2)).toBe('8897.42');
    const cap = (series?: 'nonPrivateUnits' | 'onPostEmployees') =>
      calculateAssistanceAmount({ monthlyWageBase: monthlyWageBase(anhui(series)), months: 36 });
    expect(cap()).toMatchObject({
      ok: true,
      amount: 311064,
      exceedsCap: false,
      needsApproval: false,
    });
    expect(cap('onPostEmployees')).toMatchObject({ ok: true, amount: 320307 });
  });

  it('rejects an edited table with an absurd or malformed entry', () => {
    const bad = { ...defaultWageBaseTable, entries: [{ ...anhui(), annualWage: -1 }] };
    expect(wageBaseTableSchema.safeParse(bad).success).toBe(false);
    const badCode = { ...defaultWageBaseTable, entries: [{ ...anhui(), provinceCode: '34' }] };
    expect(wageBaseTableSchema.safeParse(badCode).success).toBe(false);
  });
});

describe('calculateAssistanceAmount', () => {
  it('shows the formula and its inputs', () => {
    const result = calculateAssistanceAmount({ monthlyWageBase: 8640.67, months: 6 });
    expect(result).toEqual({
      ok: true,
      amount: 51844.02,
      total: 51844.02,
      advance: 0,
      formula: {
        monthlyWageBase: 8640.67,
        months: 6,
        monthsCap: 36,
        expression: '8640.67 × 6 = 51844.02',
      },
      exceedsMonthsCap: false,
      exceedsLocalCeiling: false,
      exceedsCap: false,
      needsApproval: false,
    });
  });

  it('issue 15 item 8: the product shown is the exact product of the factors shown', () => {
    const result = calculateAssistanceAmount({ monthlyWageBase: 103688 / 12, months: 40 });
    if (!result.ok) throw new Error('expected an amount');
    expect(result.amount).toBe(345626.67);
    expect(result.formula.expression).toBe('103688.00 ÷ 12 × 40 = 345626.67');
    // Recompute from the text itself: every factor shown, multiplied exactly, gives the product.
    const [left, right] = result.formula.expression.split(' = ');
    const fenOf = (s: string) => BigInt(s.replace('.', ''));
    const [annual, , months] = (left ?? '').split(' ').filter((x) => x !== '÷' && x !== '×');
    const exact = (fenOf(annual ?? '') * BigInt(months ?? '') + 6n) / 12n; // rounded to the fen
    expect(String(exact)).toBe((right ?? '').replace('.', ''));
  });

  it('flags more than the 36-month cap as needing a reason and approval, never clamping', () => {
    const result = calculateAssistanceAmount({ monthlyWageBase: 8640.67, months: 40 });
    expect(result).toMatchObject({
      ok: true,
      amount: 345626.8,
      exceedsMonthsCap: true,
      exceedsCap: true,
      needsApproval: true,
    });
    expect(calculateAssistanceAmount({ monthlyWageBase: 8640.67, months: 36 })).toMatchObject({
      exceedsCap: false,
    });
  });

  it('applies a configurable cap and a local per-case ceiling', () => {
    expect(
      calculateAssistanceAmount({ monthlyWageBase: 8000, months: 24, monthsCap: 18 }),
    ).toMatchObject({
      ok: true,
      amount: 192000,
      exceedsMonthsCap: true,
    });
    const overCeiling = calculateAssistanceAmount({
      monthlyWageBase: 8000,
      months: 7,
      localCeiling: 50000,
    });
    expect(overCeiling).toMatchObject({
      ok: true,
      amount: 56000,
      exceedsMonthsCap: false,
      exceedsLocalCeiling: true,
      exceedsCap: true,
      needsApproval: true,
      formula: { localCeiling: 50000 },
    });
    expect(
      calculateAssistanceAmount({ monthlyWageBase: 8000, months: 6.25, localCeiling: 50000 }),
    ).toMatchObject({
      amount: 50000,
      exceedsLocalCeiling: false,
    });
  });

  it('names the approver of the highest threshold reached', () => {
    const thresholds = [
      { atLeast: 10000, approverRole: 'departmentHead' },
      { atLeast: 50000, approverRole: 'chiefProcurator' },
    ] as const;
    const small = calculateAssistanceAmount({
      monthlyWageBase: 3000,
      months: 3,
      approvalThresholds: thresholds,
    });
    expect(small).toMatchObject({ amount: 9000, needsApproval: false });
    expect(small.ok && small.approverRole).toBeUndefined();
    expect(
      calculateAssistanceAmount({
        monthlyWageBase: 3000,
        months: 4,
        approvalThresholds: thresholds,
      }),
    ).toMatchObject({
      needsApproval: true,
      approverRole: 'departmentHead',
    });
    expect(
      calculateAssistanceAmount({
        monthlyWageBase: 5000,
        months: 10,
        approvalThresholds: thresholds,
      }),
    ).toMatchObject({
      needsApproval: true,
      approverRole: 'chiefProcurator',
    });
  });

  it('accepts numerals typed into a form', () => {
    expect(calculateAssistanceAmount({ monthlyWageBase: ' 8000 ', months: '3' })).toMatchObject({
      ok: true,
      amount: 24000,
    });
  });

  it.each([
    ['negative base', { monthlyWageBase: -8000, months: 3 }, 'monthlyWageBase', 'negative'],
    ['negative months (typed)', { monthlyWageBase: 8000, months: '-3' }, 'months', 'negative'],
    ['NaN months', { monthlyWageBase: 8000, months: Number.NaN }, 'months', 'notANumber'],
    ['text base', { monthlyWageBase: '八千', months: 3 }, 'monthlyWageBase', 'notANumber'],
    ['1e3 in text', { monthlyWageBase: '1e3', months: 3 }, 'monthlyWageBase', 'notANumber'],
    [
      'infinite base',
      { monthlyWageBase: Number.POSITIVE_INFINITY, months: 3 },
      'monthlyWageBase',
      'notFinite',
    ],
    ['zero months', { monthlyWageBase: 8000, months: 0 }, 'months', 'notPositive'],
    ['absurd months', { monthlyWageBase: 8000, months: 121 }, 'months', 'absurd'],
    ['absurd base', { monthlyWageBase: 1_000_001, months: 3 }, 'monthlyWageBase', 'absurd'],
    ['zero cap', { monthlyWageBase: 8000, months: 3, monthsCap: 0 }, 'monthsCap', 'notPositive'],
    [
      'negative ceiling',
      { monthlyWageBase: 8000, months: 3, localCeiling: -1 },
      'localCeiling',
      'negative',
    ],
  ] as const)('rejects %s with a reason', (_name, input, field, problem) => {
    expect(calculateAssistanceAmount(input)).toEqual({
      ok: false,
      problems: [
        {
          field,
          problem,
          messageKey: `workflow.calculator.${problem}`,
          ...(problem === 'absurd'
            ? { limit: field === 'months' ? LIMITS.months : LIMITS.monthlyWageBase }
            : {}),
        },
      ],
    });
  });

  it('reports every bad field at once', () => {
    const result = calculateAssistanceAmount({
      monthlyWageBase: -1,
      months: Number.NaN,
      approvalThresholds: [{ atLeast: -5, approverRole: 'chiefProcurator' }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      'monthlyWageBase',
      'months',
      'approvalThresholds',
    ]);
  });
});
