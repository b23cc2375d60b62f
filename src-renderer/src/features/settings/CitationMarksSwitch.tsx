import { Paper, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setShowCitationMarks, useShowCitationMarks } from './citationMarks';

/** The reviewer's switch for the verification marks on legal citations (off by default). */
export function CitationMarksSwitch() {
  const { t } = useTranslation();
  const isOn = useShowCitationMarks();
  return (
    <Paper withBorder p="md">
      <Switch
        checked={isOn}
        onChange={(e) => setShowCitationMarks(e.currentTarget.checked)}
        label={t('citationMarks.label')}
        description={t('citationMarks.hint')}
      />
    </Paper>
  );
}
