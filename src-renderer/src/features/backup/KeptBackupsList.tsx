import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StoredBackup } from '../../platform';
import { formatBytes } from './formatBytes';
import { openKeptArchive } from './commands';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog';
import { useArchiveChoice } from './useArchiveChoice';

/** The automatic backups kept on this device, newest first; an administrator restores one. */
export function KeptBackupsList({
  backups,
  current,
  isAdmin,
}: {
  backups: readonly StoredBackup[];
  current: RestoreTarget;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const choice = useArchiveChoice();
  return (
    <Stack gap="xs">
      <Title order={5}>{t('backup.kept.title')}</Title>
      {backups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('backup.kept.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.kept.createdAt')}</Table.Th>
              <Table.Th>{t('backup.kept.size')}</Table.Th>
              {isAdmin ? <Table.Th>{t('backup.kept.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...backups].reverse().map((backup) => (
              <Table.Tr key={backup.name}>
                <Table.Td>{dayjs(backup.createdAt).format('YYYY-MM-DD HH:mm:ss')}</Table.Td>
                <Table.Td>{formatBytes(backup.size)}</Table.Td>
                {isAdmin ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void choice.choose(() => openKeptArchive(backup.name))}
                    >
                      {t('backup.kept.restore')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {choice.refusal ? (
        <Alert color="red" role="alert">
          {t(`backup.refusal.${choice.refusal}`)}
        </Alert>
      ) : null}
      {choice.opened ? (
        <RestoreDialog opened={choice.opened} current={current} onClose={choice.close} />
      ) : null}
    </Stack>
  );
}
