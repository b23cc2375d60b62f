import { MantineProvider, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { theme } from './ui/theme';

export function App() {
  const { t } = useTranslation();
  return (
    <MantineProvider theme={theme}>
      <Title order={1}>{t('app.name')}</Title>
    </MantineProvider>
  );
}
