/** Asks before revoking: a revoked device can no longer sync and must enrol again with a new code. */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDevice } from '../../../src-shared/console/consoleApi';
import { call } from '../api/api';
import { useErrorText } from './useErrorText';

export function RevokeDialog({
  device,
  onClose,
  onRevoked,
}: {
  device: ConsoleDevice;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    try {
      await call(`/devices/${device.id}/revoke`, null, { method: 'POST' });
      onRevoked();
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('devices.revokeTitle')}>
      <Stack>
        <Text>{t('devices.revokeWarning', { name: device.name ?? device.id })}</Text>
        {error === null ? null : <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void revoke()}>
            {t('devices.revokeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
