/**
 * Whether a hearing notice came early enough (民事规则 Art. 56; 行政规则 Art. 70; 听证规定: notify
 * 3 days before). The app passes its own computed result to the guard; this helper lets anyone
 * decide from the two dates alone.
 *
 * Counting (CPL Art. 85): the notice day is not counted and the hearing day is. A notice on the
 * 1st for a hearing on the 4th gives 3 days (2nd, 3rd, 4th): in time for a 3-day minimum; a
 * notice on the 2nd is late. Holidays do not move the hearing date, so calendar days are used.
 * A stricter reading (3 clear days between) is a `minimumDays` of 4 [U].
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const check = new Date(ms);
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(m) - 1) {
    throw new RangeError(`no such date: ${date}`);
  }
  return ms / 86_400_000;
}

/** Calendar days from `from` to `to`, not counting `from` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function isNoticeInTime(noticeDate: string, hearingDate: string, minimumDays = 3): boolean {
  return calendarDaysBetween(noticeDate, hearingDate) >= minimumDays;
}
