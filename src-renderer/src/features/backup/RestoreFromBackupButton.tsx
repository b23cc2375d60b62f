import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickArchive } from './commands';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog';
import { useArchiveChoice } from './useArchiveChoice';

/**
 * "从备份恢复": pick a backup file, check its header, then the restore dialog. A link on the
 * first-run page (a fresh profile), a button in the settings (over the current data).
 */
export function RestoreFromBackupButton({
  current,
  isLink = false,
}: {
  current: RestoreTarget;
  isLink?: boolean;
}) {
  const { t } = useTranslation();
  const choice = useArchiveChoice();
  const start = () => void choice.choose(pickArchive);
  return (
    <Stack gap="xs">
      {isLink ? (
        <Anchor component="button" type="button" onClick={start}>
          {t('backup.restoreFromFile')}
        </Anchor>
      ) : (
        <Button variant="default" onClick={start} loading={choice.isBusy}>
          {t('backup.restoreFromFile')}
        </Button>
      )}
      {choice.refusal ? (
        <Alert color="red" role="alert">
          {t(`backup.refusal.${choice.refusal}`)}
        </Alert>
      ) : null}
      {choice.opened ? (
        <RestoreDialog opened={choice.opened} current={current} onClose={choice.close} />
      ) : null}
    </Stack>
  );
}
