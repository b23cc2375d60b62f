/**
 * Masking of personal data (DESIGN.md §5; PIPL Art. 28 for bank accounts): lists show masked
 * values, and audit diffs store only masked values so the hash-chained, append-only audit log
 * never holds an ID number, phone or bank account in clear (it cannot be edited later).
 */
import { SENSITIVE_CARD_FIELDS } from './caseTypeDetails';

const MASK = '*';
const RESIDENT_ID_LIKE = /^\d{17}[\dXx]$/;
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;

function isAlphanumeric(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/**
 * Replaces every digit or letter except the last `keep` of them; separators stay. A value with
 * no more than `keep` of them is masked whole: showing it all would not be masking.
 */
function maskAllButLast(value: string, keep: number): string {
  let remaining = 0;
  for (const ch of value) if (isAlphanumeric(ch)) remaining++;
  const shown = remaining <= keep ? 0 : keep;
  let out = '';
  for (const ch of value) {
    if (isAlphanumeric(ch)) {
      out += remaining > shown ? MASK : ch;
      remaining--;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * "340102199003071234" → "340102********1234": the area code and the last four stay, the birth
 * date goes. Other identity numbers (passports, permits, credit codes) keep their last four only.
 */
export function maskIdNumber(value: string): string {
  const id = value.trim();
  if (RESIDENT_ID_LIKE.test(id)) return `${id.slice(0, 6)}${MASK.repeat(8)}${id.slice(14)}`;
  return maskAllButLast(id, 4);
}

/** Mobile "13812345678" → "138****5678"; landlines ("0551-62345678") keep their last four digits. */
export function maskPhone(value: string): string {
  const phone = value.trim();
  const compact = phone.replace(/[\s-]/g, '');
  if (MOBILE.test(compact)) {
    const local = compact.slice(-11);
    return `${local.slice(0, 3)}${MASK.repeat(4)}${local.slice(7)}`;
  }
  return maskAllButLast(phone, 4);
}

/** "6222 0212 3456 7890" → "**** **** **** 7890". */
export function maskBankAccount(value: string): string {
  return maskAllButLast(value.trim(), 4);
}

/**
 * "安徽省合肥市瑶海区长江东路1104号" → "安徽省合肥市***": the first six characters (province and city,
 * or city and district) say where without saying who lives there.
 */
export function maskAddress(value: string): string {
  const chars = Array.from(value.trim());
  return chars.length <= 6 ? MASK.repeat(3) : `${chars.slice(0, 6).join('')}${MASK.repeat(3)}`;
}

/** "1990-03-07" → "1990-**-**": the year tells an age group, the day identifies. */
export function maskBirthDate(value: string): string {
  return /^\d{4}-/.test(value) ? `${value.slice(0, 4)}-**-**` : MASK.repeat(3);
}

/**
 * Party fields that are personal data and never go to the audit log in clear (the device also
 * keeps them only encrypted: src-shared/security/sealedFields.ts).
 */
export const SENSITIVE_PARTY_FIELDS = [
  'idNumber',
  'phone',
  'address',
  'birthDate',
  'flags',
] as const;
export type SensitivePartyField = (typeof SENSITIVE_PARTY_FIELDS)[number];

/** Every key masked by `redactCaseForAudit`, with its masking function. */
const MASKERS = new Map<string, (value: string) => string>(
  Object.entries({
    idNumber: maskIdNumber,
    phone: maskPhone,
    address: maskAddress,
    birthDate: maskBirthDate,
    bankAccount: maskBankAccount,
  } satisfies Record<
    Exclude<SensitivePartyField, 'flags'> | 'bankAccount',
    (value: string) => string
  >),
);

/**
 * Vulnerability flags (disability, minor) are health and minors' data (PIPL Art. 28): the audit
 * keeps only how many there were.
 */
function maskFlags(value: readonly unknown[]): string {
  return `${MASK.repeat(3)}(${String(value.length)})`;
}

/** The vulnerable person's card fields are masked whole: no part of them is harmless. */
const MASKED_WHOLE: ReadonlySet<string> = new Set(SENSITIVE_CARD_FIELDS);

function redactObject(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const mask = MASKERS.get(key);
    out[key] =
      key === 'flags' && Array.isArray(inner)
        ? maskFlags(inner)
        : MASKED_WHOLE.has(key) && typeof inner === 'string'
          ? MASK.repeat(3)
          : mask && (typeof inner === 'string' || typeof inner === 'number')
            ? mask(String(inner))
            : redactValue(inner);
  }
  return out;
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value === null || typeof value !== 'object') return value;
  return redactObject(value);
}

/**
 * A copy of a case patch (or any audit diff built from one) with ID numbers, phones, addresses,
 * birth dates, vulnerability flags and bank accounts masked. The input is not changed.
 *
 * The party fields are masked wherever they appear, not only directly inside `parties`: a diff
 * may wrap values as `{ before, after }`, and the agent's phone is personal data too. Masking a
 * key that happens to hold something public (an organisation's credit code) costs nothing.
 */
export function redactCaseForAudit(
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return redactObject(patch);
}
