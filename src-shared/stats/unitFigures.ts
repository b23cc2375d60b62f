/**
 * The 工作台's figures: the unit's and one user's cases by focal point, type and status, the
 * cases with open steps overdue or due within 3 working days, judicial-assistance amounts decided
 * and paid, and this month against last. Pure and single-pass over plain rows, so 10k cases cost one scan;
 * the Dexie layer only reads the rows.
 */
import type { HolidayCalendar, IsoDate } from '../calendar';
import type { CaseTypeDetails } from '../domain/caseTypeDetails';
import { wageArrearsFigures, type WageArrearsFigures } from '../domain/caseTypeFigures';
import { casesByStepDeadline, STEP_DEADLINES } from './stepDeadlines';

export type StatsCaseRow = {
  id: string;
  caseType: string;
  focalPoint: string;
  status: string;
  handlerId: string;
  receivedAt: string;
  /** The type-specific card, when the case has one (only wage-arrears cards are counted here). */
  typeDetails?: CaseTypeDetails | undefined;
};

export type StatsWorkflowRow = {
  caseId: string;
  kind: string;
  state: string;
  /** The current step's due date, or null when the step has none. */
  due: string | null;
};

/** What an assistance workflow decided and paid (amounts in yuan; see assistanceFigures.ts). */
export type StatsAssistanceRow = {
  caseId: string;
  decidedOn?: string;
  decidedAmount?: number;
  paidOn?: string;
  paidAmount?: number;
};

export type CodeCount = { code: string; count: number };

export type CaseBreakdown = {
  total: number;
  byFocalPoint: CodeCount[];
  byType: CodeCount[];
  byStatus: CodeCount[];
};

export type MonthPair = { thisMonth: number; lastMonth: number };

export type AssistanceFigures = {
  decidedCount: number;
  decidedAmount: number;
  paidCount: number;
  paidAmount: number;
  decidedAmountByMonth: MonthPair;
  paidAmountByMonth: MonthPair;
  /** Decisions to grant and payments made, counted in the month of their own date. */
  decidedCountByMonth: MonthPair;
  paidCountByMonth: MonthPair;
};

/**
 * Cases with an open step overdue / due within 3 working days (stepDeadlines.ts): cases, not
 * steps, so the case list a figure opens has as many rows as the figure says.
 */
export type StepFigures = { overdue: number; dueSoon: number };

export type ScopeFigures = {
  cases: CaseBreakdown;
  steps: StepFigures;
  receivedByMonth: MonthPair;
  assistance: AssistanceFigures;
  wageArrears: WageArrearsFigures;
};

export type UnitFigures = { unit: ScopeFigures; mine: ScopeFigures; month: string };

