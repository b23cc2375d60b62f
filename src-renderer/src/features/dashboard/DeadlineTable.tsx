import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { workflowCatalog } from '../../../../src-shared/workflows';
import { formatDate } from '../../ui/formatDate';
import { DEADLINE_COLORS } from '../workflows';
import type { DeadlineItem } from './deadlineBuckets';

/** One list of deadlines: the case (a link), the workflow and step, the date, the time left. */
export function DeadlineTable({ items, label }: { items: readonly DeadlineItem[]; label: string }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('dashboard.empty')}
      </Text>
    );
  }
  return (
    <Table striped aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.column.case')}</Table.Th>
          <Table.Th>{t('dashboard.column.workflow')}</Table.Th>
          <Table.Th>{t('dashboard.column.step')}</Table.Th>
          <Table.Th>{t('dashboard.column.due')}</Table.Th>
          <Table.Th>{t('dashboard.column.left')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const def = item.step && workflowCatalog[item.step.kind];
          return (
            <Table.Tr key={item.workflowId}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${item.caseId}`}>
                  {item.caseTitle}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.provisionalNo}
                </Text>
              </Table.Td>
              <Table.Td>{def ? t(def.titleKey) : t('dashboardReminders.caseLevel')}</Table.Td>
              <Table.Td>
                {def && item.step
                  ? t(def.states[item.step.state]?.titleKey ?? item.step.state)
                  : t(`dashboardReminders.limit.${item.due.limitId}`)}
              </Table.Td>
              <Table.Td>{formatDate(item.due.due, i18n.language)}</Table.Td>
              <Table.Td>
                <Badge color={DEADLINE_COLORS[item.remaining.state]} variant="light">
                  {t(`workflowsUi.due.state.${item.remaining.state}`, {
                    count: Math.abs(item.remaining.workingDaysLeft),
                    days: Math.abs(item.remaining.daysLeft),
                  })}
                </Badge>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
