/**
 * The tables of the 统计 page, each with its chart. They are the sheets of the export
 * (src-shared/export/actionStatisticsSheets), so the page and the workbook hold the same tables:
 * a table of figures beside a bar chart of its counts, and the months as two line charts.
 */
import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { XlsxCellKind, XlsxSheet, XlsxValue } from '../../../src-shared/export/xlsxWorkbook';
import type { MonthTrend } from '../../../src-shared/stats/actionStatistics';

function useCellText(): (kind: XlsxCellKind, value: XlsxValue) => string {
  const { i18n } = useTranslation();
  const integer = new Intl.NumberFormat(i18n.language);
  const yuan = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (kind, value) => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'string') return value;
    return kind === 'yuan' ? yuan.format(value) : integer.format(value);
  };
}

function SheetTable({ sheet }: { sheet: XlsxSheet }) {
  const cellText = useCellText();
  return (
    <Table striped aria-label={sheet.name}>
      <Table.Thead>
        <Table.Tr>
          {sheet.columns.map((column, i) => (
            <Table.Th key={column.header} ta={i === 0 ? undefined : 'right'}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sheet.rows.map((row, r) => (
          <Table.Tr key={String(row[0] ?? r)}>
            {sheet.columns.map((column, i) => (
              <Table.Td key={column.header} ta={i === 0 ? undefined : 'right'}>
                {cellText(column.kind, row[i])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A sheet of figures: its first column names them, its second counts them (the bars). */
export function FigureSection({ sheet }: { sheet: XlsxSheet }) {
  const { t } = useTranslation();
  const bars = sheet.rows.map((row) => ({
    label: String(row[0] ?? ''),
    count: typeof row[1] === 'number' ? row[1] : 0,
  }));
  return (
    <Paper withBorder p="md" data-testid={`statistics-${sheet.id ?? sheet.name}`}>
      <Title order={3} mb="sm">
        {sheet.name}
      </Title>
      {sheet.rows.length === 0 ? (
        <Text c="dimmed">{t('consoleStatistics.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <SheetTable sheet={sheet} />
          <BarChart
            h={Math.max(120, 36 * bars.length + 40)}
            data={bars}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 180 }}
            series={[{ name: 'count', label: sheet.columns[1]?.header ?? '', color: 'blue.6' }]}
            aria-label={sheet.name}
          />
        </SimpleGrid>
      )}
    </Paper>
  );
}

type TrendSeries = { name: keyof Omit<MonthTrend, 'month'>; color: string };

/** Some figures of the months as lines, under a caption that also names the chart. */
function TrendChart({
  caption,
  trends,
  series,
}: {
  caption: string;
  trends: readonly MonthTrend[];
  series: readonly TrendSeries[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={500}>{caption}</Text>
      <LineChart
        h={260}
        data={trends.map((m) => ({ ...m }))}
        dataKey="month"
        series={series.map((s) => ({ ...s, label: t(`actionStatsExport.figure.${s.name}`) }))}
        withLegend
        aria-label={caption}
      />
    </>
  );
}

/** The months: cases and decisions, then amounts, as lines; the sheet's table below them. */
export function TrendSection({
  sheet,
  trends,
}: {
  sheet: XlsxSheet;
  trends: readonly MonthTrend[];
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="statistics-trends">
      <Title order={3} mb="sm">
        {sheet.name}
      </Title>
      <Stack>
        <TrendChart
          caption={t('consoleStatistics.trendCounts')}
          trends={trends}
          series={[
            { name: 'casesRegistered', color: 'blue.6' },
            { name: 'decisions', color: 'teal.6' },
          ]}
        />
        <TrendChart
          caption={t('consoleStatistics.trendAmounts')}
          trends={trends}
          series={[
            { name: 'amountDecided', color: 'orange.6' },
            { name: 'amountPaid', color: 'grape.6' },
          ]}
        />
        <SheetTable sheet={sheet} />
      </Stack>
    </Paper>
  );
}
