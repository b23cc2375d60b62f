import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { workflowCatalog } from '../../../../src-shared/workflows';
import type { StateCount } from './deadlineBuckets';

/** How many running workflows stand in each step. */
export function StateCountsTable({ counts }: { counts: readonly StateCount[] }) {
  const { t } = useTranslation();
  if (counts.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('dashboard.noWorkflows')}
      </Text>
    );
  }
  return (
    <Table striped aria-label={t('dashboard.counts')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.column.workflow')}</Table.Th>
          <Table.Th>{t('dashboard.column.step')}</Table.Th>
          <Table.Th>{t('dashboard.column.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {counts.map((c) => {
          const def = workflowCatalog[c.kind];
          return (
            <Table.Tr key={`${c.kind}.${c.state}`}>
              <Table.Td>{t(def.titleKey)}</Table.Td>
              <Table.Td>{t(def.states[c.state]?.titleKey ?? c.state)}</Table.Td>
              <Table.Td>{c.count}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
