import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';
import { formatDateTime } from '../../ui/formatDate';
import { EnrolForm } from './EnrolForm';
import { RemoveDataPanel } from './RemoveDataPanel';
import { SyncIndicator } from './SyncIndicator';
import { useDeviceEnrollment } from './useDeviceEnrollment';

/** The device page: server address and enrolment, sync status, certificates, removing data. */
export function DevicePage() {
  const { t, i18n } = useTranslation();
  const enrollment = useDeviceEnrollment();
  if (enrollment === undefined) return <Loader />;
  const { unit } = enrollment;
  const isElectron = getPlatform().kind === 'electron';
  return (
    <Stack maw={820}>
      <Title order={2}>{t('syncUi.device.title')}</Title>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('syncUi.device.server')}</Title>
          {unit ? (
            <Stack gap={2}>
              <Text fw={600}>
                {t('syncUi.device.enrolled', { name: unit.name, code: unit.code })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('syncUi.device.enrolledAt', {
                  time: formatDateTime(enrollment.enrolledAt ?? undefined, i18n.language),
                })}
              </Text>
              <Text size="sm" c="dimmed" ff="monospace">
                {t('syncUi.device.serverDeviceId', { id: enrollment.serverDeviceId ?? '' })}
              </Text>
            </Stack>
          ) : (
            <Text>{t('syncUi.device.notEnrolled')}</Text>
          )}
          <EnrolForm initialUrl={enrollment.serverUrl ?? ''} />
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
          {/* TODO(electron CA): main imports and trusts the province's root certificate. */}
          <Text size="sm">
            {t(isElectron ? 'syncUi.device.caElectron' : 'syncUi.device.caWeb')}
          </Text>
        </Stack>
      </Paper>
      <RemoveDataPanel />
    </Stack>
  );
}
