import { Alert, Button, Center, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/sessionStore';
import { getDb } from '../../db/database';
import { secureLegacyDevice } from '../../db/secureExisting';
import { issuesByPath, missingRequired } from '../../ui/issues';
import { NewPasswordFields, isConfirmed, type NewPassword } from './NewPasswordFields';
import { useUserEntries } from './useUserEntries';

/**
 * A workstation set up by a version without sign-in: one of its users becomes the administrator
 * with a password, the data key is made, and (SealingGate) the data already on the device is
 * encrypted before anyone works on it.
 */
export function SecureUpgradePage({ unitName }: { unitName: string }) {
  const { t } = useTranslation();
  const firstRunDone = useSession((s) => s.firstRunDone);
  const users = (useUserEntries() ?? []).filter((u) => u.active);
  const [userId, setUserId] = useState<string | null>(null);
  const [password, setPassword] = useState<NewPassword>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const chosen = users.find((u) => u.id === userId);
  const submit = async () => {
    const missing = missingRequired({ userId });
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return;
    }
    if (!chosen || !isConfirmed(password)) return;
    setBusy(true);
    const result = await secureLegacyDevice(getDb(), chosen.id, password.password, new Date());
    setBusy(false);
    if (result.ok) firstRunDone(result.value.userId, result.value.recoveryKey);
    else setErrors(issuesByPath(result.issues));
  };
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={520}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={2}>{t('auth.upgrade.title')}</Title>
            <Text size="sm" c="dimmed">
              {unitName}
            </Text>
            <Alert color="blue">{t('auth.upgrade.intro')}</Alert>
            <Select
              label={t('auth.upgrade.admin')}
              data={users.map((u) => ({
                value: u.id,
                label: t('auth.userLabel', { name: u.name, role: t(`codes.role.${u.role}`) }),
              }))}
              value={userId}
              onChange={setUserId}
              allowDeselect={false}
              error={err('userId')}
              required
            />
            <NewPasswordFields
              value={password}
              onChange={setPassword}
              context={{ userName: chosen?.name ?? '' }}
              error={err('password')}
              label={t('setup.adminPassword')}
            />
            {errors[''] ? <Text c="red">{t(errors[''])}</Text> : null}
            <Button type="submit" loading={busy} disabled={!chosen || !isConfirmed(password)}>
              {t('auth.upgrade.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
