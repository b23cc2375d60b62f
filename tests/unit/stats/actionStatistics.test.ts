/**
 * The shared rules of the statistics of the special action: deadlines counted in working days on
 * the holiday calendar, which steps count as what, month trends and the China date.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar, CN_HOLIDAY_TABLES, type IsoDate } from '../../../src-shared/calendar';
import {
  assembleStatistics,
  chinaToday,
  countDeadlines,
  emptyMonthTrend,
  trendWindow,
} from '../../../src-shared/stats/actionStatistics';
import { countedStepOf, STEP_DATE_FIELDS } from '../../../src-shared/stats/countedSteps';

const calendar = buildCalendar(CN_HOLIDAY_TABLES);
const day = (text: string) => text as IsoDate;

describe('countDeadlines', () => {
  it('counts "due soon" in working days across the National Day holiday and its make-up day', () => {
    // Wed 30 Sep 2026: 1–7 Oct rest; Thu 8, Fri 9 and Saturday 10 Oct (made up) are 3 working days.
    const groups = [
      { due: '2026-09-29', count: 2 },
      { due: '2026-09-30', count: 1 },
      { due: '2026-10-05', count: 1 },
      { due: '2026-10-10', count: 4 },
      { due: '2026-10-12', count: 8 },
      { due: null, count: 16 },
      { due: '2026-02-30', count: 32 },
    ];
    expect(countDeadlines(groups, day('2026-09-30'), calendar)).toEqual({
      overdue: 2,
      dueSoon: 1 + 1 + 4,
    });
  });

  it('counts nothing when nothing is open', () => {
    expect(countDeadlines([], day('2026-12-10'), calendar)).toEqual({ overdue: 0, dueSoon: 0 });
  });
});

describe('counted steps', () => {
  it('names each counted step by workflow kind and event, and no other', () => {
    expect(countedStepOf('judicialAssistance', 'decide')).toBe('assistanceDecision');
    expect(countedStepOf('publicHearing', 'decide')).toBeNull();
    expect(countedStepOf('adminResolution', 'signAgreement')).toBe('reconciliation');
    expect(countedStepOf('civilReconciliation', 'terminateReview')).toBe('termination');
    expect(countedStepOf('protest', 'issueDocument')).toBe('protestIssued');
    expect(countedStepOf('reasoning', 'explain')).toBeNull();
    expect(STEP_DATE_FIELDS).toEqual([
      { event: 'decide', field: 'decidedOn' },
      { event: 'refuse', field: 'decidedOn' },
      { event: 'approveAdvance', field: 'approvedOn' },
      { event: 'pay', field: 'paidOn' },
    ]);
  });
});

describe('assembleStatistics', () => {
  it('sums counts and amounts to the fen and orders breakdowns and months', () => {
    const stats = assembleStatistics({
      unit: { code: '340100', name: '合肥市人民检察院', level: 'city' },
      today: day('2026-12-10'),
      now: new Date('2026-12-10T02:00:00Z'),
      calendar,
      cases: [
        { dimension: 'total', key: null, count: 5 },
        { dimension: 'focalPoint', key: 'workers', count: 2 },
        { dimension: 'focalPoint', key: null, count: 3 },
        { dimension: 'month', key: '2026-11', count: 4 },
        { dimension: 'month', key: null, count: 1 },
      ],
      dues: [{ due: '2026-12-09', count: 1 }],
      steps: [
        {
          kind: 'judicialAssistance',
          event: 'decide',
          month: '2026-11',
          count: 2,
          firsts: 2,
          amount: 0.1,
        },
        {
          kind: 'judicialAssistance',
          event: 'decide',
          month: '2026-12',
          count: 1,
          firsts: 1,
          amount: 0.2,
        },
        {
          kind: 'judicialAssistance',
          event: 'pay',
          month: '2026-12',
          count: 1,
          firsts: 1,
          amount: 0.3,
        },
        {
          kind: 'publicHearing',
          event: 'decide',
          month: '2026-10',
          count: 9,
          firsts: 9,
          amount: 99,
        },
        {
          kind: 'publicHearing',
          event: 'closeHearing',
          month: null,
          count: 2,
          firsts: 2,
          amount: 0,
        },
        // One agreement signed, amended and signed again: one reconciliation.
        {
          kind: 'civilReconciliation',
          event: 'signAgreement',
          month: null,
          count: 2,
          firsts: 1,
          amount: 0,
        },
      ],
    });
    expect(stats.cases.total).toBe(5);
    expect(stats.cases.byFocalPoint).toEqual([
      { key: 'unknown', count: 3 },
      { key: 'workers', count: 2 },
    ]);
    expect(stats.assistance).toMatchObject({ decisions: 3, amountDecided: 0.3, amountPaid: 0.3 });
    expect(stats.hearingsHeld).toBe(2);
    expect(stats.reconciliations).toBe(1);
    expect(stats.deadlines).toEqual({ overdue: 1, dueSoon: 0 });
    expect(stats.trends).toEqual([
      ...trendWindow(day('2026-12-10')).slice(0, 10).map(emptyMonthTrend),
      { month: '2026-11', casesRegistered: 4, decisions: 2, amountDecided: 0.1, amountPaid: 0 },
      { month: '2026-12', casesRegistered: 0, decisions: 1, amountDecided: 0.2, amountPaid: 0.3 },
    ]);
  });
});

describe('trendWindow', () => {
  it('is the current month and the 11 before it, across a year end', () => {
    expect(trendWindow(day('2026-12-10'))).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    const march = trendWindow(day('2026-03-31'));
    expect(march).toHaveLength(12);
    expect(march[0]).toBe('2025-04');
    expect(march[11]).toBe('2026-03');
  });

  it('leaves out months before the window and fills empty ones', () => {
    const stats = assembleStatistics({
      unit: { code: '340100', name: '合肥市人民检察院', level: 'city' },
      today: day('2026-03-02'),
      now: new Date('2026-03-02T02:00:00Z'),
      calendar,
      cases: [
        { dimension: 'month', key: '2025-03', count: 7 },
        { dimension: 'month', key: '2025-04', count: 1 },
      ],
      dues: [],
      steps: [],
    });
    expect(stats.trends.map((t) => t.month)).toEqual(trendWindow(day('2026-03-02')));
    expect(stats.trends[0]).toMatchObject({ month: '2025-04', casesRegistered: 1 });
    expect(stats.trends.slice(1).every((t) => t.casesRegistered === 0)).toBe(true);
  });
});

describe('chinaToday', () => {
  it('is the date in UTC+8', () => {
    expect(chinaToday(new Date('2026-12-09T15:59:59Z'))).toBe('2026-12-09');
    expect(chinaToday(new Date('2026-12-09T16:00:00Z'))).toBe('2026-12-10');
  });
});
