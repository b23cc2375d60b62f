/** A device's (or a unit's worst device's) upload state in words, coloured by how bad it is. */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uploadStateText } from '../../../src-shared/console/uploadStateApi';
import type { DeviceUploadState, UploadStatus } from '../../../src-shared/stats/uploadStatus';

const COLOR: Readonly<Record<UploadStatus, string>> = {
  allUploaded: 'green',
  unreported: 'gray',
  pending: 'yellow',
  notSeen: 'red',
};

export function UploadStateBadge({ state }: { state: DeviceUploadState | null }) {
  const { t } = useTranslation();
  if (state === null) return <Text c="dimmed">{t('upload.noDevices')}</Text>;
  const text = uploadStateText(state);
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLOR[state.status]} data-upload-status={state.status}>
        {t(`upload.status.${text.key}`, text.values)}
      </Badge>
      {state.status === 'pending' && state.refusedChanges > 0 ? (
        <Text size="xs" c="red">
          {t('upload.refused', { count: state.refusedChanges })}
        </Text>
      ) : null}
    </Group>
  );
}

/** The audit-chain flag: a red badge when the server refused the chain, "OK" otherwise. */
export function AuditChainBadge({ flagged }: { flagged: boolean }) {
  const { t } = useTranslation();
  return flagged ? (
    <Badge color="red" variant="outline">
      {t('upload.auditFlagged')}
    </Badge>
  ) : (
    <Text size="sm">{t('upload.auditOk')}</Text>
  );
}
