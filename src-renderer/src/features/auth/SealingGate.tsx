import { Center, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserId } from '../../../../src-shared/domain/ids';
import { getDb } from '../../db/database';
import { needsSealing, sealExistingData } from '../../db/secureExisting';

/**
 * While rows written in clear by an older build remain (after securing the device, or after a
 * crash during it), they are sealed before the app shows anything, with a progress bar.
 */
export function SealingGate({ userId, children }: { userId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const isNeeded = useLiveQuery(() => needsSealing(getDb()), [], undefined);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (isNeeded !== true) return;
    let isCurrent = true;
    void sealExistingData(getDb(), userId as UserId, new Date(), (done, total) => {
      if (isCurrent) setProgress({ done, total });
    }).catch(() => {
      if (isCurrent) setFailed(true);
    });
    return () => {
      isCurrent = false;
    };
  }, [isNeeded, userId]);
  if (isNeeded === false) return children;
  const percent = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" w={480}>
        <Stack>
          <Title order={3}>{t('auth.sealing.title')}</Title>
          <Text size="sm">{failed ? t('auth.sealing.failed') : t('auth.sealing.body')}</Text>
          <Progress value={percent} aria-label={t('auth.sealing.title')} />
          {progress ? (
            <Text size="xs" c="dimmed">
              {t('auth.sealing.count', { done: progress.done, total: progress.total })}
            </Text>
          ) : null}
        </Stack>
      </Paper>
    </Center>
  );
}
