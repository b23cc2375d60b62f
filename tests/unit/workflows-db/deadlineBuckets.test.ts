import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src-shared/calendar';
import { deadlineBuckets } from '../../../src-renderer/src/features/dashboard/deadlineBuckets';
import { defaultCalendar } from '../../../src-renderer/src/db/workflowDue';
import type { OpenWorkflow } from '../../../src-renderer/src/db/workflowQueries';
import type { WorkflowRecord } from '../../../src-renderer/src/db/workflowRows';

function open(id: string, due: string | null, state = 'review'): OpenWorkflow {
  const workflow = {
    id,
    caseId: `case-${id}`,
    kind: 'civilReconciliation',
    state,
    status: 'active',
    due: due
      ? {
          limitId: 'review.civil',
          direction: 'after',
          start: '2025-01-01',
          due,
          coverage: due.startsWith('2027') ? 'assumed' : 'official',
        }
      : null,
  } as unknown as WorkflowRecord;
  return { workflow, caseTitle: `案件${id}`, provisionalNo: `340102-2025-0000${id}` };
}

describe('deadlineBuckets', () => {
  const today = '2025-09-30' as IsoDate;

  it('sorts deadlines into due within 3 working days (across National Day) and overdue', () => {
    const result = deadlineBuckets(
      [
        open('1', '2025-09-30'), // today
        open('2', '2025-10-10'), // 09-30 → 10-09 (1), 10-10 (2): soon
        open('3', '2025-10-14'), // 10-09, 10, 11 (make-up Saturday), 13, 14: 5 → not soon
        open('4', '2025-09-26'), // overdue
        open('5', null),
      ],
      today,
      defaultCalendar(),
    );
    expect(result.dueSoon.map((i) => [i.workflowId, i.remaining.state])).toEqual([
      ['1', 'dueToday'],
      ['2', 'dueSoon'],
    ]);
    expect(result.overdue.map((i) => i.workflowId)).toEqual(['4']);
    expect(result.counts).toEqual([{ kind: 'civilReconciliation', state: 'review', count: 5 }]);
    expect(result.assumedYears).toEqual([]);
  });

  it('names the years without an official holiday table, listed or not', () => {
    const soon = deadlineBuckets(
      [open('1', '2027-01-04')],
      '2026-12-31' as IsoDate,
      defaultCalendar(),
    );
    expect(soon.dueSoon).toHaveLength(1);
    expect(soon.assumedYears).toEqual([2027]);
    const later = deadlineBuckets(
      [open('1', '2027-03-01')],
      '2026-12-01' as IsoDate,
      defaultCalendar(),
    );
    expect(later.dueSoon).toEqual([]);
    expect(later.assumedYears).toEqual([2027]);
  });
});
