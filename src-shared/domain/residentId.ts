/**
 * PRC resident identity numbers (GB 11643-1999): 6-digit area code, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'format' | 'birthDate' | 'checksum';

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
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d
  ) {
    return 'birthDate';
  }
  return residentIdCheckChar(id) === id[17] ? null : 'checksum';
}

/** The birth date (YYYY-MM-DD) a valid resident ID encodes. */
export function birthDateFromResidentId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
