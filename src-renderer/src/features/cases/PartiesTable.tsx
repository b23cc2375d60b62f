import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../src-shared/domain/caseCard';
import { formatDate } from '../../ui/formatDate';

/** Parties with their full identity data: shown in full only here, on the case page. */
export function PartiesTable({ parties }: { parties: readonly Party[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('party.role')}</Table.Th>
          <Table.Th>{t('party.name')}</Table.Th>
          <Table.Th>{t('party.sex')}</Table.Th>
          <Table.Th>{t('party.birthDate')}</Table.Th>
          <Table.Th>{t('party.idNumber')}</Table.Th>
          <Table.Th>{t('party.phone')}</Table.Th>
          <Table.Th>{t('party.address')}</Table.Th>
          <Table.Th>{t('party.flags')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {parties.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>{t(`codes.partyRole.${p.role}`)}</Table.Td>
            <Table.Td>{p.name}</Table.Td>
            <Table.Td>{t(`codes.sex.${p.sex}`)}</Table.Td>
            <Table.Td>{formatDate(p.birthDate, i18n.language)}</Table.Td>
            <Table.Td>{p.idNumber ?? ''}</Table.Td>
            <Table.Td>{p.phone ?? ''}</Table.Td>
            <Table.Td>{p.address ?? ''}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {p.flags.map((f) => (
                  <Badge key={f} size="xs" variant="light">
                    {t(`codes.vulnerableFlag.${f}`)}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
