/**
 * The statistics of the special action over a unit's subtree, as the console shows and exports
 * them, and the pure assembly of them from the grouped rows the server's queries return. Every
 * figure's definition: src-server/README.md, "Statistics of the special action".
 */
import { z } from 'zod';
import {
  compareIsoDate,
  DeadlineState,
  isIsoDate,
  remaining,
  type HolidayCalendar,
  type IsoDate,
} from '../calendar';
import { unitSchema } from '../sync/enroll';
import { COUNTED_STEPS, countedStepOf, type CountedStep, type CountedStepId } from './countedSteps';

const count = z.int().nonnegative();
/** Yuan, rounded to the fen. */
const yuan = z.number().nonnegative();

export const keyCountSchema = z.object({ key: z.string(), count });
export type KeyCount = z.infer<typeof keyCountSchema>;

export const monthTrendSchema = z.object({
  /** 'YYYY-MM'. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  casesRegistered: count,
  decisions: count,
  amountDecided: yuan,
  amountPaid: yuan,
});
export type MonthTrend = z.infer<typeof monthTrendSchema>;

export const actionStatisticsSchema = z.object({
  unit: unitSchema,
  /** The day "overdue" and "due soon" are counted from (China Standard Time). */
  today: z.iso.date(),
  generatedAt: z.iso.datetime({ offset: true }),
  cases: z.object({
    total: count,
    byUnit: z.array(keyCountSchema),
    byFocalPoint: z.array(keyCountSchema),
    byCaseType: z.array(keyCountSchema),
    byStatus: z.array(keyCountSchema),
  }),
  assistance: z.object({
    applications: count,
    decisions: count,
    refusals: count,
    amountDecided: yuan,
    advances: count,
    advanceAmount: yuan,
    payments: count,
    amountPaid: yuan,
  }),
  reconciliations: count,
  terminations: count,
  hearingsHeld: count,
  recommendationsIssued: count,
  protestsIssued: count,
  deadlines: z.object({ overdue: count, dueSoon: count }),
  trends: z.array(monthTrendSchema),
});
export type ActionStatistics = z.infer<typeof actionStatisticsSchema>;

/** A value the grouping left empty (a case without a focal point) is counted under this key. */
export const UNKNOWN_KEY = 'unknown';

/** One group of the cases query: a dimension, its value, how many cases. */
export type CaseGroup = {
  dimension: 'total' | 'unit' | 'focalPoint' | 'caseType' | 'status' | 'month';
  key: string | null;
  count: number;
};
/** One group of the workflows query: open workflows by the due date of their current step. */
export type DueGroup = { due: string | null; count: number };
/** One group of the steps query: the workflow kind, the event, the month of the act. */
export type StepGroup = {
  kind: string;
  event: string;
  month: string | null;
  count: number;
  /** Of `count`, the steps that are the first of their event in their workflow. */
  firsts: number;
  amount: number;
};

const byCountThenKey = (a: KeyCount, b: KeyCount) =>
  b.count - a.count || a.key.localeCompare(b.key);

/** Open workflows whose current step is overdue, and due today or within 3 working days. */
export function countDeadlines(
  groups: readonly DueGroup[],
  today: IsoDate,
  calendar: HolidayCalendar,
): { overdue: number; dueSoon: number } {
  let overdue = 0;
  let dueSoon = 0;
  for (const { due, count: n } of groups) {
    if (due === null || !isIsoDate(due)) continue;
    if (compareIsoDate(due, today) < 0) {
      overdue += n;
      continue;
    }
    const state = remaining({ due, today, calendar }).state;
    if (state === DeadlineState.dueToday || state === DeadlineState.dueSoon) dueSoon += n;
  }
  return { overdue, dueSoon };
}

const roundYuan = (value: number) => Math.round(value * 100) / 100;

type StepTotals = Record<CountedStepId, { count: number; amount: number }>;

function emptyTotals(): StepTotals {
  const zero = () => ({ count: 0, amount: 0 });
  return {
    assistanceApplication: zero(),
    assistanceDecision: zero(),
    assistanceRefusal: zero(),
    assistanceAdvance: zero(),
    assistancePayment: zero(),
    reconciliation: zero(),
    termination: zero(),
    hearingHeld: zero(),
    recommendationIssued: zero(),
    protestIssued: zero(),
  };
}

