import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_TABLES,
  addDays,
  buildCalendar,
  countWorkingDays,
  parseIsoDate,
} from '../../../src-shared/calendar';
import type { HolidayKey } from '../../../src-shared/calendar';

const d = parseIsoDate;
const calendar = buildCalendar(CN_HOLIDAY_TABLES);

type Kind = 'holiday' | 'makeUp' | 'weekend' | 'workday';

/** Expected status of one day, typed from the notices (see src-shared/calendar/holidays). */
const DAYS: readonly [date: string, kind: Kind, holiday?: HolidayKey][] = [
  // 2024 — 国办发明电〔2023〕7号
  ['2024-01-01', 'holiday', 'newYear'],
  ['2024-02-04', 'makeUp'], // Sunday
  ['2024-02-09', 'workday'], // 除夕: leave only "encouraged", officially a working day
  ['2024-02-10', 'holiday', 'springFestival'],
  ['2024-02-13', 'holiday', 'springFestival'],
  ['2024-02-17', 'holiday', 'springFestival'],
  ['2024-02-18', 'makeUp'], // Sunday
  ['2024-02-19', 'workday'],
  ['2024-04-07', 'makeUp'],
  ['2024-05-11', 'makeUp'], // Saturday
  ['2024-06-10', 'holiday', 'dragonBoat'],
  ['2024-09-14', 'makeUp'],
  ['2024-10-07', 'holiday', 'nationalDay'],
  ['2024-10-12', 'makeUp'],
  // 2025 — 国办发明电〔2024〕12号
  ['2025-01-01', 'holiday', 'newYear'],
  ['2025-01-26', 'makeUp'],
  ['2025-01-28', 'holiday', 'springFestival'], // 除夕, statutory from 2025
  ['2025-02-04', 'holiday', 'springFestival'],
  ['2025-02-08', 'makeUp'],
  ['2025-04-27', 'makeUp'],
  ['2025-05-05', 'holiday', 'labourDay'],
  ['2025-06-02', 'holiday', 'dragonBoat'],
  ['2025-09-27', 'weekend'], // Saturday before the make-up Sunday
  ['2025-09-28', 'makeUp'], // Sunday
  ['2025-09-30', 'workday'],
  ['2025-10-01', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-02', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-03', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-04', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-05', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-06', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-07', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-08', 'holiday', 'nationalDayMidAutumn'],
  ['2025-10-09', 'workday'],
  ['2025-10-11', 'makeUp'], // Saturday
  ['2025-10-12', 'weekend'],
  // 2026 — 国办发明电〔2025〕7号
  ['2026-01-03', 'holiday', 'newYear'],
  ['2026-01-04', 'makeUp'],
  ['2026-02-13', 'workday'],
  ['2026-02-14', 'makeUp'], // Saturday
  ['2026-02-15', 'holiday', 'springFestival'],
  ['2026-02-23', 'holiday', 'springFestival'],
  ['2026-02-24', 'workday'],
  ['2026-02-28', 'makeUp'], // Saturday
  ['2026-05-09', 'makeUp'],
  ['2026-09-20', 'makeUp'],
  ['2026-09-27', 'holiday', 'midAutumn'],
  ['2026-10-10', 'makeUp'],
  // 2027 — no notice: the 放假办法's own days rest, other weekdays work, weekends rest
  ['2027-01-01', 'holiday', 'newYear'], // fixed by the 办法 even before a notice
  ['2027-01-02', 'weekend'],
  ['2027-01-04', 'workday'],
];

describe('official holiday calendar 2024–2026', () => {
  it.each(DAYS)('%s is %s', (date, kind, holiday) => {
    const day = d(date);
    expect(calendar.isWorkingDay(day)).toBe(kind === 'makeUp' || kind === 'workday');
    expect(calendar.isRestDay(day)).toBe(kind === 'holiday' || kind === 'weekend');
    expect(calendar.isStatutoryHoliday(day)).toBe(kind === 'holiday');
    expect(calendar.isMakeUpWorkday(day)).toBe(kind === 'makeUp');
    expect(calendar.holidayOn(day)).toBe(holiday);
  });

  // Hand count: weekdays of the year − weekday block days + make-up days.
  // 2024: 262 − 19 + 8; 2025: 261 − 18 + 5; 2026: 261 − 19 + 6.
  it.each([
    [2024, 251, 28],
    [2025, 248, 28],
    [2026, 248, 33],
  ])('%i has %i working days and %i statutory block days', (year, working, holidays) => {
    const start = d(`${String(year - 1)}-12-31`);
    expect(countWorkingDays(calendar, start, d(`${String(year)}-12-31`))).toBe(working);
    let blockDays = 0;
    for (let day = addDays(start, 1); day <= d(`${String(year)}-12-31`); day = addDays(day, 1)) {
      if (calendar.isStatutoryHoliday(day)) blockDays += 1;
    }
    expect(blockDays).toBe(holidays);
  });

  it('reports coverage and the source notice per year', () => {
    expect(calendar.officialYears).toEqual([2024, 2025, 2026]);
    expect(calendar.coverage(d('2026-12-31'))).toBe('official');
    expect(calendar.coverage(d('2027-01-01'))).toBe('assumed');
    expect(calendar.coverage(d('2023-12-29'))).toBe('assumed');
    expect(calendar.sourceOf(2024)?.documentNumber).toBe('国办发明电〔2023〕7号');
    expect(calendar.sourceOf(2025)?.documentNumber).toBe('国办发明电〔2024〕12号');
    expect(calendar.sourceOf(2026)?.documentNumber).toBe('国办发明电〔2025〕7号');
    expect(calendar.sourceOf(2027)).toBeUndefined();
  });
});
