/** Per model: leads sent, looked at, converted (closed, with a result), dismissed — table and chart. */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModelFigures } from '../../../src-shared/console/leadFigures';

const COLUMNS = ['sent', 'seen', 'converted', 'dismissed', 'closed', 'withResult'] as const;

export function LeadFiguresPanel({ figures }: { figures: readonly ModelFigures[] }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <Stack gap="xs">
      <Title order={3}>{t('consoleLeads.figures.title')}</Title>
      {figures.length === 0 ? (
        <Text c="dimmed">{t('consoleLeads.figures.none')}</Text>
      ) : (
        <>
          <Table striped aria-label={t('consoleLeads.figures.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consoleLeads.import.model')}</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Th key={c}>{t(`consoleLeads.figures.${c}`)}</Table.Th>
                ))}
                <Table.Th>{t('consoleLeads.figures.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.map((row) => (
                <Table.Tr key={row.model} data-model={row.model}>
                  <Table.Td>{row.model}</Table.Td>
                  {COLUMNS.map((c) => (
                    <Table.Td key={c} data-figure={c}>
                      {row[c]}
                    </Table.Td>
                  ))}
                  <Table.Td>{percent.format(row.conversionRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <BarChart
            h={280}
            data={figures.map((row) => ({ ...row }))}
            dataKey="model"
            series={[
              { name: 'sent', label: t('consoleLeads.figures.sent'), color: 'blue.6' },
              { name: 'converted', label: t('consoleLeads.figures.converted'), color: 'teal.6' },
              { name: 'dismissed', label: t('consoleLeads.figures.dismissed'), color: 'gray.6' },
            ]}
            withLegend
            aria-label={t('consoleLeads.figures.title')}
          />
        </>
      )}
    </Stack>
  );
}
