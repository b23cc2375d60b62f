/**
 * "Notify the participants 3 days before the hearing" (民事规则 Art. 56; 行政规则 Art. 70;
 * 听证规定 Art. 10) is a period counted backwards from the hearing.
 *
 * Interpretation [U]: Art. 85 counting run backwards. The hearing day is the day the count starts
 * from, so it is not counted; the `days` days before it are. A notice is in time when given on or
 * before hearing − days: hearing on 10 Oct, 3 days → the counted days are 9, 8 and 7 Oct, so
 * the notice goes out by 7 Oct. The stricter "three clear days between" reading (notice by 6 Oct)
 * is not used; raise `hearing.notice` to 4 in configuration to get it.
 * Art. 85's holiday extension is not applied: it gives a party more time, and moving a notify-by
 * date later would shorten the notice. Legality (`isNoticeInTime`) needs no calendar; planning
 * (`latestNoticeDate`) moves back to a working day because the office sends notices on those.
 */
import type { HolidayCalendar } from './holidayCalendar';
import { addDays } from './isoDate';
import type { IsoDate } from './isoDate';

/** A longer advance notice than this is a typo, not a rule. */
const MAX_NOTICE_DAYS = 60;

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_NOTICE_DAYS) {
    throw new RangeError(`Invalid notice period: ${String(days)} days`);
  }
}

/** True when a notice given on `noticeDate` is at least `days` days before `hearingDate`. */
export function isNoticeInTime(noticeDate: IsoDate, hearingDate: IsoDate, days: number): boolean {
  checkDays(days);
  return noticeDate <= addDays(hearingDate, -days);
}

/**
 * The last working day on which the notice can go out and still be in time: hearing − days,
 * moved back past rest days (a notice on the rest day itself would still be legal).
 */
export function latestNoticeDate(
  hearingDate: IsoDate,
  days: number,
  calendar: HolidayCalendar,
): IsoDate {
  checkDays(days);
  let date = addDays(hearingDate, -days);
  for (let step = 0; !calendar.isWorkingDay(date); step++) {
    if (step > MAX_NOTICE_DAYS) throw new RangeError('No working day before the hearing');
    date = addDays(date, -1);
  }
  return date;
}
