import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ServerUrlProblem } from '../../../../src-shared/sync/serverUrl';
import { enrolThisDevice } from './commands';
import { useSyncEngine } from './syncEngineContext';

/**
 * Server address and one-time code in; the device enrolled and a first sync started. An address
 * the HTTPS rule refuses is marked on its field with what to change; nothing is sent.
 */
export function EnrolForm({ initialUrl }: { initialUrl: string }) {
  const { t } = useTranslation();
  const engine = useSyncEngine();
  const [serverUrl, setServerUrl] = useState(initialUrl);
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isOriginRefused, setIsOriginRefused] = useState(false);
  const [urlProblem, setUrlProblem] = useState<ServerUrlProblem | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const enrol = async () => {
    setError(null);
    setUrlProblem(null);
    setWarning(null);
    setIsBusy(true);
    try {
      const result = await enrolThisDevice({ serverUrl, code, deviceName });
      if (!result.ok) {
        setIsOriginRefused(result.code === 'origin-refused');
        if (result.problem === null) setError(t(`syncUi.error.${result.code}`));
        else setUrlProblem(result.problem);
        return;
      }
      setCode('');
      if (result.localUnitCode !== null && result.localUnitCode !== result.unit.code) {
        setWarning(
          t('syncUi.device.unitMismatch', {
            server: `${result.unit.name} ${result.unit.code}`,
            local: result.localUnitCode,
          }),
        );
      }
      notifications.show({ message: t('syncUi.device.enrolOk'), color: 'green' });
      void engine?.syncNow();
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Stack>
      <TextInput
        label={t('syncUi.device.serverUrl')}
        description={t('syncUi.device.serverUrlHint')}
        value={serverUrl}
        onChange={(e) => {
          setServerUrl(e.currentTarget.value);
          setUrlProblem(null);
        }}
        error={urlProblem === null ? undefined : t(`syncUi.serverUrl.${urlProblem}`)}
        required
      />
      <Group grow align="start">
        <TextInput
          label={t('syncUi.device.code')}
          description={t('syncUi.device.codeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('syncUi.device.deviceName')}
          value={deviceName}
          onChange={(e) => setDeviceName(e.currentTarget.value)}
        />
      </Group>
      {error ? (
        <Alert color="red" role="alert" title={t('syncUi.device.enrolFailed')}>
          {error}
          {isOriginRefused ? (
            <Text size="sm" mt="xs">
              {t('syncUi.device.thisOrigin', { origin: window.location.origin })}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {warning ? <Alert color="orange">{warning}</Alert> : null}
      <Text size="sm">{t('syncUi.device.demoStaysLocal')}</Text>
      <Group>
        <Button
          onClick={() => void enrol()}
          loading={isBusy}
          disabled={serverUrl.trim() === '' || code.trim() === ''}
        >
          {t('syncUi.device.enrol')}
        </Button>
      </Group>
    </Stack>
  );
}
