/**
 * Figures of the type-specific case cards over a list of cases, for the statistics: how many
 * workers, how much owed and recovered (DOMAIN.md §1.3 reports exactly these). Pure; amounts are
 * summed in fen so 0.1 + 0.2 stays 0.30 yuan.
 */
import type { CaseTypeDetails } from './caseTypeDetails';

/** The part of a case the figures read: its card, if it has one, and whether it is deleted. */
export type CaseWithDetails = {
  typeDetails?: CaseTypeDetails | undefined;
  deleted?: 0 | 1;
};

export type WageArrearsFigures = {
  /** Cases with a wage-arrears card. */
  cases: number;
  workers: number;
  amountOwed: number;
  amountRecovered: number;
  /** Recovered / owed (0..1), over the cases that give both; null when none does. */
  recoveryRate: number | null;
  /** Cases whose card leaves the figure empty: a total is then a lower bound. */
  missingWorkers: number;
  missingAmountOwed: number;
};

const toFen = (yuan: number): number => Math.round(yuan * 100);

/** Totals of the wage-arrears cards; deleted cases and other cards are left out. */
export function wageArrearsFigures(cases: readonly CaseWithDetails[]): WageArrearsFigures {
  let count = 0;
  let workers = 0;
  let owedFen = 0;
  let recoveredFen = 0;
  let rateOwedFen = 0;
  let rateRecoveredFen = 0;
  let missingWorkers = 0;
  let missingAmountOwed = 0;
  for (const c of cases) {
    const d = c.typeDetails;
    if (c.deleted === 1 || d?.kind !== 'wageArrears') continue;
    count += 1;
    if (d.workerCount === undefined) missingWorkers += 1;
    else workers += d.workerCount;
    if (d.amountOwed === undefined) missingAmountOwed += 1;
    else owedFen += toFen(d.amountOwed);
    if (d.amountRecovered !== undefined) recoveredFen += toFen(d.amountRecovered);
    if (d.amountOwed !== undefined && d.amountRecovered !== undefined) {
      rateOwedFen += toFen(d.amountOwed);
      rateRecoveredFen += toFen(d.amountRecovered);
    }
  }
  return {
    cases: count,
    workers,
    amountOwed: owedFen / 100,
    amountRecovered: recoveredFen / 100,
    recoveryRate: rateOwedFen > 0 ? rateRecoveredFen / rateOwedFen : null,
    missingWorkers,
    missingAmountOwed,
  };
}

/** Persons and yuan a card counts, whatever its kind: the common columns of a statistics table. */
export type CardTotals = { cases: number; persons: number; amount: number };

/** The head count and the main amount of each card (the figures KEY_FIGURES shows in the list). */
function personsAndAmount(d: CaseTypeDetails): { persons?: number; amount?: number } {
  switch (d.kind) {
    case 'wageArrears':
      return { persons: d.workerCount, amount: d.amountOwed };
    case 'housing':
      return { persons: d.householdCount, amount: d.amountInvolved };
    case 'foodDrug':
      return { persons: d.affectedCount, amount: d.amountInvolved };
    case 'socialInsurance':
      return { persons: d.insuredCount, amount: d.amountInvolved };
    case 'telecomFraud':
      return { persons: d.victimCount, amount: d.amountLost };
    case 'environment':
      return { amount: d.restorationCost };
    case 'vulnerablePerson':
      return {};
  }
}

/** Cases, persons and amount per kind of card (kinds with no case are absent). */
export function totalsByCardKind(
  cases: readonly CaseWithDetails[],
): Partial<Record<CaseTypeDetails['kind'], CardTotals>> {
  const fen: Partial<Record<CaseTypeDetails['kind'], CardTotals>> = {};
  for (const c of cases) {
    const d = c.typeDetails;
    if (c.deleted === 1 || !d) continue;
    const { persons, amount } = personsAndAmount(d);
    const row = fen[d.kind] ?? { cases: 0, persons: 0, amount: 0 };
    row.cases += 1;
    row.persons += persons ?? 0;
    row.amount += amount === undefined ? 0 : toFen(amount);
    fen[d.kind] = row;
  }
  for (const row of Object.values(fen)) row.amount /= 100;
  return fen;
}
