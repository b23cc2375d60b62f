/** The specifics of a hearing refusal as lines: who has not signed, what is not checked. */
import type { TFunction } from 'i18next';
import { listLabelKey } from '../../../../src-shared/workflows';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function hearingRefusalDetails(
  d: Readonly<Record<string, unknown>>,
  t: TFunction,
): string[] {
  const lines: string[] = [];
  const unsigned = strings(d['unsigned']);
  if (unsigned.length > 0)
    lines.push(t('workflowsUi.hearing.unsigned', { names: unsigned.join('、') }));
  const unticked = strings(d['unticked']);
  if (unticked.length > 0) {
    const items = unticked.map((id) => t(listLabelKey('administrativeAgendaItem', id)));
    lines.push(t('workflowsUi.hearing.unticked', { items: items.join('、') }));
  }
  const names = strings(d['names']);
  if (names.length > 0)
    lines.push(t('workflowsUi.hearing.unselected', { names: names.join('、') }));
  if (typeof d['count'] === 'number' && typeof d['required'] === 'number') {
    lines.push(t('workflowsUi.hearing.panelSize', { count: d['count'], required: d['required'] }));
  }
  return lines;
}
