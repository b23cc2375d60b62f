import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from '../../db/backup';
import { BackupProgressBar } from './BackupProgressBar';
import { backUpNow } from './commands';

/** "立即备份": the archive with a progress bar, then the platform's save (a download on the web). */
export function BackUpNow({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const run = async () => {
    setMessage(null);
    setProgress({ phase: 'export', done: 0, total: 0 });
    try {
      const outcome = await backUpNow(setProgress);
      if (!outcome.ok) setMessage({ text: t(`backup.refusal.${outcome.reason}`), isError: true });
      else if (outcome.savedAs === null)
        setMessage({ text: t('backup.cancelled'), isError: false });
      else setMessage({ text: t('backup.saved', { name: outcome.savedAs }), isError: false });
    } catch {
      setMessage({ text: t('backup.failed'), isError: true });
    } finally {
      setProgress(null);
      onDone();
    }
  };

  return (
    <Stack gap="xs">
      <Button onClick={() => void run()} loading={progress !== null} w="fit-content">
        {t('backup.now')}
      </Button>
      {progress ? <BackupProgressBar progress={progress} /> : null}
      {message?.isError === true ? (
        <Alert color="red" role="alert">
          {message.text}
        </Alert>
      ) : null}
      {message?.isError === false ? <Text role="status">{message.text}</Text> : null}
    </Stack>
  );
}
