import { Button, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupSettings } from '../../db/backup';
import { issuesByPath } from '../../ui/issues';
import { saveAutoBackupSettings } from './commands';

/** The schedule of automatic backups: an administrator changes it (audited), others read it. */
export function AutoBackupSettingsForm({
  stored,
  isAdmin,
}: {
  stored: AutoBackupSettings;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AutoBackupSettings | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isSaved, setSaved] = useState(false);
  const shown = draft ?? stored;
  const change = (next: Partial<AutoBackupSettings>) => {
    setDraft({ ...shown, ...next });
    setSaved(false);
  };
  const save = async () => {
    const result = await saveAutoBackupSettings(shown);
    if (result.ok) {
      setErrors({});
      setDraft(null);
      setSaved(true);
    } else {
      setErrors(issuesByPath(result.issues));
    }
  };
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  const summary = stored.isEnabled
    ? t('backup.auto.summaryOn', { hours: stored.everyHours, keep: stored.keep })
    : t('backup.auto.summaryOff');
  return (
    <Stack gap="xs">
      <Title order={5}>{t('backup.auto.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('backup.auto.hint')}
      </Text>
      <Text size="sm">{summary}</Text>
      {isAdmin ? (
        <Group align="flex-end">
          <Switch
            label={t('backup.auto.enabled')}
            checked={shown.isEnabled}
            onChange={(e) => change({ isEnabled: e.currentTarget.checked })}
          />
          <NumberInput
            label={t('backup.auto.everyHours')}
            min={1}
            max={720}
            value={shown.everyHours}
            onChange={(v) => change({ everyHours: Number(v) })}
            error={err('everyHours')}
            w={140}
          />
          <NumberInput
            label={t('backup.auto.keep')}
            min={1}
            max={100}
            value={shown.keep}
            onChange={(v) => change({ keep: Number(v) })}
            error={err('keep')}
            w={120}
          />
          <Button onClick={() => void save()} disabled={draft === null}>
            {t('common.save')}
          </Button>
          {isSaved ? (
            <Text size="sm" c="teal">
              {t('backup.auto.saved')}
            </Text>
          ) : null}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('backup.auto.adminOnly')}
        </Text>
      )}
      {errors[''] ? <Text c="red">{t(errors[''])}</Text> : null}
    </Stack>
  );
}
