import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/formatDate';
import { useStoredReference } from './useStoredReference';

/** Read-only: which reference sets the provincial server sent, their version and arrival time. */
export function ReferenceDataPanel() {
  const { t, i18n } = useTranslation();
  const sets = useStoredReference();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('referenceUi.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('referenceUi.intro')}
        </Text>
        {sets !== undefined && sets.length === 0 ? (
          <Text size="sm">{t('referenceUi.none')}</Text>
        ) : (
          <Table aria-label={t('referenceUi.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referenceUi.kind')}</Table.Th>
                <Table.Th>{t('referenceUi.version')}</Table.Th>
                <Table.Th>{t('referenceUi.scope')}</Table.Th>
                <Table.Th>{t('referenceUi.receivedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(sets ?? []).map((set) => (
                <Table.Tr key={set.kind}>
                  <Table.Td>{t(`referenceUi.kinds.${set.kind}`)}</Table.Td>
                  <Table.Td>{set.version}</Table.Td>
                  <Table.Td>{t(`referenceUi.scopes.${set.scope}`)}</Table.Td>
                  <Table.Td>{formatDateTime(set.receivedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
