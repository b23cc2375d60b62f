import { Alert, Button, Checkbox, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';

/**
 * The recovery key, shown once after the first run: printed or written down and kept with the
 * unit's sealed documents. Without it, a lost last administrator password means the data on this
 * workstation can only come back from the provincial server or a backup.
 */
export function RecoveryKeyPanel({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [isSaved, setSaved] = useState(false);
  return (
    <Stack>
      <Title order={2}>{t('auth.recoveryKey.title')}</Title>
      <Text size="sm">{t('auth.recoveryKey.intro')}</Text>
      <Code
        block
        fz="lg"
        ta="center"
        aria-label={t('auth.recoveryKey.label')}
        className="recovery-key"
      >
        {recoveryKey}
      </Code>
      <Alert color="yellow">{t('auth.recoveryKey.warning')}</Alert>
      <Group>
        <Button
          variant="default"
          onClick={() => void getPlatform().printToPdf(t('auth.recoveryKey.fileName'))}
        >
          {t('auth.recoveryKey.print')}
        </Button>
      </Group>
      <Checkbox
        label={t('auth.recoveryKey.saved')}
        checked={isSaved}
        onChange={(e) => setSaved(e.currentTarget.checked)}
      />
      <Button disabled={!isSaved} onClick={onDone}>
        {t('auth.recoveryKey.continue')}
      </Button>
    </Stack>
  );
}
