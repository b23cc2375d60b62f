/**
 * Plain calendar dates written 'YYYY-MM-DD'. Legal periods count dates, not instants, so every
 * helper works on integer day numbers (days since 1970-01-01, the proleptic Gregorian calendar
 * as in UTC). Nothing here reads the clock or the machine's time zone, and no `Date` is built:
 * the conversions are Howard Hinnant's `days_from_civil` / `civil_from_days` in plain integers.
 */
import { z } from 'zod';

declare const brand: unique symbol;

/** A valid calendar date 'YYYY-MM-DD' (years 1000–9999). Build one with `parseIsoDate`. */
export type IsoDate = string & { readonly [brand]: 'IsoDate' };

/** A date split into its numbers; `month` is 1–12. */
export type DateParts = { readonly year: number; readonly month: number; readonly day: number };

/** ISO weekday: 1 = Monday (周一) … 6 = Saturday, 7 = Sunday (周日). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The one place a checked string becomes an IsoDate. */
function brandChecked(text: string): IsoDate {
  return text as IsoDate;
}

function splitText(text: string): DateParts | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidParts(parts) ? parts : undefined;
}

/** True when `text` is a real calendar date in 'YYYY-MM-DD' form (so '2025-02-29' is not). */
export function isIsoDate(text: string): text is IsoDate {
  return splitText(text) !== undefined;
}

/** Checks and brands `text`; throws a RangeError for anything but a real 'YYYY-MM-DD' date. */
export function parseIsoDate(text: string): IsoDate {
  if (!isIsoDate(text)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${text}`);
  return text;
}

/** Writes date parts as 'YYYY-MM-DD'; throws a RangeError when they are not a real date. */
export function formatIsoDate(parts: DateParts): IsoDate {
  if (!isValidParts(parts)) throw new RangeError(`Not a calendar date: ${JSON.stringify(parts)}`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return brandChecked(`${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`);
}

/** The numbers of a date. */
export function toDateParts(date: IsoDate): DateParts {
  const parts = splitText(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return parts;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = toDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const marchMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * marchMonth + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `dayNumber` days after 1970-01-01; throws outside years 1000–9999. */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`);
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const dayOfEra = z0 - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to − from` in days: positive when `to` is later. */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1, usable with `Array.prototype.sort`. 'YYYY-MM-DD' sorts as text. */
export function compareIsoDate(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** ISO weekday of `date`: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: IsoDate): Weekday {
  const mod = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
  return weekdays[mod] ?? 1;
}

/** True on Saturdays and Sundays (the ordinary 公休日). */
export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= 6;
}

/** The year of `date`. */
export function yearOf(date: IsoDate): number {
  return toDateParts(date).year;
}

/**
 * `date` moved by `months` calendar months, keeping the day number; when the target month is
 * shorter, its last day (民法典 Art. 202: 没有对应日的，月末日为期间的最后一日). Jan 31 + 1 → Feb 28/29.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const { year, month, day } = toDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, lastDay) });
}

/** `date` moved by whole years with the same month-end rule (Feb 29 + 1 year → Feb 28). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** The later of two dates. */
export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** zod schema for an IsoDate; the message is an i18n key like the case card's. */
export const isoDateSchema = z.custom<IsoDate>(
  (value) => typeof value === 'string' && isIsoDate(value),
  { error: 'validation.date' },
);
