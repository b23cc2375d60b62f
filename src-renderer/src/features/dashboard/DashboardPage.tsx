import { Alert, Group, Loader, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../src-shared/calendar';
import { useCurrentUser } from '../../app/useCurrentUser';
import { defaultCalendar } from '../../db/workflowDue';
import { ExportButton } from '../../ui/ExportButton';
import { todayIso } from '../../ui/formatDate';
import { BreakdownPanel } from './BreakdownPanel';
import { deadlineBuckets } from './deadlineBuckets';
import { DeadlineTable } from './DeadlineTable';
import { exportStatistics } from './exportStatistics';
import { FigureCards } from './FigureCards';
import { StateCountsTable } from './StateCountsTable';
import { useCaseReminders, useOpenWorkflows } from './useOpenWorkflows';
import { useUnitFigures } from './useUnitFigures';
import { WageArrearsCards } from './WageArrearsCards';

/**
 * The 工作台: the unit's and the signed-in user's figures with charts (each figure opens the
 * filtered case list), then the deadline lists across all cases and workflows by step.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const open = useOpenWorkflows();
  const reminders = useCaseReminders();
  const figures = useUnitFigures(user?.id);
  const buckets = useMemo(
    () =>
      open && reminders
        ? deadlineBuckets(open, todayIso() as IsoDate, defaultCalendar(), reminders)
        : undefined,
    [open, reminders],
  );
  if (!buckets || !figures || !user) return <Loader />;
  const section = (key: string, body: React.ReactNode, id?: string) => (
    <Paper withBorder p="md" component="section" aria-label={t(key)} id={id}>
      <Stack>
        <Title order={4}>{t(key)}</Title>
        {body}
      </Stack>
    </Paper>
  );
  const breakdowns = [
    {
      filter: 'focalPoint',
      list: 'byFocalPoint',
      prefix: 'codes.focalPoint',
      label: 'case.focalPoint',
    },
    { filter: 'caseType', list: 'byType', prefix: 'codes.caseType', label: 'case.caseType' },
    { filter: 'status', list: 'byStatus', prefix: 'codes.caseStatus', label: 'case.status' },
  ] as const;
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={2}>{t('workbench.title')}</Title>
        <ExportButton label={t('workbench.exportStats')} run={() => exportStatistics(figures, t)} />
      </Group>
      {buckets.assumedYears.length > 0 ? (
        <Alert color="yellow" title={t('dashboard.assumedTitle')}>
          {t('dashboard.assumed', { years: buckets.assumedYears.join('、') })}
        </Alert>
      ) : null}
      {section('workbench.figures', <FigureCards figures={figures} userId={user.id} />)}
      {section('workbench.wageArrears.title', <WageArrearsCards figures={figures} />)}
      {section(
        'workbench.breakdowns',
        <Tabs defaultValue="focalPoint" keepMounted={false}>
          <Tabs.List>
            {breakdowns.map((b) => (
              <Tabs.Tab key={b.filter} value={b.filter}>
                {t(b.label)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {breakdowns.map((b) => (
            <Tabs.Panel key={b.filter} value={b.filter} pt="sm">
              <BreakdownPanel
                filter={b.filter}
                codePrefix={b.prefix}
                unit={figures.unit.cases[b.list]}
                mine={figures.mine.cases[b.list]}
                userId={user.id}
                label={t(b.label)}
              />
            </Tabs.Panel>
          ))}
        </Tabs>,
      )}
      {section(
        'dashboard.overdue',
        <DeadlineTable items={buckets.overdue} label={t('dashboard.overdue')} />,
        'deadlines-overdue',
      )}
      {section(
        'dashboard.dueSoon',
        <DeadlineTable items={buckets.dueSoon} label={t('dashboard.dueSoon')} />,
        'deadlines-due-soon',
      )}
      {section('dashboard.counts', <StateCountsTable counts={buckets.counts} />)}
    </Stack>
  );
}
