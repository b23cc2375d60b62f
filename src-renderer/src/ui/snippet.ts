import { highlightRanges } from '../search';

/**
 * The part of a long text around its first match, so a row can show why a case was found when
 * the match is in the facts rather than the title.
 */
export function snippetAround(text: string, terms: readonly string[], radius = 24): string | null {
  if (terms.length === 0 || !text) return null;
  const first = highlightRanges(text, terms)[0];
  if (!first) return null;
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(text.length, first[1] + radius * 2);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}
