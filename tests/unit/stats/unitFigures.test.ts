import { describe, expect, it } from 'vitest';
import { buildCalendar, CN_HOLIDAY_TABLES, type IsoDate } from '../../../src-shared/calendar';
import { assistanceRowOf } from '../../../src-shared/stats/assistanceFigures';
import {
  computeUnitFigures,
  previousMonth,
  type StatsCaseRow,
} from '../../../src-shared/stats/unitFigures';

const calendar = buildCalendar(CN_HOLIDAY_TABLES);
// A Wednesday with no holiday nearby: 12 June is due soon, 30 June is not.
const today = '2025-06-11' as IsoDate;

const row = (id: string, over: Partial<StatsCaseRow>): StatsCaseRow => ({
  id,
  caseType: 'civilJudgment',
  focalPoint: 'workers',
  status: 'inReview',
  handlerId: 'u-me',
  receivedAt: '2025-06-02',
  ...over,
});

const cases: StatsCaseRow[] = [
  row('c1', {}),
  row('c2', { focalPoint: 'specificGroups', receivedAt: '2025-05-20' }),
  row('c3', { caseType: 'judicialAssistance', focalPoint: 'judicialAssistance' }),
  row('c4', { handlerId: 'u-other', status: 'concluded', receivedAt: '2025-05-31' }),
  row('c5', { handlerId: 'u-other', caseType: 'petition', receivedAt: '2024-12-01' }),
];

const workflows = [
  { caseId: 'c1', kind: 'reasoning', state: 'preparation', due: '2025-06-10' }, // overdue
  { caseId: 'c2', kind: 'civilReconciliation', state: 'mediation', due: '2025-06-11' }, // today
  { caseId: 'c3', kind: 'judicialAssistance', state: 'review', due: '2025-06-30' }, // ok
  { caseId: 'c4', kind: 'reasoning', state: 'delivery', due: '2025-06-12' }, // soon, not mine
  { caseId: 'c5', kind: 'reasoning', state: 'delivery', due: '2025-05-20' }, // overdue, not mine
  { caseId: 'c5', kind: 'reasoning', state: 'delivery', due: null }, // no date: not counted
  { caseId: 'gone', kind: 'reasoning', state: 'delivery', due: '2025-05-20' }, // deleted case
];

const assistance = [
  assistanceRowOf('c3', {
    decision: { decidedOn: '2025-06-03', amount: 12000.5 },
    payment: { paidOn: '2025-06-09', amount: 12000.5, bankAccountMasked: '****1234' },
  }),
  assistanceRowOf('c4', { decision: { decidedOn: '2025-05-28', amount: 8000 } }),
  assistanceRowOf('c5', { decision: { decidedOn: '2025-01-10', amount: 'broken' } }),
];

/** The figures of cases alone: no workflow, no assistance, seen by u-me. */
const figuresOfCases = (list: StatsCaseRow[]) =>
  computeUnitFigures({
    cases: list,
    workflows: [],
    assistance: [],
    userId: 'u-me',
    today,
    calendar,
  });

