import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/useCurrentUser';
import { AddOfficerForm } from './AddOfficerForm';
import { saveOfficer } from './commands';
import { useOfficerPool } from './useOfficerPool';

/** The unit's hearing-officer pool (听证员库): everyone reads it, an administrator keeps it. */
export function OfficerPoolPanel() {
  const { t } = useTranslation();
  const pool = useOfficerPool();
  const isAdmin = useCurrentUser()?.isAdmin === true;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('hearingPool.title')}</Title>
        <Text size="sm">{t('hearingPool.intro')}</Text>
        {pool !== undefined && pool.length === 0 ? (
          <Text size="sm">{t('hearingPool.none')}</Text>
        ) : (
          <Table aria-label={t('hearingPool.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('hearingPool.field.name')}</Table.Th>
                <Table.Th>{t('hearingPool.field.occupation')}</Table.Th>
                <Table.Th>{t('hearingPool.field.expertise')}</Table.Th>
                <Table.Th>{t('hearingPool.status')}</Table.Th>
                {isAdmin ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(pool ?? []).map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    {entry.name}
                    {entry.isPeoplesSupervisor ? (
                      <Badge ml="xs" variant="light" color="blue">
                        {t('hearingPool.peoplesSupervisor')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{entry.occupation}</Table.Td>
                  <Table.Td>{entry.expertise ?? ''}</Table.Td>
                  <Table.Td>
                    {t(entry.isActive ? 'hearingPool.active' : 'hearingPool.retired')}
                  </Table.Td>
                  {isAdmin ? (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => void saveOfficer({ ...entry, isActive: !entry.isActive })}
                      >
                        {t(entry.isActive ? 'hearingPool.retire' : 'hearingPool.reinstate')}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {isAdmin ? <AddOfficerForm /> : <Text size="sm">{t('hearingPool.adminOnly')}</Text>}
      </Stack>
    </Paper>
  );
}
