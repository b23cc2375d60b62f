/**
 * Builds the 台账 columns of a type-specific case card (caseTypeDetails.ts): each puts its value
 * on the row's card of that kind, made on first use. A row filling columns of two different cards
 * is refused by checkLedger (a case has one card).
 */
import type { CaseCardKind, CaseTypeDetails } from '../domain/caseTypeDetails';
import type { CardDraft, LedgerField } from './ledgerFields';

type CardOf<K extends CaseCardKind> = Extract<CaseTypeDetails, { kind: K }>;
export type CardKey<K extends CaseCardKind> = Exclude<keyof CardOf<K>, 'kind'> & string;

/** How a card column's cell is read: text, a head count, yuan, a quantity, or a listed choice. */
export type CardCell =
  | { kind: 'text' }
  | { kind: 'number'; whole: boolean }
  | { kind: 'yuan' }
  | { kind: 'choice'; values: readonly string[] };

export const TEXT: CardCell = { kind: 'text' };
export const COUNT: CardCell = { kind: 'number', whole: true };
export const QUANTITY: CardCell = { kind: 'number', whole: false };
export const YUAN: CardCell = { kind: 'yuan' };
export const choiceOf = (values: readonly string[]): CardCell => ({ kind: 'choice', values });

function cardOf<K extends CaseCardKind>(draft: CardDraft, kind: K): CardOf<K> {
  if (draft.typeDetails?.kind !== kind) draft.typeDetails = { kind } as CardOf<K>;
  return draft.typeDetails as CardOf<K>;
}

/** The card kind a field key (`housing.amountInvolved`) belongs to, if it is a card column. */
export function cardKindOfField(key: string): string | undefined {
  const dot = key.indexOf('.');
  return dot > 0 ? key.slice(0, dot) : undefined;
}

/** One column of the `kind` card, suggested by `headers` (Chinese first). */
export function cardField<K extends CaseCardKind>(
  kind: K,
  field: CardKey<K>,
  cell: CardCell,
  headers: readonly string[],
): LedgerField {
  const numeric = cell.kind === 'number' || cell.kind === 'yuan';
  const read =
    cell.kind === 'choice'
      ? { kind: 'choice' as const, card: kind, field, values: cell.values }
      : cell;
  return {
    ...read,
    key: `${kind}.${field}`,
    required: false,
    headers,
    assign: (draft, value) => {
      const card = cardOf(draft, kind) as unknown as Record<string, string | number>;
      card[field] = numeric ? Number(value) : value;
    },
  };
}
