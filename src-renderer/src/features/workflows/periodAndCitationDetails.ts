/**
 * Refusal details of the date rechecks (a period still running) and the citation check (the
 * current article number, the instrument in force) and the extension maximum as lines for the refusal alert.
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
  const latest = text(details['latestLastDay']);
  const unit = text(details['maximumUnit']);
  if (latest !== undefined && unit !== undefined) {
    lines.push(
      t('workflowsUi.refusal.extensionMaximum', {
        amount: text(details['maximumAmount']),
        unit: t(`workflowsUi.due.unit.${unit}`),
        latest,
        requested: text(details['requestedLastDay']),
      }),
    );
  }
  const successor = text(details['successor']);
  if (successor !== undefined) lines.push(t('workflowsUi.refusal.successor', { successor }));
  return lines;
}
