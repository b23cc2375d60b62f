/**
 * Fictional people and organisations for demo cases: names rendered "张某" / "李某某" (as
 * published case documents do), resident IDs whose check character and birth date are right,
 * mobile and landline numbers, and unified social credit codes with valid check characters.
 */
import type { Rng } from './random';
import { residentIdCheckChar } from '../domain/residentId';
import { creditCodeCheckChar } from '../domain/creditCode';

/** Common surnames, the most frequent ones repeated so they come up more often. */
export const SURNAMES: readonly string[] = (
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程' +
  '苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝' +
  '龚邵万钱严武戴孔汤王李张刘陈杨王李张刘陈杨黄赵吴周'
).split('');

const MALE_GIVEN: readonly string[] = (
  '建国 建华 国强 志强 卫东 德胜 明亮 海波 永刚 俊杰 家宝 文军 大勇 长江 新民 保国 立新 ' +
  '春生 金山 学文 红兵 军 伟 强 磊 涛 斌 浩 鹏'
).split(' ');

const FEMALE_GIVEN: readonly string[] =
  '秀英 桂兰 玉兰 春梅 秀兰 丽 敏 静 艳 娟 芳 红梅 小红 淑珍 凤英 海燕 雪梅 晓燕 丽华 翠英'.split(
    ' ',
  );

/** "张某", "李某某" or, now and then, a fictional full name; `surname` keeps a family's name. */
export function personName(rng: Rng, isMale: boolean, surname = rng.pick(SURNAMES)): string {
  const r = rng.next();
  if (r < 0.5) return `${surname}某`;
  if (r < 0.85) return `${surname}某某`;
  return surname + rng.pick(isMale ? MALE_GIVEN : FEMALE_GIVEN);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 30);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A birth date in [minYear, maxYear] as "YYYY-MM-DD". */
export function birthDate(rng: Rng, minYear: number, maxYear: number): string {
  const year = rng.int(minYear, maxYear);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * A resident ID (GB 11643) for the area, birth date ("YYYY-MM-DD") and sex: the 17th digit is odd
 * for men and even for women, and the check character is computed.
 */
export function residentId(rng: Rng, areaCode: string, birth: string, isMale: boolean): string {
  const order = rng.int(0, 49) * 2 + (isMale ? 1 : 0);
  const seq = `${rng.int(0, 9)}${pad2(order)}`;
  const first17 = `${areaCode}${birth.slice(0, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

const MOBILE_PREFIXES: readonly string[] = (
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 177 ' +
  '180 181 182 183 185 186 187 188 189 191 195 198 199'
).split(' ');

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

/** A mobile number "1[3-9]xxxxxxxxx". */
export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

/** A landline "0551-62345678" (8-digit local numbers never start with 0 or 1). */
export function landline(rng: Rng, areaCode: string): string {
  return `${areaCode}-${rng.int(2, 8)}${digits(rng, 7)}`;
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** A 9-character organisation code (GB 11714): 8 digits and its MOD 11 check character. */
function organisationCode(rng: Rng): string {
  const body = digits(rng, 8);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (ORG_CODE_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * A unified social credit code: "91" (enterprise registered with market regulation) or "11"
 * (organ of state), the division code, an organisation code and the MOD 31 check character.
 */
export function creditCode(rng: Rng, areaCode: string, isStateOrgan: boolean): string {
  const first17 = `${isStateOrgan ? '11' : '91'}${areaCode}${organisationCode(rng)}`;
  return first17 + (creditCodeCheckChar(first17) ?? '0');
}
