/**
 * The devices of the chosen subtree: enrolment, last contact (push or pull), acknowledged
 * sequence, upload state and audit chain from the overview, active or revoked, and revoke.
 */
import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsoleDevice } from '../../../src-shared/console/consoleApi';
import type { DeviceUploadRow } from '../../../src-shared/stats/uploadStatus';
import { formatTime } from './formatTime';
import { AuditChainBadge, UploadStateBadge } from './UploadStateBadge';

export function DeviceTable({
  devices,
  uploads,
  unitName,
  onRevoke,
}: {
  devices: readonly ConsoleDevice[];
  /** Upload rows by device id; revoked devices have none. */
  uploads: ReadonlyMap<string, DeviceUploadRow>;
  unitName: ReadonlyMap<string, string>;
  /** Absent for a read-only account: no revoke column. */
  onRevoke?: (device: ConsoleDevice) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped aria-label={t('devices.table')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('devices.unit')}</Table.Th>
          <Table.Th>{t('devices.name')}</Table.Th>
          <Table.Th>{t('devices.enrolledAt')}</Table.Th>
          <Table.Th>{t('devices.lastContact')}</Table.Th>
          <Table.Th>{t('devices.lastSeq')}</Table.Th>
          <Table.Th>{t('upload.state')}</Table.Th>
          <Table.Th>{t('upload.auditChain')}</Table.Th>
          <Table.Th>{t('devices.state')}</Table.Th>
          {onRevoke === undefined ? null : <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {devices.map((device) => {
          const upload = uploads.get(device.id);
          return (
            <Table.Tr key={device.id} data-device-id={device.id}>
              <Table.Td>{unitName.get(device.unitCode) ?? device.unitCode}</Table.Td>
              <Table.Td>{device.name ?? '—'}</Table.Td>
              <Table.Td>{formatTime(device.enrolledAt, i18n.language)}</Table.Td>
              <Table.Td>
                {formatTime(upload?.state.lastContactAt ?? device.lastContactAt, i18n.language)}
              </Table.Td>
              <Table.Td>{device.lastSeq}</Table.Td>
              <Table.Td>
                {upload === undefined ? '—' : <UploadStateBadge state={upload.state} />}
              </Table.Td>
              <Table.Td>
                {upload === undefined ? (
                  '—'
                ) : (
                  <AuditChainBadge flagged={upload.state.auditFlagged} />
                )}
              </Table.Td>
              <Table.Td>
                {device.revokedAt === null ? (
                  <Badge color="green">{t('devices.active')}</Badge>
                ) : (
                  <Badge color="gray">{t('devices.revoked')}</Badge>
                )}
              </Table.Td>
              {onRevoke === undefined ? null : (
                <Table.Td>
                  {device.revokedAt === null ? (
                    <Button size="xs" color="red" variant="light" onClick={() => onRevoke(device)}>
                      {t('devices.revoke')}
                    </Button>
                  ) : null}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
