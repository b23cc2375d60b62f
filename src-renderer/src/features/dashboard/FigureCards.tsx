import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitFigures } from '../../../../src-shared/stats/unitFigures';
import { useShowCases } from './showCases';

export function Figure(props: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  onClick: () => void;
}) {
  return (
    <UnstyledButton onClick={props.onClick} aria-label={props.label}>
      <Paper withBorder p="sm" h="100%">
        <Text size="xs" c="dimmed">
          {props.label}
        </Text>
        <Text fw={700} size="xl" data-testid="figure-value">
          {props.value}
        </Text>
        {props.note ? (
          <Text size="xs" c="dimmed">
            {props.note}
          </Text>
        ) : null}
      </Paper>
    </UnstyledButton>
  );
}

/** The chart series: data key, i18n key of its label, colour. */
const scopes = [
  ['unit', 'workbench.unit', 'blue.6'],
  ['mine', 'workbench.mine', 'teal.6'],
] as const;
const monthSeries = [
  ['lastMonth', 'workbench.lastMonth', 'gray.5'],
  ['thisMonth', 'workbench.thisMonth', 'blue.6'],
] as const;

/**
 * The headline figures: cases, this month against last, steps overdue and due soon, assistance
 * decided and paid. Every figure opens the case list filtered to what it counts; the step figures
 * count the user's cases with a step in the bucket (stepDeadlines.ts), as the list's filter does.
 */
export function FigureCards({ figures, userId }: { figures: UnitFigures; userId: string }) {
  const { t, i18n } = useTranslation();
  const show = useShowCases();
  const { unit, mine } = figures;
  const yuan = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'CNY' });
  const monthNote = (
    pair: { thisMonth: number; lastMonth: number },
    format: (n: number) => string = String,
  ) =>
    t('workbench.monthNote', {
      thisMonth: format(pair.thisMonth),
      lastMonth: format(pair.lastMonth),
    });
  const assistance = { caseType: 'judicialAssistance' };
  const months = [
    {
      month: t('workbench.lastMonth'),
      unit: unit.receivedByMonth.lastMonth,
      mine: mine.receivedByMonth.lastMonth,
    },
    {
      month: t('workbench.thisMonth'),
      unit: unit.receivedByMonth.thisMonth,
      mine: mine.receivedByMonth.thisMonth,
    },
  ];
  // Beyond cases received: what the unit decided and paid, this month against last.
  const compare = [
    { figure: t('workbench.monthFigure.received'), ...unit.receivedByMonth },
    { figure: t('workbench.monthFigure.decided'), ...unit.assistance.decidedCountByMonth },
    { figure: t('workbench.monthFigure.paid'), ...unit.assistance.paidCountByMonth },
  ];
  const charts = [
    { label: 'workbench.receivedByMonth', data: months, dataKey: 'month', series: scopes },
    { label: 'workbench.monthCompare', data: compare, dataKey: 'figure', series: monthSeries },
  ] as const;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure
          label={t('workbench.figure.unitCases')}
          value={unit.cases.total}
          note={monthNote(unit.receivedByMonth)}
          onClick={() => show({})}
        />
        <Figure
          label={t('workbench.figure.myCases')}
          value={mine.cases.total}
          note={monthNote(mine.receivedByMonth)}
          onClick={() => show({ handlerId: userId })}
        />
        <Figure
          label={t('workbench.figure.myOverdue')}
          value={mine.steps.overdue}
          note={t('workbench.unitNote', { count: unit.steps.overdue })}
          onClick={() => show({ deadline: 'overdue', handlerId: userId })}
        />
        <Figure
          label={t('workbench.figure.myDueSoon')}
          value={mine.steps.dueSoon}
          note={t('workbench.unitNote', { count: unit.steps.dueSoon })}
          onClick={() => show({ deadline: 'dueSoon', handlerId: userId })}
        />
        <Figure
          label={t('workbench.figure.decided')}
          value={yuan.format(unit.assistance.decidedAmount)}
          note={monthNote(unit.assistance.decidedAmountByMonth, (n) => yuan.format(n))}
          onClick={() => show(assistance)}
        />
        <Figure
          label={t('workbench.figure.paid')}
          value={yuan.format(unit.assistance.paidAmount)}
          note={monthNote(unit.assistance.paidAmountByMonth, (n) => yuan.format(n))}
          onClick={() => show(assistance)}
        />
        <Figure
          label={t('workbench.figure.myDecided')}
          value={yuan.format(mine.assistance.decidedAmount)}
          note={t('workbench.countNote', { count: mine.assistance.decidedCount })}
          onClick={() => show({ ...assistance, handlerId: userId })}
        />
        <Figure
          label={t('workbench.figure.myPaid')}
          value={yuan.format(mine.assistance.paidAmount)}
          note={t('workbench.countNote', { count: mine.assistance.paidCount })}
          onClick={() => show({ ...assistance, handlerId: userId })}
        />
      </SimpleGrid>
      {charts.map((c) => (
        <BarChart
          key={c.label}
          h={180}
          data={c.data}
          dataKey={c.dataKey}
          series={c.series.map(([name, label, color]) => ({ name, label: t(label), color }))}
          withLegend
          aria-label={t(c.label)}
        />
      ))}
    </Stack>
  );
}
