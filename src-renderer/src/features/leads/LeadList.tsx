import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadRow } from '../../db/rowTypes';
import { formatDateTime } from '../../ui/formatDate';
import { LeadStatusBadge } from './LeadStatusBadge';

type Props = {
  leads: readonly LeadRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The leads as a table: title, source model, status, amount, when received. */
export function LeadList({ leads, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  if (leads.length === 0) return <Text c="dimmed">{t('leads.empty')}</Text>;
  return (
    <Table highlightOnHover aria-label={t('leads.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('leads.column.title')}</Table.Th>
          <Table.Th>{t('leads.column.source')}</Table.Th>
          <Table.Th>{t('leads.column.status')}</Table.Th>
          <Table.Th>{t('leads.column.amount')}</Table.Th>
          <Table.Th>{t('leads.column.received')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {leads.map((lead) => (
          <Table.Tr
            key={lead.id}
            onClick={() => onSelect(lead.id)}
            aria-selected={lead.id === selectedId}
            bg={lead.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
            style={{ cursor: 'pointer' }}
          >
            <Table.Td>{lead.title}</Table.Td>
            <Table.Td>{lead.modelName ?? t('leads.source.local')}</Table.Td>
            <Table.Td>
              <LeadStatusBadge status={lead.status} />
            </Table.Td>
            <Table.Td>{lead.amount?.toLocaleString(i18n.language) ?? ''}</Table.Td>
            <Table.Td>{formatDateTime(lead.createdAt, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
