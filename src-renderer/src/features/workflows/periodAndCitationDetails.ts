/**
 * Refusal details of the date rechecks (a period still running) and the citation check (the
 * current article number, the instrument in force) as lines for the refusal alert.
 */
import type { TFunction } from 'i18next';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;

export function periodAndCitationDetails(
  details: Readonly<Record<string, unknown>>,
  t: TFunction,
): string[] {
  const lines: string[] = [];
  const due = text(details['due']);
  const start = text(details['start']);
  if (due !== undefined && start !== undefined) {
    lines.push(t('workflowsUi.refusal.periodEnds', { start, due }));
  }
  const article = text(details['suggestedArticle']);
  const edition = text(details['currentEdition']);
  if (article !== undefined && edition !== undefined) {
    lines.push(t('workflowsUi.refusal.suggestedArticle', { article, edition }));
  }
  const successor = text(details['successor']);
  if (successor !== undefined) lines.push(t('workflowsUi.refusal.successor', { successor }));
  return lines;
}
