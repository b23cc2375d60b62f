/**
 * PRC resident identity numbers (GB 11643-1999): 6-digit area code, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'format' | 'region' | 'birthDate' | 'checksum';

/**
 * The province-level codes (GB/T 2260) an ID number starts with; 71/81/82 for Taiwan, Hong Kong
 * and Macao, 83 for the residence permits of Taiwan residents.
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

const isKnownRegion = (id: string) => PROVINCES.has(Number(id.slice(0, 2)));

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return (
    y >= 1900 &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d
  );
}

/** The check character the first 17 digits call for. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Why an ID number is invalid, or null when it is valid. Lower-case x is accepted. */
export function checkResidentId(value: string): ResidentIdProblem | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!isKnownRegion(id)) return 'region';
  if (!isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) {
    return 'birthDate';
  }
  return residentIdCheckChar(id) === id[17] ? null : 'checksum';
}

/**
 * The first problem an ID number being typed already has, so the form can say so at once:
 * a wrong character, an unknown province, a month or day that cannot be, a wrong check
 * character. Null while what is there can still become a valid number.
 */
export function checkResidentIdAsTyped(value: string): ResidentIdProblem | null {
  const id = value.trim().toUpperCase();
  if (id.length === 18 || !/^\d{0,17}$/.test(id)) return id === '' ? null : checkResidentId(id);
  if (id.length >= 2 && !isKnownRegion(id)) return 'region';
  if (id.length >= 12 && (Number(id.slice(10, 12)) < 1 || Number(id.slice(10, 12)) > 12)) {
    return 'birthDate';
  }
  if (
    id.length >= 14 &&
    !isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))
  ) {
    return 'birthDate';
  }
  return null;
}

/** Birth date and sex a valid ID number encodes (the 17th digit is odd for men), else null. */
export function residentIdFacts(
  value: string,
): { birthDate: string; sex: 'male' | 'female' } | null {
  const id = value.trim().toUpperCase();
  if (checkResidentId(id) !== null) return null;
  return {
    birthDate: birthDateFromResidentId(id),
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** The birth date (YYYY-MM-DD) a valid resident ID encodes. */
export function birthDateFromResidentId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
