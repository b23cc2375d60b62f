/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z):
 * registration authority, organisation type, 6-digit division code, 9-character organisation
 * code, and a check character (MOD 31).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character the first 17 characters call for, or null if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Whether `value` is a well-formed credit code with a correct check character. */
export function isValidCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  return code.length === 18 && creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17);
}
