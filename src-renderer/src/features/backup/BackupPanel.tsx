import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/useCurrentUser';
import { readBackupOverview } from '../../db/backup';
import { getDb } from '../../db/database';
import { getPlatform, type StoredBackup } from '../../platform';
import { AutoBackupSettingsForm } from './AutoBackupSettingsForm';
import { BackUpNow } from './BackUpNow';
import { KeptBackupsList } from './KeptBackupsList';
import { RestoreFromBackupButton } from './RestoreFromBackupButton';

/** The "备份与恢复" section of the settings page. */
export function BackupPanel() {
  const { t } = useTranslation();
  const overview = useLiveQuery(() => readBackupOverview(getDb()), [], undefined);
  const user = useCurrentUser();
  const [kept, setKept] = useState<StoredBackup[]>([]);
  const refreshKept = useCallback(() => {
    getPlatform()
      .backups.list()
      .then(setKept)
      .catch(() => setKept([]));
  }, []);
  // Again whenever an automatic backup was recorded.
  const lastAutoAt = overview?.lastAutoAt;
  useEffect(() => {
    refreshKept();
  }, [refreshKept, lastAutoAt]);

  if (overview === undefined || !user) return null;
  const current = overview.unit
    ? { unit: overview.unit, pendingCount: overview.pendingCount }
    : null;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('backup.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('backup.intro')}
        </Text>
        <BackUpNow onDone={refreshKept} />
        <Divider />
        <AutoBackupSettingsForm stored={overview.settings} isAdmin={user.isAdmin} />
        <KeptBackupsList backups={kept} current={current} isAdmin={user.isAdmin} />
        {user.isAdmin ? (
          <>
            <Divider />
            <RestoreFromBackupButton current={current} />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
