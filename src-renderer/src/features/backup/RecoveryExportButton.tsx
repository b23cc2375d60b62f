import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRecoveryUsers, type BackupProgress, type RecoveryUser } from '../../db/backup';
import { BackupProgressBar } from './BackupProgressBar';
import { exportRecovery } from './commands';
import { EMPTY_SECRET, SecretFields, toArchiveSecret, type SecretInput } from './SecretFields';

/**
 * The recovery path's export (app/DbErrorScreen.tsx) when the database `dbName` will not open: the
 * same encrypted, restorable archive as a backup, unlocked with a user's password or the recovery
 * key because nobody can be signed in here.
 */
export function RecoveryExportButton({ dbName }: { dbName: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('backup.recovery.export')}
      </Button>
      {isOpen ? <RecoveryExportDialog dbName={dbName} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function RecoveryExportDialog({ dbName, onClose }: { dbName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<RecoveryUser[] | null>(null);
  const [secret, setSecret] = useState<SecretInput>(EMPTY_SECRET);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  useEffect(() => {
    void listRecoveryUsers(dbName).then(setUsers);
  }, [dbName]);
  const archiveSecret = toArchiveSecret(secret);

  const submit = async () => {
    if (!archiveSecret) return;
    setMessage(null);
    setProgress({ phase: 'export', done: 0, total: 0 });
    try {
      const outcome = await exportRecovery(dbName, archiveSecret, setProgress);
      if (!outcome.ok) setMessage({ text: t(`backup.refusal.${outcome.reason}`), isError: true });
      else if (outcome.savedAs === null)
        setMessage({ text: t('backup.cancelled'), isError: false });
      else setMessage({ text: t('backup.saved', { name: outcome.savedAs }), isError: false });
    } catch {
      setMessage({ text: t('backup.failed'), isError: true });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('backup.recovery.title')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('backup.recovery.intro')}</Text>
          {users?.length === 0 ? <Alert color="red">{t('backup.recovery.none')}</Alert> : null}
          {users && users.length > 0 ? (
            <SecretFields users={users} value={secret} onChange={setSecret} />
          ) : null}
          {progress ? <BackupProgressBar progress={progress} /> : null}
          {message ? (
            <Alert
              color={message.isError ? 'red' : 'teal'}
              role={message.isError ? 'alert' : 'status'}
            >
              {message.text}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={progress !== null}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={progress !== null} disabled={!archiveSecret}>
              {t('backup.recovery.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
