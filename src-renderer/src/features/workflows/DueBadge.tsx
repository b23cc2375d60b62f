import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { remaining, type IsoDate } from '../../../../src-shared/calendar';
import { defaultCalendar } from '../../db/workflowDue';
import type { WorkflowDue } from '../../db/workflowRows';
import { formatDate, todayIso } from '../../ui/formatDate';
import { OverrideSourceBadge } from './OverrideSourceBadge';

/** Colours of where a due date stands: calm, warning, urgent. */
export const DEADLINE_COLORS = {
  ok: 'blue',
  dueSoon: 'orange',
  dueToday: 'orange',
  overdue: 'red',
} as const;

/** The current step's due date with how much time is left, and a warning on assumed calendars. */
export function DueBadge({ due }: { due: WorkflowDue | null }) {
  const { t, i18n } = useTranslation();
  if (!due) return null;
  const left = remaining({
    due: due.due as IsoDate,
    today: todayIso() as IsoDate,
    calendar: defaultCalendar(),
  });
  const date = formatDate(due.due, i18n.language);
  return (
    <Group gap="xs">
      <Badge color={DEADLINE_COLORS[left.state]} variant="light" size="lg">
        {t(due.direction === 'before' ? 'workflowsUi.due.latest' : 'workflowsUi.due.by', { date })}
        {' · '}
        {t(`workflowsUi.due.state.${left.state}`, {
          count: Math.abs(left.workingDaysLeft),
          days: Math.abs(left.daysLeft),
        })}
      </Badge>
      {due.coverage === 'assumed' || left.coverage === 'assumed' ? (
        <Tooltip label={t('workflowsUi.due.assumedHint')} multiline w={280}>
          <Badge color="yellow" variant="outline">
            {t('workflowsUi.due.assumed')}
          </Badge>
        </Tooltip>
      ) : null}
      <OverrideSourceBadge override={due.override} />
    </Group>
  );
}
