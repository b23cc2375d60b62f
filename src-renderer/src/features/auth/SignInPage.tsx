import { Alert, Anchor, Button, Center, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { PasswordField } from './PasswordField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { signInAs } from './commands';
import { RecoverDialog } from './RecoverDialog';
import { refusalText } from './refusalText';
import { useUserEntries } from './useUserEntries';

/** Sign-in: pick who you are, type your password. A refusal says why and for how long. */
export function SignInPage({ unitName }: { unitName: string }) {
  const { t, i18n } = useTranslation();
  const entries = useUserEntries();
  const users = (entries ?? []).filter((u) => u.active && u.hasPassword);
  const withoutPassword = (entries ?? []).filter((u) => u.active && !u.hasPassword);
  const [userId, setUserId] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPasswordMissing, setPasswordMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [isRecovering, setRecovering] = useState(false);
  const chosen = userId ?? (users.length === 1 ? (users[0]?.id ?? null) : null);

  const submit = async () => {
    if (!chosen) {
      setError(t('auth.signIn.chooseUser'));
      return;
    }
    // An empty password is a slip, not an attempt: it never reaches the lockout count.
    if (password === '') {
      setPasswordMissing(true);
      return;
    }
    setBusy(true);
    const result = await signInAs(chosen, password);
    setBusy(false);
    if (!result.ok) {
      setPassword('');
      setError(refusalText(t, i18n.language, result));
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={2}>{t('auth.signIn.title')}</Title>
            <Text c="dimmed" size="sm">
              {unitName}
            </Text>
            <Select
              label={t('auth.signIn.user')}
              data={users.map((u) => ({
                value: u.id,
                label: t('auth.userLabel', { name: u.name, role: t(`codes.role.${u.role}`) }),
              }))}
              value={chosen}
              onChange={(value) => {
                setUserId(value);
                setError(null);
              }}
              allowDeselect={false}
              searchable
              required
            />
            <PasswordField
              label={t('auth.password')}
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                setPasswordMissing(false);
              }}
              error={isPasswordMissing ? t('validation.required') : undefined}
              autoComplete="current-password"
              required
            />
            {error ? (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            ) : null}
            <Button type="submit" loading={busy}>
              {t('auth.signIn.submit')}
            </Button>
            {withoutPassword.length > 0 ? (
              <Text size="xs" c="dimmed">
                {t('auth.signIn.withoutPassword', {
                  names: withoutPassword.map((u) => u.name).join('、'),
                })}
              </Text>
            ) : null}
            <Anchor component="button" type="button" size="sm" onClick={() => setRecovering(true)}>
              {t('auth.signIn.forgot')}
            </Anchor>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
      {isRecovering ? (
        <RecoverDialog
          admins={(entries ?? []).filter((u) => u.active && u.isAdmin === true)}
          onClose={() => setRecovering(false)}
        />
      ) : null}
    </Center>
  );
}
