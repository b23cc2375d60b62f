import { useState } from 'react';
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaStatus } from '../../platform';
import { formatDateTime } from '../../ui/formatDate';
import { importProvinceCa, removeProvinceCa } from './deviceTrustCommands';

type Props = {
  readonly ca: CaStatus;
  /** The enrolled server's address, proposed as the one the CA is trusted for. */
  readonly serverUrl: string | null;
  readonly onChanged: () => void;
};

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The province's CA certificate: in the desktop app chosen from a file, checked and trusted by
 * main for the sync server only; the subject and SHA-256 fingerprint are shown for the user to
 * compare with the provincial administrator by phone. The web build relies on the browser's store.
 */
export function CaTrustPanel({ ca, serverUrl, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [url, setUrl] = useState(serverUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  if (ca.kind === 'browser') return <Text size="sm">{t('syncUi.trust.caBrowser')}</Text>;

  const run = async (action: () => Promise<{ ok: true } | { ok: false; code: string }>) => {
    setIsBusy(true);
    setError(null);
    const result = await action();
    setIsBusy(false);
    if (!result.ok) setError(t(`syncUi.trust.error.${result.code}`));
    onChanged();
  };

  const enrolledHost = hostOf(serverUrl);
  return (
    <Stack gap="xs">
      {ca.kind === 'trusted' ? (
        <Stack gap={4}>
          <Text size="sm">{t('syncUi.trust.caTrusted', { host: ca.info.host })}</Text>
          <Text size="sm">{t('syncUi.trust.caSubject', { subject: ca.info.subject })}</Text>
          <Text size="sm">{t('syncUi.trust.caFingerprint')}</Text>
          <Code block>{ca.info.fingerprint256}</Code>
          <Text size="sm" c="dimmed">
            {t('syncUi.trust.caValidTo', {
              time: formatDateTime(ca.info.validTo, i18n.language),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('syncUi.trust.caCompare')}
          </Text>
          {enrolledHost !== null && enrolledHost !== ca.info.host ? (
            <Alert color="orange">
              {t('syncUi.trust.caOtherHost', { host: ca.info.host, server: enrolledHost })}
            </Alert>
          ) : null}
          <Group>
            <Button
              size="xs"
              color="red"
              variant="light"
              loading={isBusy}
              onClick={() => void run(removeProvinceCa)}
            >
              {t('syncUi.trust.caRemove')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('syncUi.trust.caNone')}</Text>
          <TextInput
            label={t('syncUi.trust.caServerUrl')}
            description={t('syncUi.trust.caServerUrlHint')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          <Group>
            <Button
              size="xs"
              loading={isBusy}
              disabled={!url.trim().startsWith('https://')}
              onClick={() => void run(() => importProvinceCa(url))}
            >
              {t('syncUi.trust.caImport')}
            </Button>
          </Group>
        </Stack>
      )}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
