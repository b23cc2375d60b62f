import { Alert, Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type DbProblem = 'quota' | 'blocked' | 'version' | 'corrupt' | 'unavailable';

type Props = { problem: DbProblem; detail: string; onExport: () => void; onRetry: () => void };

/** Shown instead of the app when the local database cannot open: never a blank window. */
export function DbErrorScreen({ problem, detail, onExport, onRetry }: Props) {
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
        <Button variant="default" onClick={onExport}>
          {t('dbError.export')}
        </Button>
      </Stack>
    </Center>
  );
}
