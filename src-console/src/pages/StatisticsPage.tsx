/** 统计: the special action's statistics over the account's subtree; cases by focal point. */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatistics } from '../../../src-shared/stats/actionStatistics';
import { actionStatisticsSchema } from '../../../src-shared/stats/actionStatistics';
import { fetchJson } from '../api/api';
import { useErrorText } from './useErrorText';

export function StatisticsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [figures, setFigures] = useState<ActionStatistics | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    fetchJson('/statistics', actionStatisticsSchema).then(
      (read) => {
        if (isCurrent) setFigures(read);
      },
      (caught: unknown) => {
        if (isCurrent) setError(errorText(caught));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [errorText]);

  const byFocalPoint = (figures?.cases.byFocalPoint ?? []).map((row) => ({
    focalPoint: t(`consoleStatistics.focalPoint.${row.key}`, { defaultValue: row.key }),
    count: row.count,
  }));

  return (
    <Stack>
      <Title order={2}>{t('nav.statistics')}</Title>
      {error === null ? null : <Alert color="red">{error}</Alert>}
      {figures === null ? null : (
        <>
          <Text data-testid="statistics-total">
            {t('consoleStatistics.total', { count: figures.cases.total })}
          </Text>
          <Title order={3}>{t('consoleStatistics.byFocalPoint')}</Title>
          {byFocalPoint.length === 0 ? (
            <Text c="dimmed">{t('consoleStatistics.none')}</Text>
          ) : (
            <BarChart
              h={320}
              data={byFocalPoint}
              dataKey="focalPoint"
              series={[{ name: 'count', label: t('consoleStatistics.cases'), color: 'blue.6' }]}
              aria-label={t('consoleStatistics.byFocalPoint')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