describe('computeUnitFigures', () => {
  const figures = computeUnitFigures({
    cases,
    workflows,
    assistance,
    userId: 'u-me',
    today,
    calendar,
  });

  it('counts the unit cases by focal point, type and status, most first', () => {
    expect(figures.month).toBe('2025-06');
    expect(figures.unit.cases.total).toBe(5);
    expect(figures.unit.cases.byFocalPoint).toEqual([
      { code: 'workers', count: 3 },
      { code: 'judicialAssistance', count: 1 },
      { code: 'specificGroups', count: 1 },
    ]);
    expect(figures.unit.cases.byType).toEqual([
      { code: 'civilJudgment', count: 3 },
      { code: 'judicialAssistance', count: 1 },
      { code: 'petition', count: 1 },
    ]);
    expect(figures.unit.cases.byStatus).toEqual([
      { code: 'inReview', count: 4 },
      { code: 'concluded', count: 1 },
    ]);
  });

  it('counts only the cases the user handles as theirs', () => {
    expect(figures.mine.cases.total).toBe(3);
    expect(figures.mine.cases.byStatus).toEqual([{ code: 'inReview', count: 3 }]);
  });

  it('counts open steps overdue and due within 3 working days, ignoring deleted cases', () => {
    expect(figures.unit.steps).toEqual({ overdue: 2, dueSoon: 2 });
    expect(figures.mine.steps).toEqual({ overdue: 1, dueSoon: 1 });
  });

  it('compares this month with last month', () => {
    expect(figures.unit.receivedByMonth).toEqual({ thisMonth: 2, lastMonth: 2 });
    expect(figures.mine.receivedByMonth).toEqual({ thisMonth: 2, lastMonth: 1 });
  });

  it('sums assistance decided and paid, skipping amounts of the wrong shape', () => {
    expect(figures.unit.assistance).toEqual({
      decidedCount: 2,
      decidedAmount: 20000.5,
      paidCount: 1,
      paidAmount: 12000.5,
      decidedAmountByMonth: { thisMonth: 12000.5, lastMonth: 8000 },
      paidAmountByMonth: { thisMonth: 12000.5, lastMonth: 0 },
      decidedCountByMonth: { thisMonth: 1, lastMonth: 1 },
      paidCountByMonth: { thisMonth: 1, lastMonth: 0 },
    });
    expect(figures.mine.assistance.decidedCountByMonth).toEqual({ thisMonth: 1, lastMonth: 0 });
    expect(figures.mine.assistance.decidedAmount).toBe(12000.5);
  });

  it('gives zeros, not errors, for an empty unit', () => {
    const empty = figuresOfCases([]);
    expect(empty.unit.cases.total).toBe(0);
    expect(empty.unit.steps).toEqual({ overdue: 0, dueSoon: 0 });
  });

  it('counts 10,000 cases in under two seconds', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => row(`m${String(i)}`, {}));
    const manyFlows = many.map((c) => ({
      caseId: c.id,
      kind: 'reasoning',
      state: 's',
      due: '2025-06-12',
    }));
    const started = performance.now();
    const big = computeUnitFigures({
      cases: many,
      workflows: manyFlows,
      assistance: [],
      userId: 'u-me',
      today,
      calendar,
    });
    const ms = performance.now() - started;
    expect(big.unit.steps.dueSoon).toBe(10_000);
    expect(ms).toBeLessThan(2000);
  });
});

describe('wage-arrears figures on the 工作台', () => {
  const wage = (over: Record<string, number | undefined>) =>
    ({ kind: 'wageArrears', ...over }) as StatsCaseRow['typeDetails'];
  const figures = figuresOfCases([
    row('w1', {
      typeDetails: wage({ workerCount: 12, amountOwed: 360000.1, amountRecovered: 300000 }),
    }),
    row('w2', { typeDetails: wage({ workerCount: 3, amountOwed: 40000.2 }) }),
    row('w3', {
      handlerId: 'u-other',
      typeDetails: wage({ workerCount: 30, amountOwed: 100000, amountRecovered: 100000 }),
    }),
    row('w4', { handlerId: 'u-other', typeDetails: wage({}) }),
    // Another card, and a case with no card: not wage arrears.
    row('h1', {
      focalPoint: 'financeRealEstate',
      typeDetails: { kind: 'housing', householdCount: 9 },
    }),
    row('n1', {}),
  ]);

  it('sums workers, owed and recovered over the unit wage-arrears cards, in fen', () => {
    const w = figures.unit.wageArrears;
    expect([w.cases, w.workers, w.amountOwed, w.amountRecovered]).toEqual([
      4, 45, 500000.3, 400000,
    ]);
    // Over the cards giving both figures: 400000 / 460000.1.
    expect(w.recoveryRate).toBe(40000000 / 46000010);
    expect([w.missingWorkers, w.missingAmountOwed]).toEqual([1, 1]);
  });

  it('counts only the user own cards as theirs', () => {
    const w = figures.mine.wageArrears;
    expect([w.cases, w.workers, w.amountOwed, w.amountRecovered]).toEqual([
      2, 15, 400000.3, 300000,
    ]);
    expect(w.recoveryRate).toBe(30000000 / 36000010);
  });

  it('has no recovery rate when no card gives both amounts', () => {
    const none = figuresOfCases([row('x', {})]);
    expect(none.unit.wageArrears).toMatchObject({ cases: 0, workers: 0, recoveryRate: null });
  });
});

describe('previousMonth', () => {
  it('steps back across a year', () => {
    expect(previousMonth('2025-01')).toBe('2024-12');
    expect(previousMonth('2025-10')).toBe('2025-09');
  });
});
