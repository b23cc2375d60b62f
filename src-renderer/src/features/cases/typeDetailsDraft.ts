/**
 * The type-specific card in the case form: every field as the input holds it (a string), turned
 * into the domain's input only when saving, so caseTypeDetailsSchema judges every value.
 */
import {
  CARD_FIELDS,
  cardKindOf,
  type CardFieldType,
  type CaseTypeDetails,
} from '../../../../src-shared/domain/caseTypeDetails';

const NUMERIC: ReadonlySet<CardFieldType> = new Set(['count', 'yuan', 'quantity']);

/**
 * A typed number as a number: thousands separators and spaces (as a ledger writes "86,400.50")
 * are dropped; anything else that is not a number stays NaN for the schema to refuse.
 */
export function parseTypedNumber(text: string): number {
  const plain = text.replace(/[,，\s]/g, '');
  return plain === '' ? Number.NaN : Number(plain);
}

/**
 * The card of the focal point, with the empty fields left out; undefined when the focal point has
 * no card or nothing was filled in. Values typed for another focal point's card are dropped, so
 * changing the focal point never saves a card that does not belong to it.
 */
export function typeDetailsToInput(
  focalPoint: string,
  values: Readonly<Record<string, string>>,
): Record<string, unknown> | undefined {
  const kind = cardKindOf(focalPoint);
  if (!kind) return undefined;
  const out: Record<string, unknown> = { kind };
  let filled = 0;
  for (const field of CARD_FIELDS[kind]) {
    const text = values[field.key]?.trim() ?? '';
    if (text === '') continue;
    out[field.key] = NUMERIC.has(field.type) ? parseTypedNumber(text) : text;
    filled += 1;
  }
  return filled > 0 ? out : undefined;
}

export function typeDetailsToDraft(details: CaseTypeDetails | undefined): Record<string, string> {
  if (!details) return {};
  return Object.fromEntries(
    Object.entries(details as Record<string, unknown>).flatMap(([key, value]) =>
      key !== 'kind' && (typeof value === 'number' || typeof value === 'string')
        ? [[key, String(value)]]
        : [],
    ),
  );
}
