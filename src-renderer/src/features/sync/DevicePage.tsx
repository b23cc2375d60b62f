import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/formatDate';
import { CaTrustPanel } from './CaTrustPanel';
import { EnrolForm } from './EnrolForm';
import { RemoveDataPanel } from './RemoveDataPanel';
import { SecretProtectionPanel } from './SecretProtectionPanel';
import { SyncIndicator } from './SyncIndicator';
import { useDeviceOverview } from './useDeviceOverview';
import { useDeviceTrust } from './useDeviceTrust';

/** The device page: server address and enrolment, sync status, certificates, removing data. */
export function DevicePage() {
  const { t, i18n } = useTranslation();
  const overview = useDeviceOverview();
  const { trust, refresh } = useDeviceTrust();
  if (overview === undefined || trust === undefined) return <Loader />;
  const { enrollment } = overview;
  return (
    <Stack maw={820}>
      <Title order={2}>{t('syncUi.device.title')}</Title>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('syncUi.device.server')}</Title>
          {enrollment ? (
            <Stack gap={2}>
              <Text fw={600}>
                {t('syncUi.device.enrolled', {
                  name: enrollment.unit.name,
                  code: enrollment.unit.code,
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('syncUi.device.enrolledAt', {
                  time: formatDateTime(enrollment.enrolledAt, i18n.language),
                })}
              </Text>
              <Text size="sm" c="dimmed" ff="monospace">
                {t('syncUi.device.serverDeviceId', { id: enrollment.serverDeviceId })}
              </Text>
            </Stack>
          ) : (
            <Text>{t('syncUi.device.notEnrolled')}</Text>
          )}
          <SecretProtectionPanel
            secrets={trust.secrets}
            isTokenWrapped={enrollment ? enrollment.isTokenWrapped : null}
            onChanged={refresh}
          />
          <EnrolForm initialUrl={overview.serverUrl ?? ''} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('syncUi.device.status')}</Title>
          <SyncIndicator />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('syncUi.device.caTitle')}</Title>
          <CaTrustPanel ca={trust.ca} serverUrl={overview.serverUrl} onChanged={refresh} />
        </Stack>
      </Paper>
      <RemoveDataPanel />
    </Stack>
  );
}
