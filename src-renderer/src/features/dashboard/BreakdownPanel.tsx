import { BarChart } from '@mantine/charts';
import { Button, Grid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from '../cases/caseListStore';
import type { CodeCount } from '../../../../src-shared/stats/unitFigures';
import { useShowCases } from './showCases';

type Props = {
  /** The case-list filter a code selects, e.g. 'focalPoint'. */
  filter: 'caseType' | 'focalPoint' | 'status';
  /** The code list's i18n prefix, e.g. 'codes.focalPoint'. */
  codePrefix: string;
  unit: readonly CodeCount[];
  mine: readonly CodeCount[];
  userId: string;
  label: string;
};

/**
 * One breakdown of the cases (focal point, type or status): a bar chart of the unit and the
 * user, and the same figures as a table whose every number opens the filtered case list (the
 * table is also what a keyboard or a screen reader uses).
 */
export function BreakdownPanel({ filter, codePrefix, unit, mine, userId, label }: Props) {
  const { t } = useTranslation();
  const show = useShowCases();
  const mineByCode = new Map(mine.map((c) => [c.code, c.count]));
  const data = unit.map((c) => ({
    code: c.code,
    label: t(`${codePrefix}.${c.code}`),
    unit: c.count,
    mine: mineByCode.get(c.code) ?? 0,
  }));
  if (data.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('workbench.noCases')}
      </Text>
    );
  }
  const figureButton = (count: number, filters: Partial<CaseFilters>, name: string) => (
    <Button variant="subtle" size="compact-sm" aria-label={name} onClick={() => show(filters)}>
      {count}
    </Button>
  );
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <BarChart
          h={Math.max(160, data.length * 34)}
          data={data}
          dataKey="label"
          orientation="vertical"
          yAxisProps={{ width: 150 }}
          series={[
            { name: 'unit', label: t('workbench.unit'), color: 'blue.6' },
            { name: 'mine', label: t('workbench.mine'), color: 'teal.6' },
          ]}
          withLegend
          barProps={(series) => ({
            cursor: 'pointer',
            onClick: (_: unknown, index: number) => {
              const code = data[index]?.code;
              if (code)
                show({ [filter]: code, ...(series.name === 'mine' ? { handlerId: userId } : {}) });
            },
          })}
          aria-label={label}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Table aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{label}</Table.Th>
              <Table.Th>{t('workbench.unit')}</Table.Th>
              <Table.Th>{t('workbench.mine')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((row) => (
              <Table.Tr key={row.code}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td>
                  {figureButton(
                    row.unit,
                    { [filter]: row.code },
                    t('workbench.showUnit', { what: row.label, count: row.unit }),
                  )}
                </Table.Td>
                <Table.Td>
                  {figureButton(
                    row.mine,
                    { [filter]: row.code, handlerId: userId },
                    t('workbench.showMine', { what: row.label, count: row.mine }),
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
    </Grid>
  );
}
