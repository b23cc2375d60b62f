import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { removeLocalData } from './commands';
import { useSyncEngine } from './syncEngineContext';
import { usePendingCount } from './useSyncStatus';

/** "Remove this device's data": refused while any change waits for the provincial server. */
export function RemoveDataPanel() {
  const { t } = useTranslation();
  const engine = useSyncEngine();
  const pendingCount = usePendingCount();
  const [isConfirming, setIsConfirming] = useState(false);
  const [refusal, setRefusal] = useState<number | null>(null);

  const remove = async () => {
    setIsConfirming(false);
    const result = await removeLocalData(engine);
    setRefusal(result.ok ? null : result.pendingCount);
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('syncUi.device.removeTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('syncUi.device.removeExplain')}
        </Text>
        {pendingCount > 0 || refusal !== null ? (
          <Alert color="orange" role="alert">
            {t('syncUi.device.removeRefused', { count: refusal ?? pendingCount })}
          </Alert>
        ) : null}
        <Group>
          {isConfirming ? (
            <>
              <Text size="sm">{t('syncUi.device.removeConfirm')}</Text>
              <Button color="red" onClick={() => void remove()}>
                {t('syncUi.device.remove')}
              </Button>
              <Button variant="default" onClick={() => setIsConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </>
          ) : (
            <Button color="red" variant="light" onClick={() => setIsConfirming(true)}>
              {t('syncUi.device.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
