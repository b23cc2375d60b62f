/**
 * The working-day calendar the server counts deadlines with: the same engine and shipped tables as
 * the app, with the reference holiday tables the unit's devices receive merged over them.
 */
import { buildCalendar, CN_HOLIDAY_TABLES, type HolidayCalendar } from '../../src-shared/calendar';
import type { Db } from '../db/db';
import { readReferenceSet } from '../reference/referenceStore';

export async function serverCalendar(db: Db, unitCode: string): Promise<HolidayCalendar> {
  const set = await readReferenceSet(db, unitCode, 'holidays');
  return buildCalendar(
    set?.kind === 'holidays' ? [...CN_HOLIDAY_TABLES, ...set.data] : CN_HOLIDAY_TABLES,
  );
}
