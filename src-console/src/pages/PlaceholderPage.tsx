/** A nav entry whose page is not built yet: says so plainly (建设中). */
import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PlaceholderPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t(titleKey)}</Title>
      <Alert color="gray">{t('placeholder.underConstruction')}</Alert>
    </Stack>
  );
}
