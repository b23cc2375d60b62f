import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/database';
import { MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES } from '../../db/securityMeta';
import { readIdleLockMinutes } from '../../db/userDirectory';
import { issuesByPath } from '../../ui/issues';
import { changeIdleLock } from './commands';

/** The administrator's idle-lock time: minutes without input before a session locks. */
export function IdleLockSetting() {
  const { t } = useTranslation();
  const stored = useLiveQuery(() => readIdleLockMinutes(getDb()), [], undefined);
  const [value, setValue] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const [isSaved, setSaved] = useState(false);
  if (stored === undefined) return null;
  const shown = value === '' ? stored : value;
  const save = async () => {
    const result = await changeIdleLock(Number(shown));
    if (result.ok) {
      setError(null);
      setSaved(true);
    } else {
      const issues = issuesByPath(result.issues);
      setError(t(issues.minutes ?? issues[''] ?? 'validation.invalid'));
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('auth.idle.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('auth.idle.hint')}
        </Text>
        <Group align="flex-end">
          <NumberInput
            label={t('auth.idle.minutes')}
            min={MIN_IDLE_LOCK_MINUTES}
            max={MAX_IDLE_LOCK_MINUTES}
            value={shown}
            onChange={(v) => {
              setValue(v);
              setSaved(false);
            }}
            error={error}
            w={200}
          />
          <Button onClick={() => void save()}>{t('common.save')}</Button>
          {isSaved ? (
            <Text size="sm" c="teal">
              {t('auth.idle.saved')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
