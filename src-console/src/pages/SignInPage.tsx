/** Username, password and the authenticator's 6-digit code, in one step. */
import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../src-shared/console/consoleApi';
import { sessionResponseSchema } from '../../../src-shared/console/consoleApi';
import { ApiError, fetchJson } from '../api/api';
import { formatTime } from './formatTime';

export function SignInPage({ onSignedIn }: { onSignedIn: (session: SessionResponse) => void }) {
  const { t, i18n } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const describe = (caught: unknown): string => {
    if (!(caught instanceof ApiError)) return t('error.network');
    switch (caught.code) {
      case 'sign-in-failed':
        return t('signIn.failed');
      case 'account-locked':
        return t('signIn.locked', { until: formatTime(caught.lockedUntil ?? null, i18n.language) });
      case 'rate-limited':
        return t('error.rateLimited');
      case 'bad-request':
        return t('signIn.badInput');
      default:
        return t('error.unknown');
    }
  };

  const submit = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await fetchJson('/session', sessionResponseSchema, {
        method: 'POST',
        body: { username, password, totp: totp.replace(/\s/g, '') },
      });
      onSignedIn(session);
    } catch (caught) {
      setError(describe(caught));
      setTotp('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center h="100vh">
      <Paper withBorder p="xl" w={380}>
        <form onSubmit={(event) => void submit(event)}>
          <Stack>
            <Title order={3}>{t('signIn.title')}</Title>
            <TextInput
              label={t('signIn.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
              required
            />
            <PasswordInput
              label={t('signIn.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
            />
            <TextInput
              label={t('signIn.totp')}
              description={t('signIn.totpHint')}
              value={totp}
              onChange={(e) => setTotp(e.currentTarget.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
            />
            {error === null ? null : (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={isBusy}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
