/**
 * 统计: the special action's statistics over the account's subtree or a unit chosen inside it,
 * every table of them with its chart and the months as lines, and the same tables as an Excel
 * file from the server.
 */
import '@mantine/charts/styles.css';
import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitTreeNode } from '../../../src-shared/console/consoleApi';
import { unitTreeResponseSchema } from '../../../src-shared/console/consoleApi';
import {
  STATISTICS_EXPORT_PATH,
  STATISTICS_PATH,
  statisticsQuery,
} from '../../../src-shared/console/statisticsApi';
import { actionStatisticsSheets } from '../../../src-shared/export/actionStatisticsSheets';
import type { ActionStatistics } from '../../../src-shared/stats/actionStatistics';
import { actionStatisticsSchema } from '../../../src-shared/stats/actionStatistics';
import { download, fetchJson, saveBlob } from '../api/api';
import { useSession } from '../app/session';
import { FigureSection, TrendSection } from './StatisticsSections';
import { unitsInTreeOrder } from './UnitTree';
import { useErrorText } from './useErrorText';

export function StatisticsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { session } = useSession();
  const own = session.account.unit.code;
  const [units, setUnits] = useState<UnitTreeNode[]>([]);
  const [unit, setUnit] = useState(own);
  const [read, setRead] = useState<ActionStatistics | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isExporting, setExporting] = useState(false);
  const query = statisticsQuery(unit === own ? null : unit);

  useEffect(() => {
    let isCurrent = true;
    fetchJson('/units', unitTreeResponseSchema).then(
      (tree) => {
        if (isCurrent) setUnits(tree.units);
      },
      (caught: unknown) => {
        if (isCurrent) setError(errorText(caught));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [errorText]);

  useEffect(() => {
    let isCurrent = true;
    fetchJson(`${STATISTICS_PATH}${query}`, actionStatisticsSchema).then(
      (answer) => {
        if (!isCurrent) return;
        setRead(answer);
        setError(null);
      },
      (caught: unknown) => {
        if (isCurrent) setError(errorText(caught));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [query, errorText]);

  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const file = await download(`${STATISTICS_EXPORT_PATH}${query}`, 'statistics.xlsx');
      saveBlob(file.blob, file.name);
      setError(null);
    } catch (caught: unknown) {
      setError(errorText(caught));
    } finally {
      setExporting(false);
    }
  };

  // The figures of the unit chosen before stay until the chosen one's arrive: not shown meanwhile.
  const figures = read?.unit.code === unit ? read : null;
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const sheets =
    figures === null
      ? []
      : actionStatisticsSheets(figures, {
          t: (key) => t(key),
          title: '',
          unitName: (code) => unitNames.get(code) ?? code,
        });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('nav.statistics')}</Title>
        <Group align="flex-end">
          <Select
            label={t('consoleStatistics.scope')}
            data={unitsInTreeOrder(units).map(({ unit: u, depth }) => ({
              value: u.code,
              label: `${'\u3000'.repeat(depth)}${u.name}`,
            }))}
            value={unit}
            onChange={(value) => {
              if (value !== null) setUnit(value);
            }}
            allowDeselect={false}
            w={280}
          />
          <Button
            onClick={() => void exportWorkbook()}
            loading={isExporting}
            disabled={figures === null}
          >
            {t('consoleStatistics.export')}
          </Button>
        </Group>
      </Group>
      {error === null ? null : <Alert color="red">{error}</Alert>}
      {figures === null ? null : (
        <>
          <Group gap="lg">
            <Text data-testid="statistics-total" fw={500}>
              {t('consoleStatistics.total', { count: figures.cases.total })}
            </Text>
            <Text c="dimmed">{t('consoleStatistics.asOf', { date: figures.today })}</Text>
          </Group>
          {sheets.map((sheet) =>
            sheet.id === 'trends' ? (
              <TrendSection key={sheet.name} sheet={sheet} trends={figures.trends} />
            ) : (
              <FigureSection key={sheet.name} sheet={sheet} />
            ),
          )}
        </>
      )}
    </Stack>
  );
}
