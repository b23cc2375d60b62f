import { Alert, Loader, Paper, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../src-shared/calendar';
import { defaultCalendar } from '../../db/workflowDue';
import { todayIso } from '../../ui/formatDate';
import { deadlineBuckets } from './deadlineBuckets';
import { DeadlineTable } from './DeadlineTable';
import { StateCountsTable } from './StateCountsTable';
import { useCaseReminders, useOpenWorkflows } from './useOpenWorkflows';

/** Deadlines across all cases: due within 3 working days, overdue, and workflows by step. */
export function DashboardPage() {
  const { t } = useTranslation();
  const open = useOpenWorkflows();
  const reminders = useCaseReminders();
  const buckets = useMemo(
    () =>
      open && reminders
        ? deadlineBuckets(open, todayIso() as IsoDate, defaultCalendar(), reminders)
        : undefined,
    [open, reminders],
  );
  if (!buckets) return <Loader />;
  const section = (key: string, body: React.ReactNode) => (
    <Paper withBorder p="md" component="section" aria-label={t(key)}>
      <Stack>
        <Title order={4}>{t(key)}</Title>
        {body}
      </Stack>
    </Paper>
  );
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('dashboard.title')}</Title>
      {buckets.assumedYears.length > 0 ? (
        <Alert color="yellow" title={t('dashboard.assumedTitle')}>
          {t('dashboard.assumed', { years: buckets.assumedYears.join('、') })}
        </Alert>
      ) : null}
      {section(
        'dashboard.overdue',
        <DeadlineTable items={buckets.overdue} label={t('dashboard.overdue')} />,
      )}
      {section(
        'dashboard.dueSoon',
        <DeadlineTable items={buckets.dueSoon} label={t('dashboard.dueSoon')} />,
      )}
      {section('dashboard.counts', <StateCountsTable counts={buckets.counts} />)}
    </Stack>
  );
}
