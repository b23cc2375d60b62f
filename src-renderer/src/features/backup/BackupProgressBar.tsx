import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupProgress, RestoreProgress } from '../../db/backup';
import { formatBytes } from './formatBytes';

type AnyProgress = BackupProgress | RestoreProgress;

/** Phases counted in bytes; the others count rows or files. */
const BYTE_PHASES = new Set<AnyProgress['phase']>(['encrypt', 'decrypt']);

/** A backup's or a restore's progress: a bar and what is being done, with counts. */
export function BackupProgressBar({ progress }: { progress: AnyProgress }) {
  const { t } = useTranslation();
  const { phase, done, total } = progress;
  const count = (n: number) => (BYTE_PHASES.has(phase) ? formatBytes(n) : String(n));
  return (
    <Stack gap={4}>
      <Progress
        value={total > 0 ? Math.min(100, (done / total) * 100) : 0}
        aria-label={t('backup.progressLabel')}
        animated
      />
      <Text size="sm" c="dimmed">
        {t(`backup.progress.${phase}`, { done: count(done), total: count(total) })}
      </Text>
    </Stack>
  );
}
