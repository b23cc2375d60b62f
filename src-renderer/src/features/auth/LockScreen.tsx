import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { PasswordField } from './PasswordField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut, unlockSession } from './commands';
import { refusalText } from './refusalText';

/**
 * Covers the app while the session is locked. The app stays mounted underneath (an unsaved form
 * keeps what was typed) but is hidden from sight and from assistive technology; only the user
 * who was signed in unlocks it. "Switch user" signs out, which discards what was not saved.
 */
export function LockScreen({ userName }: { userName: string }) {
  const { t, i18n } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [isPasswordMissing, setPasswordMissing] = useState(false);
  const submit = async () => {
    // An empty password is a slip, not an attempt: it never reaches the lockout count.
    if (password === '') {
      setPasswordMissing(true);
      return;
    }
    setBusy(true);
    const result = await unlockSession(password);
    setBusy(false);
    setPassword('');
    if (!result.ok) setError(refusalText(t, i18n.language, result));
  };
  return (
    <Center
      role="dialog"
      aria-modal="true"
      aria-labelledby="lock-title"
      pos="fixed"
      inset={0}
      bg="var(--mantine-color-body)"
      style={{ zIndex: 1000 }}
    >
      <Paper withBorder shadow="md" p="xl" w={400}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={2} id="lock-title">
              {t('auth.lock.title')}
            </Title>
            <Text size="sm">{t('auth.lock.body', { name: userName })}</Text>
            <PasswordField
              label={t('auth.password')}
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                setPasswordMissing(false);
              }}
              error={isPasswordMissing ? t('validation.required') : undefined}
              autoComplete="current-password"
              data-autofocus
              autoFocus
              required
            />
            {error ? (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => void signOut()}>
                {t('auth.lock.switchUser')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('auth.lock.unlock')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
