import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/useCurrentUser';
import { LocalLimitsForm } from './LocalLimitsForm';
import { LocalLimitsSummary } from './LocalLimitsSummary';
import { useLocalLimits } from './useLocalLimits';

/** The unit's local limits: everyone reads them, an administrator changes them. */
export function LocalLimitsPanel() {
  const { t } = useTranslation();
  const limits = useLocalLimits();
  const isAdmin = useCurrentUser()?.isAdmin === true;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('localLimits.title')}</Title>
        <Text size="sm">{t('localLimits.intro')}</Text>
        {limits === undefined ? null : isAdmin ? (
          // Not keyed by the stored value: a remount on its own save would drop the "saved" notice.
          <LocalLimitsForm limits={limits} />
        ) : (
          <>
            <LocalLimitsSummary limits={limits} />
            <Text size="sm">{t('localLimits.adminOnly')}</Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
