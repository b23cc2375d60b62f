import { Alert, Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecoveryExportButton } from '../features/backup';

export type DbProblem = 'quota' | 'blocked' | 'version' | 'corrupt' | 'unavailable';

type Props = { problem: DbProblem; detail: string; dbName: string; onRetry: () => void };

/**
 * Shown instead of the app when the local database cannot open: never a blank window. Its export
 * is an ordinary encrypted backup of what can still be read, restorable here or elsewhere.
 */
export function DbErrorScreen({ problem, detail, dbName, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <Center h="100vh" p="xl">
      <Stack maw={560}>
        <Title order={2}>{t(`dbError.${problem}.title`)}</Title>
        <Alert color="red">{t(`dbError.${problem}.body`)}</Alert>
        <Text size="sm" c="dimmed">
          {t('dbError.detail', { detail })}
        </Text>
        <Button onClick={onRetry}>{t('dbError.retry')}</Button>
        <RecoveryExportButton dbName={dbName} />
      </Stack>
    </Center>
  );
}
