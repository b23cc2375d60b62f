/**
 * Money written as documents and vouchers require: the figure in Arabic numerals and in Chinese
 * capital numerals (大写), by the rules of 《支付结算办法》 (正确填写票据和结算凭证的基本规定) and
 * 《会计基础工作规范》 Art. 52:
 * - 壹拾 is written in full (壹拾元整, not 拾元整);
 * - zeros inside the number are written once as 零 (壹拾万零壹拾元整);
 * - an amount ending in 元 or 角 ends with 整; an amount with 分 does not;
 * - 角 of 0 before a non-zero 分 is written 零 (叁佰贰拾伍元零肆分);
 * - when the 元 digit is 0 and 角 is not, 零 may be written or left out: we write it
 *   (壹仟陆佰捌拾元零叁角贰分), the first form the rules give.
 */

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
/** Units of each group of four digits, lowest first. */
const GROUP_UNITS = ['', '万', '亿'] as const;

/** The largest amount written: 9,999 亿 9,999 万 9,999 元 9 角 9 分. */
export const MAX_CAPITALS_AMOUNT = 999_999_999_999.99;

function capital(d: number): string {
  return CAPITAL_DIGITS[d] ?? '';
}

/** Amount in fen, or a RangeError when it is negative, not finite, too large or finer than fen. */
export function toFen(yuan: number): number {
  if (!Number.isFinite(yuan)) throw new RangeError(`Amount is not a finite number: ${yuan}`);
  if (yuan < 0) throw new RangeError(`Amount is negative: ${yuan}`);
  if (yuan > MAX_CAPITALS_AMOUNT) throw new RangeError(`Amount is too large: ${yuan}`);
  const fen = Math.round(yuan * 100);
  // 12345.67 * 100 is 1234567.0000000002 in binary floating point: allow that, reject 0.001.
  if (Math.abs(fen - yuan * 100) > 1e-6 * Math.max(1, Math.abs(yuan))) {
    throw new RangeError(`Amount has more than two decimals: ${yuan}`);
  }
  return fen;
}

/** True when `yuan` is a whole number of fen (at most two decimals). */
export function hasFenPrecision(yuan: number): boolean {
  const fen = Math.round(yuan * 100);
  return Number.isFinite(yuan) && Math.abs(fen - yuan * 100) <= 1e-6 * Math.max(1, Math.abs(yuan));
}

/** 0..9999 with 拾/佰/仟; a zero between digits is written once, trailing zeros not at all. */
function groupText(group: number): string {
  const digits = String(group).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += capital(d) + (SMALL_UNITS[3 - i] ?? '');
  });
  return out;
}

/** The whole-yuan part in capitals (positive integers only). */
function yuanText(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  let out = '';
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) continue;
    // A gap before this group (a lower group under 1000, or whole groups of zeros) reads 零.
    const hasHigher = out !== '';
    const skippedGroup = hasHigher && (groups[i + 1] ?? 0) === 0;
    if (hasHigher && (group < 1000 || skippedGroup)) out += '零';
    out += groupText(group) + (GROUP_UNITS[i] ?? '');
  }
  return out;
}

/**
 * 12345.6 → '壹万贰仟叁佰肆拾伍元陆角整'; 0 → '零元整'; 0.05 → '伍分'; 100010 → '壹拾万零壹拾元整'.
 * Without the 人民币 prefix. Throws a RangeError for a negative, non-finite, too large amount or
 * one with more than two decimals: money is never rounded silently.
 */
export function amountInChineseCapitals(amount: number): string {
  const fen = toFen(amount);
  const whole = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  if (fen === 0) return '零元整';
  let out = whole > 0 ? `${yuanText(whole)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  if (jiao > 0) {
    if (whole > 0 && whole % 10 === 0) out += '零';
    out += `${capital(jiao)}角`;
  } else if (whole > 0) {
    out += '零';
  }
  return fenDigit > 0 ? `${out}${capital(fenDigit)}分` : `${out}整`;
}

/** 36000 → '36,000.00': the figure with thousands separators and two decimals. */
export function yuanDigits(amount: number): string {
  const fen = toFen(amount);
  const whole = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(fen % 100).padStart(2, '0')}`;
}

/** 36000 → '人民币叁万陆仟元整（36,000.00元）', the way an amount is written in the text. */
export function amountPhrase(amount: number): string {
  return `人民币${amountInChineseCapitals(amount)}（${yuanDigits(amount)}元）`;
}
