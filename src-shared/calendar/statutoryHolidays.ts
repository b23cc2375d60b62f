/**
 * The holidays 《全国年节及纪念日放假办法》 Art. 2 itself fixes, for years the State Council has not
 * (yet) arranged with a notice. The notice adds bridging days and make-up working days
 * (调休) that no rule predicts, so a computed year stays `coverage: 'assumed'`; but the 办法's own
 * days are rest days whatever the notice later says, so a 2027 deadline must not end on 春节.
 *
 * Editions of Art. 2 (text read in stored reprints, see ./README.md) [S]:
 * - 2007 revision (国务院令第513号, from 2008-01-01): 春节 = 除夕、初一、初二; 劳动节 1 day.
 * - 2013 revision (from 2014-01-01): 春节 = 初一至初三; 劳动节 1 day.
 * - 2024 revision (2024-11-10, from 2025-01-01): 春节 = 除夕、初一至初三 (4 days); 劳动节 5-01、5-02.
 * In all three: 元旦 01-01, 清明 (the solar term's day), 端午 (五月初五), 中秋 (八月十五), 国庆 10-01..03.
 * Years before 2008 are not computed (no edition checked for them).
 */
import { Lunar, Solar } from 'lunar-typescript';
import type { HolidayKey } from './holidayTable';
import { addDays, parseIsoDate } from './isoDate';
import type { IsoDate } from './isoDate';

/** A day Art. 2 makes a holiday for every citizen. */
export type StatutoryHoliday = { readonly date: IsoDate; readonly holiday: HolidayKey };

/** The first year with a computed edition; earlier years get none. */
export const FIRST_COMPUTED_YEAR = 2008;

/** Beyond the holiday-table schema's range the lunar tables are not worth trusting. */
export const LAST_COMPUTED_YEAR = 2199;

type Edition = {
  /** Offsets from 正月初一 (−1 = 除夕). */
  springFestival: readonly number[];
  /** Days of May. */
  labourDay: readonly number[];
};

function editionFor(year: number): Edition {
  if (year >= 2025) return { springFestival: [-1, 0, 1, 2], labourDay: [1, 2] };
  if (year >= 2014) return { springFestival: [0, 1, 2], labourDay: [1] };
  return { springFestival: [-1, 0, 1], labourDay: [1] };
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) =>
  parseIsoDate(`${String(year)}-${pad(month)}-${pad(day)}`);
const fromSolar = (solar: Solar) => iso(solar.getYear(), solar.getMonth(), solar.getDay());
const lunarDay = (year: number, month: number, day: number) =>
  fromSolar(Lunar.fromYmd(year, month, day).getSolar());

/** 清明 is the solar term's day, which falls on 04-04, 04-05 or 04-06. */
function qingmingOf(year: number): IsoDate {
  const term = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明'];
  if (!term) throw new RangeError(`no 清明 found for ${String(year)}`);
  return fromSolar(term);
}

/**
 * The days Art. 2 fixes in `year` (in date order), or none outside the computed years. Pure: the
 * lunar dates come from the `lunar-typescript` tables.
 */
export function statutoryHolidaysOf(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_COMPUTED_YEAR || year > LAST_COMPUTED_YEAR) {
    return [];
  }
  const edition = editionFor(year);
  const newLunarYear = lunarDay(year, 1, 1);
  const days: StatutoryHoliday[] = [
    { date: iso(year, 1, 1), holiday: 'newYear' },
    ...edition.springFestival.map((offset) => ({
      date: addDays(newLunarYear, offset),
      holiday: 'springFestival' as const,
    })),
    { date: qingmingOf(year), holiday: 'qingming' },
    ...edition.labourDay.map((day) => ({ date: iso(year, 5, day), holiday: 'labourDay' as const })),
    { date: lunarDay(year, 5, 5), holiday: 'dragonBoat' },
    { date: lunarDay(year, 8, 15), holiday: 'midAutumn' },
    ...[1, 2, 3].map((day) => ({ date: iso(year, 10, day), holiday: 'nationalDay' as const })),
  ];
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
