/**
 * Numbers and dates written the way procuratorial documents write them: article numbers in
 * Chinese numerals (第二百一十一条), the issuing date in Chinese digits (二〇二六年十一月二十九日),
 * and narrative dates in Arabic numerals (2026年10月8日).
 */
import { isIsoDate, toDateParts } from '../calendar/isoDate';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
/** Year digits are read one by one; zero is written 〇, not 零 (二〇二六年). */
const YEAR_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;
const MAX_INTEGER = 9999;

function digit(n: number): string {
  return DIGITS[n] ?? '';
}

/**
 * 1..9999 in Chinese numerals as used for article, paragraph and item numbers:
 * 11 → 十一, 110 → 一百一十, 211 → 二百一十一, 1010 → 一千零一十.
 * Throws a RangeError outside 1..9999 or for a non-integer: a caller error, not data.
 */
export function chineseInteger(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_INTEGER) {
    throw new RangeError(`chineseInteger takes an integer 1..${MAX_INTEGER}, got ${n}`);
  }
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digit(d) + unit;
  });
  // 10–19 are read 十, 十一 … when they lead the number (not 一十一).
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

/** A count before a measure word: 2 is 两 (两个月), every other number as chineseInteger. */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseInteger(n);
}

function checkedParts(isoDate: string): { year: number; month: number; day: number } {
  if (!isIsoDate(isoDate)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  return toDateParts(isoDate);
}

/** '2026-11-29' → '二〇二六年十一月二十九日', the form of the issuing date (落款日期). */
export function chineseDate(isoDate: string): string {
  const { year, month, day } = checkedParts(isoDate);
  const yearText = String(year)
    .split('')
    .map((d) => YEAR_DIGITS[Number(d)] ?? '')
    .join('');
  return `${yearText}年${chineseInteger(month)}月${chineseInteger(day)}日`;
}

/** '2026-10-08' → '2026年10月8日', the form of dates inside the text. */
export function arabicDate(isoDate: string): string {
  const { year, month, day } = checkedParts(isoDate);
  return `${year}年${month}月${day}日`;
}

/** '09:05' → '9时05分' (a time of day inside the text); throws on anything but HH:MM. */
export function clockTime(hhmm: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new RangeError(`Not a time of day (HH:MM): ${hhmm}`);
  return `${Number(match[1])}时${match[2] ?? '00'}分`;
}