/** 'YYYY-MM' of the month before `month`. */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${String(year - 1)}-12` : `${String(year)}-${String(m - 1).padStart(2, '0')}`;
}

class Tally {
  readonly map = new Map<string, number>();
  add(code: string): void {
    this.map.set(code, (this.map.get(code) ?? 0) + 1);
  }
  /** Most first, then by code, so charts and exports are stable. */
  sorted(): CodeCount[] {
    return [...this.map]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
}

class ScopeTally {
  total = 0;
  readonly focal = new Tally();
  readonly type = new Tally();
  readonly status = new Tally();
  readonly steps: StepFigures = { overdue: 0, dueSoon: 0 };
  readonly received: MonthPair = { thisMonth: 0, lastMonth: 0 };
  /** Only the cases with a wage-arrears card, so the totals read a handful of rows, not all. */
  readonly wageCards: { typeDetails: CaseTypeDetails }[] = [];
  readonly assistance: AssistanceFigures = {
    decidedCount: 0,
    decidedAmount: 0,
    paidCount: 0,
    paidAmount: 0,
    decidedAmountByMonth: { thisMonth: 0, lastMonth: 0 },
    paidAmountByMonth: { thisMonth: 0, lastMonth: 0 },
    decidedCountByMonth: { thisMonth: 0, lastMonth: 0 },
    paidCountByMonth: { thisMonth: 0, lastMonth: 0 },
  };

  result(): ScopeFigures {
    const fen = (yuan: number) => Math.round(yuan * 100) / 100;
    const a = this.assistance;
    return {
      cases: {
        total: this.total,
        byFocalPoint: this.focal.sorted(),
        byType: this.type.sorted(),
        byStatus: this.status.sorted(),
      },
      steps: { ...this.steps },
      receivedByMonth: { ...this.received },
      assistance: {
        ...a,
        decidedAmount: fen(a.decidedAmount),
        paidAmount: fen(a.paidAmount),
        decidedAmountByMonth: pairInFen(a.decidedAmountByMonth, fen),
        paidAmountByMonth: pairInFen(a.paidAmountByMonth, fen),
        decidedCountByMonth: { ...a.decidedCountByMonth },
        paidCountByMonth: { ...a.paidCountByMonth },
      },
      wageArrears: wageArrearsFigures(this.wageCards),
    };
  }
}

function pairInFen(pair: MonthPair, fen: (n: number) => number): MonthPair {
  return { thisMonth: fen(pair.thisMonth), lastMonth: fen(pair.lastMonth) };
}

function addToMonth(pair: MonthPair, date: string | undefined, month: string, last: string, n = 1) {
  const m = date?.slice(0, 7);
  if (m === month) pair.thisMonth += n;
  else if (m === last) pair.lastMonth += n;
}

/**
 * Counts every figure in one pass over each list. Workflows and assistance rows of cases not in
 * `cases` (deleted, or another unit's) are ignored; "mine" is the cases `userId` handles.
 */
export function computeUnitFigures(input: {
  cases: readonly StatsCaseRow[];
  workflows: readonly StatsWorkflowRow[];
  assistance: readonly StatsAssistanceRow[];
  userId: string;
  today: IsoDate;
  calendar: HolidayCalendar;
}): UnitFigures {
  const { userId, today, calendar } = input;
  const month = today.slice(0, 7);
  const last = previousMonth(month);
  const unit = new ScopeTally();
  const mine = new ScopeTally();
  const handlerOf = new Map<string, string>();

  for (const c of input.cases) {
    handlerOf.set(c.id, c.handlerId);
    for (const scope of c.handlerId === userId ? [unit, mine] : [unit]) {
      scope.total += 1;
      scope.focal.add(c.focalPoint);
      scope.type.add(c.caseType);
      scope.status.add(c.status);
      addToMonth(scope.received, c.receivedAt, month, last);
      if (c.typeDetails?.kind === 'wageArrears')
        scope.wageCards.push({ typeDetails: c.typeDetails });
    }
  }
  const scopesOf = (caseId: string): ScopeTally[] => {
    const handler = handlerOf.get(caseId);
    if (handler === undefined) return [];
    return handler === userId ? [unit, mine] : [unit];
  };

  const steps = input.workflows.filter((w) => handlerOf.has(w.caseId));
  const byDeadline = casesByStepDeadline(steps, today, calendar);
  for (const key of STEP_DEADLINES) {
    for (const caseId of byDeadline[key]) for (const s of scopesOf(caseId)) s.steps[key] += 1;
  }

  for (const a of input.assistance) {
    for (const s of scopesOf(a.caseId)) {
      const f = s.assistance;
      if (a.decidedAmount !== undefined) {
        f.decidedCount += 1;
        f.decidedAmount += a.decidedAmount;
        addToMonth(f.decidedAmountByMonth, a.decidedOn, month, last, a.decidedAmount);
        addToMonth(f.decidedCountByMonth, a.decidedOn, month, last);
      }
      if (a.paidAmount !== undefined) {
        f.paidCount += 1;
        f.paidAmount += a.paidAmount;
        addToMonth(f.paidAmountByMonth, a.paidOn, month, last, a.paidAmount);
        addToMonth(f.paidCountByMonth, a.paidOn, month, last);
      }
    }
  }
  return { unit: unit.result(), mine: mine.result(), month };
}
