/**
 * Reads a 台账's money cell as yuan to the fen. County ledgers write amounts in yuan ("36,000.50",
 * "3000元") or in 万元, said in the header ("欠薪金额（万元）") or in the cell ("8.64万元").
 * 万元 are converted with integer arithmetic on the written digits, never by multiplying a
 * float: 8.64 万元 is 86,400.00 yuan, not 86400.00000000001.
 */
import type { Cell, Message, Result } from './ledgerTypes';

const WAN = '万元';
/** The written number: sign, digits with thousands separators, decimals, unit. */
const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?(万元|万|元)?$/;

/** Whether a column's header says its amounts are in 万元 (brackets and spaces as written). */
export function headerSaysWan(header: string): boolean {
  return header.normalize('NFKC').replace(/\s/g, '').includes(WAN);
}

/** A JS number as its shortest decimal text, never in exponent form. */
function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  return /e/i.test(text) ? null : text;
}

/** Exact fen of `sign digits.decimals × 10^shift`, or null when it is not a whole fen. */
function toFen(sign: string, whole: string, decimals: string, shift: number): bigint | null {
  const scaled = BigInt(whole + decimals) * 10n ** BigInt(shift + 2);
  const divisor = 10n ** BigInt(decimals.length);
  if (scaled % divisor !== 0n) return null;
  const fen = scaled / divisor;
  return sign === '-' ? -fen : fen;
}

/** Fen as the yuan text a card field is assigned from ("86400", "12.5", "-3.07"). */
export function fenToYuanText(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const yuan = (abs / 100n).toString();
  const cents = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return sign + yuan + (cents ? `.${cents}` : '');
}

/**
 * The amount of a cell in yuan, as text. `inWan` says the column's header is in 万元; a unit in
 * the cell itself wins ("3000元" in a 万元 column is 3,000 yuan).
 */
export function readYuan(cell: Cell, inWan: boolean): Result<string, Message> {
  const raw =
    typeof cell === 'number'
      ? numberText(cell)
      : typeof cell === 'string'
        ? cell.normalize('NFKC').trim()
        : null;
  const shown = raw ?? String(cell);
  const notAmount = {
    ok: false,
    error: { key: 'ledgerImport.row.notAmount', params: { value: shown } },
  } as const;
  if (raw === null) return notAmount;
  const match = AMOUNT.exec(raw.replace(/[,\s]/g, ''));
  if (!match) return notAmount;
  const [, sign = '', whole = '', decimals = '', unit] = match;
  const wan = unit === undefined ? inWan : unit !== '元';
  const fen = toFen(sign, whole, decimals, wan ? 4 : 0);
  if (fen === null) {
    return { ok: false, error: { key: 'ledgerImport.row.belowFen', params: { value: shown } } };
  }
  return { ok: true, value: fenToYuanText(fen) };
}
