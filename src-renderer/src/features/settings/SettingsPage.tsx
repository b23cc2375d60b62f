import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { BackupPanel } from '../backup';
import { OfficerPoolPanel } from '../hearingPool';
import { LocalLimitsPanel } from '../localLimits';
import { CitationMarksSwitch } from './CitationMarksSwitch';
import { DemoDataPanel } from './DemoDataPanel';
import { ReferenceDataPanel } from './ReferenceDataPanel';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={720}>
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('settings.language')}</Title>
          <LanguageSwitch />
        </Stack>
      </Paper>
      <BackupPanel />
      <ReferenceDataPanel />
      <OfficerPoolPanel />
      <LocalLimitsPanel />
      <CitationMarksSwitch />
      <DemoDataPanel />
    </Stack>
  );
}
