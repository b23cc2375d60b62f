/**
 * Per unit of the chosen subtree: its devices, their worst upload state, the last contact of that
 * device and flagged audit chains; a switch narrows it to the units needing attention.
 */
import { Badge, Switch, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitNeedsAttention } from '../../../src-shared/console/uploadStateApi';
import type { DeviceUploadRow, UnitUploadRow } from '../../../src-shared/stats/uploadStatus';
import { formatTime } from './formatTime';
import { UploadStateBadge } from './UploadStateBadge';

/** The latest contact of any device of each unit. */
function lastContactByUnit(devices: readonly DeviceUploadRow[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const device of devices) {
    const seen = latest.get(device.unitCode);
    if (seen === undefined || Date.parse(device.state.lastContactAt) > Date.parse(seen))
      latest.set(device.unitCode, device.state.lastContactAt);
  }
  return latest;
}

export function UnitUploadTable({
  rows,
  devices,
}: {
  rows: readonly UnitUploadRow[];
  devices: readonly DeviceUploadRow[];
}) {
  const { t, i18n } = useTranslation();
  const lastContact = lastContactByUnit(devices);
  const [onlyAttention, setOnlyAttention] = useState(false);
  const shown = onlyAttention ? rows.filter(unitNeedsAttention) : rows;
  return (
    <Stack gap="xs">
      <Switch
        label={t('upload.onlyAttention')}
        checked={onlyAttention}
        onChange={(event) => setOnlyAttention(event.currentTarget.checked)}
      />
      {shown.length === 0 ? (
        <Text c="dimmed">{t('upload.allClear')}</Text>
      ) : (
        <Table striped aria-label={t('upload.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('upload.unit')}</Table.Th>
              <Table.Th>{t('upload.devices')}</Table.Th>
              <Table.Th>{t('upload.state')}</Table.Th>
              <Table.Th>{t('upload.lastContact')}</Table.Th>
              <Table.Th>{t('upload.auditChain')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.unit.code} data-unit-code={row.unit.code}>
                <Table.Td>{row.unit.name}</Table.Td>
                <Table.Td>{row.devices}</Table.Td>
                <Table.Td>
                  {row.noDeviceEnrolled ? (
                    <Badge color="red" data-upload-status="noDeviceEnrolled">
                      {t('upload.noDeviceEnrolled')}
                    </Badge>
                  ) : (
                    <UploadStateBadge state={row.worst} />
                  )}
                </Table.Td>
                <Table.Td>
                  {formatTime(lastContact.get(row.unit.code) ?? null, i18n.language)}
                </Table.Td>
                <Table.Td>
                  {row.devices === 0 ? (
                    '—'
                  ) : row.auditFlagged > 0 ? (
                    <Text size="sm" c="red">
                      {t('upload.auditFlaggedCount', { count: row.auditFlagged })}
                    </Text>
                  ) : (
                    <Text size="sm">{t('upload.auditOk')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