/** A month in which nothing counted happened. */
export function emptyMonthTrend(month: string): MonthTrend {
  return { month, casesRegistered: 0, decisions: 0, amountDecided: 0, amountPaid: 0 };
}

function monthRow(months: Map<string, MonthTrend>, month: string): MonthTrend {
  let row = months.get(month);
  if (row === undefined) {
    row = emptyMonthTrend(month);
    months.set(month, row);
  }
  return row;
}

export type StatisticsInput = {
  unit: z.infer<typeof unitSchema>;
  today: IsoDate;
  now: Date;
  calendar: HolidayCalendar;
  cases: readonly CaseGroup[];
  dues: readonly DueGroup[];
  steps: readonly StepGroup[];
};

export function assembleStatistics(input: StatisticsInput): ActionStatistics {
  const breakdown = (dimension: CaseGroup['dimension']): KeyCount[] =>
    input.cases
      .filter((g) => g.dimension === dimension)
      .map((g) => ({ key: g.key ?? UNKNOWN_KEY, count: g.count }))
      .sort(byCountThenKey);
  const months = new Map<string, MonthTrend>();
  for (const g of input.cases) {
    if (g.dimension === 'month' && g.key !== null)
      monthRow(months, g.key).casesRegistered += g.count;
  }
  const totals = emptyTotals();
  for (const g of input.steps) {
    const id = countedStepOf(g.kind, g.event);
    if (id === null) continue;
    const counted: CountedStep = COUNTED_STEPS[id];
    totals[id].count += counted.oncePerWorkflow ? g.firsts : g.count;
    totals[id].amount += g.amount;
    if (g.month === null) continue;
    if (id === 'assistanceDecision') {
      const row = monthRow(months, g.month);
      row.decisions += g.count;
      row.amountDecided = roundYuan(row.amountDecided + g.amount);
    } else if (id === 'assistancePayment') {
      const row = monthRow(months, g.month);
      row.amountPaid = roundYuan(row.amountPaid + g.amount);
    }
  }
  return {
    unit: input.unit,
    today: input.today,
    generatedAt: input.now.toISOString(),
    cases: {
      total: input.cases.find((g) => g.dimension === 'total')?.count ?? 0,
      byUnit: breakdown('unit'),
      byFocalPoint: breakdown('focalPoint'),
      byCaseType: breakdown('caseType'),
      byStatus: breakdown('status'),
    },
    assistance: {
      applications: totals.assistanceApplication.count,
      decisions: totals.assistanceDecision.count,
      refusals: totals.assistanceRefusal.count,
      amountDecided: roundYuan(totals.assistanceDecision.amount),
      advances: totals.assistanceAdvance.count,
      advanceAmount: roundYuan(totals.assistanceAdvance.amount),
      payments: totals.assistancePayment.count,
      amountPaid: roundYuan(totals.assistancePayment.amount),
    },
    reconciliations: totals.reconciliation.count,
    terminations: totals.termination.count,
    hearingsHeld: totals.hearingHeld.count,
    recommendationsIssued: totals.recommendationIssued.count,
    protestsIssued: totals.protestIssued.count,
    deadlines: countDeadlines(input.dues, input.today, input.calendar),
    trends: trendWindow(input.today).map((month) => monthRow(months, month)),
  };
}

/** How many months the trends cover, ending with the month of `today`. */
export const TREND_MONTHS = 12;

/**
 * The months of the trends, oldest first: the current month and the 11 before it. Every month is
 * there, empty or not, so a line chart of them has no gaps and older months do not creep in.
 */
export function trendWindow(today: IsoDate): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: TREND_MONTHS }, (_, i) => {
    const at = new Date(Date.UTC(year, month - (TREND_MONTHS - 1 - i), 1));
    return at.toISOString().slice(0, 7);
  });
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The date in China (UTC+8 all year, no daylight saving) at `now`. */
export function chinaToday(now: Date): IsoDate {
  const day = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  if (!isIsoDate(day)) throw new Error(`not a date: ${day}`);
  return day;
}
