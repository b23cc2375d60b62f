import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getDb } from '../../db/database';
import { listDeletedCases } from '../../db/cases';
import { undeleteCase } from './commands';
import { formatDateTime } from '../../ui/formatDate';

const PAGE = 500;

/** Soft-deleted cases, newest first, each one a click away from being restored. */
export function DeletedCasesPage() {
  const { t, i18n } = useTranslation();
  const deleted = useLiveQuery(() => listDeletedCases(getDb(), { limit: PAGE, offset: 0 }), []);
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('deleted.title')}</Title>
      {deleted && deleted.length === 0 ? <Text c="dimmed">{t('deleted.empty')}</Text> : null}
      <Table striped withTableBorder aria-label={t('deleted.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('case.provisionalNo')}</Table.Th>
            <Table.Th>{t('case.title')}</Table.Th>
            <Table.Th>{t('deleted.deletedAt')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(deleted ?? []).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td ff="monospace">{c.provisionalNo}</Table.Td>
              <Table.Td>
                <Text component={Link} to={`/cases/${c.id}`}>
                  {c.title}
                </Text>
              </Table.Td>
              <Table.Td>{formatDateTime(c.updatedAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Group justify="end">
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('deleted.restoreCase', { title: c.title })}
                    onClick={() => void undeleteCase(c.id)}
                  >
                    {t('common.restore')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
