/** How the values of a type-specific card read on the case page and in the list. */
import type { TFunction } from 'i18next';
import {
  CARD_FIELDS,
  KEY_FIGURES,
  type CardField,
  type CaseCardKind,
  type CaseTypeDetails,
} from '../../../../src-shared/domain/caseTypeDetails';

/** Yuan with the fen, e.g. "¥86,400.50" (zh-CN) / "CN¥86,400.50" (en). */
export function formatYuan(yuan: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY' }).format(yuan);
}

export function formatCardValue(
  kind: CaseCardKind,
  field: CardField,
  value: unknown,
  t: TFunction,
  lang: string,
): string {
  if (typeof value === 'number') {
    if (field.type === 'yuan') return formatYuan(value, lang);
    const unit = t(`caseCard.unit.${field.key}`, { defaultValue: '' });
    return `${new Intl.NumberFormat(lang).format(value)} ${unit}`.trim();
  }
  if (typeof value !== 'string') return '';
  return field.type === 'choice' ? t(`caseCard.${kind}.${field.key}Options.${value}`) : value;
}

export function valueOf(details: CaseTypeDetails, key: string): unknown {
  return (details as Record<string, unknown>)[key];
}

/** The card's key figures in one short line for the case list, e.g. "12 人 · 欠薪 ¥86,400.00". */
export function keyFigureLine(
  details: CaseTypeDetails | undefined,
  t: TFunction,
  lang: string,
): string {
  if (!details) return '';
  const { kind } = details;
  return KEY_FIGURES[kind]
    .flatMap((key) => {
      const field = CARD_FIELDS[kind].find((f) => f.key === key);
      const value = valueOf(details, key);
      if (!field || value === undefined) return [];
      const text = formatCardValue(kind, field, value, t, lang);
      return [field.type === 'yuan' ? `${t(`caseCard.short.${key}`)} ${text}` : text];
    })
    .join(' · ');
}
