import { describe, expect, it } from 'vitest';
import { totalsByCardKind, wageArrearsFigures } from '../../../src-shared/domain/caseTypeFigures';
import type { CaseWithDetails } from '../../../src-shared/domain/caseTypeFigures';

const cases: CaseWithDetails[] = [
  { typeDetails: { kind: 'wageArrears', workerCount: 12, amountOwed: 0.1, amountRecovered: 0.1 } },
  { typeDetails: { kind: 'wageArrears', workerCount: 3, amountOwed: 0.2, amountRecovered: 0.05 } },
  { typeDetails: { kind: 'wageArrears', amountOwed: 100 } },
  { typeDetails: { kind: 'wageArrears', workerCount: 40 } },
  { typeDetails: { kind: 'wageArrears', workerCount: 99, amountOwed: 1e6 }, deleted: 1 },
  { typeDetails: { kind: 'telecomFraud', victimCount: 5, amountLost: 1000 } },
  { typeDetails: { kind: 'vulnerablePerson', group: 'elderly' } },
  {},
];

describe('wageArrearsFigures', () => {
  it('totals workers and amounts in fen, leaving out deleted cases and other cards', () => {
    expect(wageArrearsFigures(cases)).toEqual({
      cases: 4,
      workers: 55,
      amountOwed: 100.3,
      amountRecovered: 0.15,
      recoveryRate: 0.5,
      missingWorkers: 1,
      missingAmountOwed: 1,
    });
  });

  it('gives zeros and no rate for no wage-arrears case', () => {
    expect(wageArrearsFigures([{}])).toMatchObject({
      cases: 0,
      workers: 0,
      amountOwed: 0,
      recoveryRate: null,
    });
  });
});

describe('totalsByCardKind', () => {
  it('counts cases, persons and the main amount per card', () => {
    expect(totalsByCardKind(cases)).toEqual({
      wageArrears: { cases: 4, persons: 55, amount: 100.3 },
      telecomFraud: { cases: 1, persons: 5, amount: 1000 },
      vulnerablePerson: { cases: 1, persons: 0, amount: 0 },
    });
  });
});
