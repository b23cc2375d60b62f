/**
 * Local provisional case numbers: "<unit code>-<year>-<sequence>", e.g. "340102-2026-00017".
 *
 * Why we never make official numbers locally: the official case number (e.g. 皖…检民（行）监〔2024〕…号)
 * is issued by the national unified case-handling system (统一业务应用系统, DOMAIN.md §2.3, §7) when
 * the case is registered there. Its exact format is not published and the sequence is kept by that
 * system, so any number we produced could collide with, or contradict, the one of record; a
 * document carrying it would be wrong. We therefore show a provisional number that can never be
 * mistaken for an official one (digits and hyphens only), keep the official number as an opaque
 * string once it is known, and leave the number blank in generated drafts.
 *
 * The provisional number is a label for people, not an identity: the case id (UUIDv7) is. The
 * sequence is kept per device, so two devices of one unit can show the same provisional number.
 */
import { UNIT_CODE_PATTERN } from './unit';

export type ProvisionalNo = { unitCode: string; year: number; seq: number };

/** Sequences are padded to 5 digits so numbers sort as text within a year up to 99,999. */
const SEQ_WIDTH = 5;
const PROVISIONAL_NO_PATTERN = /^(\d{6})-(\d{4})-(\d{5,})$/;

/**
 * Formats a provisional number. Throws a RangeError on a malformed unit code, a year outside
 * 1000..9999 or a sequence that is not a positive safe integer: those are programming errors.
 */
export function formatProvisionalNo(unitCode: string, year: number, seq: number): string {
  if (!UNIT_CODE_PATTERN.test(unitCode)) throw new RangeError('unit code must be 6 digits');
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError('year must be a 4-digit integer');
  }
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError('seq must be a positive integer');
  return `${unitCode}-${year}-${String(seq).padStart(SEQ_WIDTH, '0')}`;
}

/** The parts of a provisional number, or null unless `value` is exactly what format would make. */
export function parseProvisionalNo(value: string): ProvisionalNo | null {
  const match = PROVISIONAL_NO_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, unitCode = '', yearText = '', seqText = ''] = match;
  const year = Number(yearText);
  const seq = Number(seqText);
  // Reject forms format never makes ("-000017", "-00000", year 0999) so parse/format round-trip.
  if (year < 1000 || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (seqText.length > SEQ_WIDTH && seqText.startsWith('0')) return null;
  return { unitCode, year, seq };
}

/**
 * Orders provisional numbers by unit, year, then numeric sequence, so "…-100000" comes after
 * "…-99999" (plain text order would not). Unparseable values sort last, by text.
 */
export function compareProvisionalNo(a: string, b: string): number {
  const pa = parseProvisionalNo(a);
  const pb = parseProvisionalNo(b);
  if (pa && pb) {
    if (pa.unitCode !== pb.unitCode) return pa.unitCode < pb.unitCode ? -1 : 1;
    return pa.year - pb.year || pa.seq - pb.seq;
  }
  if (pa) return -1;
  if (pb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
