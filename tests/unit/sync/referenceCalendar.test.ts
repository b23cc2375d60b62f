/**
 * The server's reference data in use: a 2027 holiday table from the server makes deadlines that
 * reach into 2027 'official' (and moves them by its holidays), and the workflow form proposes the
 * newest previous-year wage base of the server's table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkflow } from '../../../src-shared/workflows';
import { defaultWageBaseTable } from '../../../src-shared/workflows/assistance/wageBase';
import {
  calendarWithReference,
  computeWorkflowDue,
  defaultCalendar,
  setReferenceHolidayTables,
} from '../../../src-renderer/src/db/workflowDue';
import { proposedWageBase } from '../../../src-renderer/src/features/workflows/eventForms';
import { TEST_TABLE_2027, TEST_WAGE_BASES } from '../../fixtures/referenceData';

afterEach(() => {
  setReferenceHolidayTables([]);
});

function reviewFrom(reviewStartedOn: string) {
  const result = startWorkflow('civilReconciliation', { caseId: 'c1', reviewStartedOn });
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return result.snapshot;
}

describe('holiday tables from reference data', () => {
  // 2026-11-01 + 3 months = 2027-02-01 (a Monday, outside the test table's blocks).
  it('turns a deadline in 2027 from assumed to official', () => {
    const snapshot = reviewFrom('2026-11-01');
    expect(computeWorkflowDue('civilReconciliation', snapshot)).toMatchObject({
      due: '2027-02-01',
      coverage: 'assumed',
    });
    const merged = calendarWithReference([TEST_TABLE_2027]);
    expect(computeWorkflowDue('civilReconciliation', snapshot, merged)).toMatchObject({
      due: '2027-02-01',
      coverage: 'official',
    });
  });

  it('moves a last day out of a 2027 block once the table is installed as the app calendar', () => {
    // 2026-11-06 + 3 months = 2027-02-06, first day of the test Spring Festival block (→ 02-15).
    // Without the table, the 放假办法's own days (除夕 02-05 .. 初三 02-08) already rest (→ 02-09).
    const snapshot = reviewFrom('2026-11-06');
    expect(computeWorkflowDue('civilReconciliation', snapshot)?.due).toBe('2027-02-09');
    setReferenceHolidayTables([TEST_TABLE_2027]);
    expect(defaultCalendar().officialYears).toContain(2027);
    expect(computeWorkflowDue('civilReconciliation', snapshot)).toMatchObject({
      due: '2027-02-15',
      coverage: 'official',
    });
    setReferenceHolidayTables([]);
    expect(defaultCalendar().officialYears).not.toContain(2027);
  });
});

describe('proposedWageBase', () => {
  it.each([
    ['the shipped table, 2025', defaultWageBaseTable, '2025-06-01', 2023, 103_688],
    ['the server table, 2026: its 2024 figure', TEST_WAGE_BASES, '2026-06-01', 2024, 108_000],
    ['the server table, 2024: the year before', TEST_WAGE_BASES, '2024-03-01', 2023, 103_688],
    [
      'the server table, 2023: only later years, the oldest',
      TEST_WAGE_BASES,
      '2023-03-01',
      2024,
      108_000,
    ],
  ])('%s', (_what, table, today, dataYear, annualWage) => {
    expect(proposedWageBase(table, '340000', today)).toMatchObject({ dataYear, annualWage });
  });

  it('proposes nothing for a province the table lacks', () => {
    expect(proposedWageBase(TEST_WAGE_BASES, '320000', '2026-01-01')).toBeUndefined();
  });
});
