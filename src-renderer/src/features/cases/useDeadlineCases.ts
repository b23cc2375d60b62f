import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../../src-shared/calendar';
import { casesByStepDeadline, type StepDeadline } from '../../../../src-shared/stats/stepDeadlines';
import { getDb } from '../../db/database';
import { readOpenSteps } from '../../db/openStepQueries';
import { defaultCalendar } from '../../db/workflowDue';
import { todayIso } from '../../ui/formatDate';

/**
 * The ids of the cases with an open step in the `deadline` bucket, live, classified exactly as
 * the 工作台's step figures are; null when no deadline filter is chosen, undefined while reading.
 */
export function useDeadlineCases(deadline: StepDeadline | null): string[] | null | undefined {
  const ids = useLiveQuery(async () => {
    if (!deadline) return null;
    const steps = await readOpenSteps(getDb());
    const buckets = casesByStepDeadline(steps, todayIso() as IsoDate, defaultCalendar());
    return [...buckets[deadline]];
  }, [deadline]);
  // Without a filter there is nothing to wait for, not even the first read.
  return deadline ? ids : null;
}
