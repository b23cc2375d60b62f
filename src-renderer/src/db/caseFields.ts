/** The card part of a stored case, and which of its fields an edit changed. */
import {
  caseCardSchema,
  type CaseCard,
  type CaseRecord,
} from '../../../src-shared/domain/caseCard';
import { sameCanonicalJson } from './canonicalJson';

/** Top-level fields of the case card (what a person fills in), from the schema itself. */
export const CARD_KEYS = Object.keys(caseCardSchema.shape) as readonly (keyof CaseCard)[];

/** The card fields of a stored case, without the system fields. */
export function pickCard(record: CaseRecord): Partial<CaseCard> {
  const card: Partial<Record<keyof CaseCard, unknown>> = {};
  for (const key of CARD_KEYS) {
    if (record[key] !== undefined) card[key] = record[key];
  }
  return card as Partial<CaseCard>;
}

/** Card fields whose value differs (by canonical JSON, so key order never counts as a change). */
export function changedCardKeys(
  before: Partial<CaseCard>,
  after: Partial<CaseCard>,
): (keyof CaseCard)[] {
  // The same value (a string, a number, absent) is unchanged without building its JSON twice.
  return CARD_KEYS.filter(
    (key) => before[key] !== after[key] && !sameCanonicalJson(before[key], after[key]),
  );
}

/** Only the given fields of a card; a cleared optional field is carried as null for the wire. */
export function subset(
  card: Partial<CaseCard>,
  keys: readonly (keyof CaseCard)[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = card[key] ?? null;
  return out;
}

/** The card without top-level `undefined` members (zod keeps a key for an omitted optional field). */
export function compactCard(card: CaseCard): CaseCard {
  // Typed as unknown on purpose: the card type does not admit that zod leaves `undefined` in.
  const entries: [string, unknown][] = Object.entries(card);
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out as CaseCard;
}
