import { Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/formatDate';
import { describeSyncStatus, progressPercent } from './describeSyncStatus';
import { useSyncEngine } from './syncEngineContext';
import { usePendingCount, useSyncStatus } from './useSyncStatus';

/**
 * The header's sync indicator: what is happening or what went wrong, in plain words; changes
 * waiting; the last success; a progress bar during a run; and "sync now".
 */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const engine = useSyncEngine();
  const status = useSyncStatus();
  const pendingCount = usePendingCount();
  const line = describeSyncStatus(status, pendingCount);
  const percent = progressPercent(status);
  const lang = i18n.language;
  const details = [
    status.kind === 'syncing'
      ? status.total === null
        ? t('syncUi.indicator.received', { count: status.done })
        : t('syncUi.indicator.progress', { done: status.done, total: status.total })
      : null,
    status.lastSuccessAt
      ? t('syncUi.indicator.lastSuccess', { time: formatDateTime(status.lastSuccessAt, lang) })
      : t('syncUi.indicator.never'),
    status.kind === 'error' && status.retryAt
      ? t('syncUi.indicator.retryAt', { time: formatDateTime(status.retryAt, lang) })
      : null,
    status.kind === 'error' && !status.retryAt ? t('syncUi.indicator.noRetry') : null,
    status.kind === 'error' && pendingCount > 0
      ? t('syncUi.indicator.pending', { count: pendingCount })
      : null,
    status.rejectedCount > 0
      ? t('syncUi.indicator.rejected', { count: status.rejectedCount })
      : null,
  ].filter((text): text is string => text !== null);

  return (
    // A labelled group, with the headline as a polite live region: screen readers hear changes,
    // and the page keeps a single role="status" for its own messages.
    <Group gap="xs" wrap="nowrap" role="group" aria-label={t('syncUi.indicator.label')}>
      {status.kind === 'syncing' ? (
        <Progress
          w={90}
          value={percent ?? 100}
          animated={percent === null}
          aria-label={t('syncUi.indicator.syncing')}
        />
      ) : null}
      <Stack gap={0} maw={360}>
        <Text
          size="sm"
          c={line.color}
          truncate="end"
          title={t(line.key, line.values)}
          aria-live="polite"
        >
          {t(line.key, line.values)}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {details.join(' · ')}
        </Text>
      </Stack>
      {status.kind === 'not-enrolled' ? (
        <Anchor component={Link} to="/settings/device" size="sm">
          {t('syncUi.indicator.enrolNow')}
        </Anchor>
      ) : (
        <Button
          size="compact-sm"
          variant="light"
          disabled={engine === null}
          loading={status.kind === 'syncing'}
          onClick={() => void engine?.syncNow()}
        >
          {t('syncUi.indicator.syncNow')}
        </Button>
      )}
    </Group>
  );
}
