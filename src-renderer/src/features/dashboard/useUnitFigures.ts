import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { IsoDate } from '../../../../src-shared/calendar';
import { computeUnitFigures, type UnitFigures } from '../../../../src-shared/stats/unitFigures';
import { getDb } from '../../db/database';
import { readStatsRows } from '../../db/statsQueries';
import { defaultCalendar } from '../../db/workflowDue';
import { todayIso } from '../../ui/formatDate';

/** The unit's and `userId`'s figures, live; undefined while loading. */
export function useUnitFigures(userId: string | undefined): UnitFigures | undefined {
  const rows = useLiveQuery(() => readStatsRows(getDb()), []);
  return useMemo(
    () =>
      rows && userId
        ? computeUnitFigures({
            ...rows,
            userId,
            today: todayIso() as IsoDate,
            calendar: defaultCalendar(),
          })
        : undefined,
    [rows, userId],
  );
}
