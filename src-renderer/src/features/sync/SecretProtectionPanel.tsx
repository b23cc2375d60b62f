import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SecretStatus } from '../../platform';
import { acceptWeakProtection, protectToken } from './deviceTrustCommands';

type Props = {
  readonly secrets: SecretStatus;
  /** null when the device is not enrolled (no token stored). */
  readonly isTokenWrapped: boolean | null;
  readonly onChanged: () => void;
};

/**
 * How the device token is protected at rest. Without an OS key store the user is told so and
 * asked, once, whether to continue with the weaker protection; a token still in clear is wrapped
 * as soon as wrapping is allowed.
 */
export function SecretProtectionPanel({ secrets, isTokenWrapped, onChanged }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const canWrap = secrets.protection !== 'browser' && secrets.canWrap;

  useEffect(() => {
    if (!canWrap || isTokenWrapped !== false) return;
    void protectToken().then((result) => {
      if (!result.ok) setError(t(`syncUi.trust.error.${result.code}`));
    });
  }, [canWrap, isTokenWrapped, t]);

  if (secrets.protection === 'browser') {
    return <Text size="sm">{t('syncUi.trust.secretBrowser')}</Text>;
  }

  const accept = async () => {
    setIsBusy(true);
    setError(null);
    const result = await acceptWeakProtection();
    setIsBusy(false);
    if (!result.ok) setError(t(`syncUi.trust.error.${result.code}`));
    onChanged();
  };

  const isWeak = secrets.protection !== 'os';
  return (
    <Stack gap="xs">
      {!isWeak ? <Text size="sm">{t('syncUi.trust.secretOs')}</Text> : null}
      {isWeak && !secrets.isWeakAccepted ? (
        <Alert color="orange" role="alert" title={t('syncUi.trust.secretWeakTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('syncUi.trust.secretWeakExplain')}</Text>
            <Group>
              <Button size="xs" color="orange" loading={isBusy} onClick={() => void accept()}>
                {t('syncUi.trust.acceptWeak')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {isWeak && secrets.isWeakAccepted && secrets.canWrap ? (
        <Alert color="yellow">{t('syncUi.trust.secretWeakAccepted')}</Alert>
      ) : null}
      {isWeak && secrets.isWeakAccepted && !secrets.canWrap ? (
        <Alert color="red" role="alert">
          {t('syncUi.trust.secretUnavailable')}
        </Alert>
      ) : null}
      {isTokenWrapped === false && !canWrap ? (
        <Text size="sm" c="orange">
          {t('syncUi.trust.tokenInClear')}
        </Text>
      ) : null}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
