/** 单位与设备: the unit tree beside the devices of the chosen unit's subtree. */
import { Alert, Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDevice, UnitTreeNode } from '../../../src-shared/console/consoleApi';
import {
  deviceListResponseSchema,
  unitTreeResponseSchema,
} from '../../../src-shared/console/consoleApi';
import { fetchJson } from '../api/api';
import { useSession } from '../app/session';
import { formatTime } from './formatTime';
import { IssueCodeDialog } from './IssueCodeDialog';
import { RevokeDialog } from './RevokeDialog';
import { UnitTree, subtreeOf } from './UnitTree';
import { useErrorText } from './useErrorText';

export function UnitsDevicesPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { session } = useSession();
  const canWrite = session.account.role !== 'viewer';
  const [units, setUnits] = useState<UnitTreeNode[]>([]);
  const [devices, setDevices] = useState<ConsoleDevice[]>([]);
  const [selected, setSelected] = useState<string>(session.account.unit.code);
  const [error, setError] = useState<string | null>(null);
  const [isIssuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState<ConsoleDevice | null>(null);

  // Bumped after a change (revoke) to read the lists again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([
      fetchJson('/units', unitTreeResponseSchema),
      fetchJson('/devices', deviceListResponseSchema),
    ]).then(
      ([tree, list]) => {
        if (!isCurrent) return;
        setUnits(tree.units);
        setDevices(list.devices);
      },
      (caught: unknown) => {
        if (isCurrent) setError(errorText(caught));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [version, errorText]);

  const inside = subtreeOf(units, selected);
  const unitName = new Map(units.map((u) => [u.code, u.name]));
  const shown = devices.filter((d) => inside.has(d.unitCode));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('nav.units')}</Title>
        {canWrite ? (
          <Button onClick={() => setIssuing(true)}>{t('devices.issueButton')}</Button>
        ) : null}
      </Group>
      {error === null ? null : <Alert color="red">{error}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="xs">
            <UnitTree units={units} selected={selected} onSelect={setSelected} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {shown.length === 0 ? (
            <Text c="dimmed">{t('devices.none')}</Text>
          ) : (
            <Table striped aria-label={t('devices.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('devices.unit')}</Table.Th>
                  <Table.Th>{t('devices.name')}</Table.Th>
                  <Table.Th>{t('devices.enrolledAt')}</Table.Th>
                  <Table.Th>{t('devices.lastContact')}</Table.Th>
                  <Table.Th>{t('devices.lastSeq')}</Table.Th>
                  <Table.Th>{t('devices.state')}</Table.Th>
                  {canWrite ? <Table.Th /> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((device) => (
                  <Table.Tr key={device.id} data-device-id={device.id}>
                    <Table.Td>{unitName.get(device.unitCode) ?? device.unitCode}</Table.Td>
                    <Table.Td>{device.name ?? '—'}</Table.Td>
                    <Table.Td>{formatTime(device.enrolledAt, i18n.language)}</Table.Td>
                    <Table.Td>{formatTime(device.lastContactAt, i18n.language)}</Table.Td>
                    <Table.Td>{device.lastSeq}</Table.Td>
                    <Table.Td>
                      {device.revokedAt === null ? (
                        <Badge color="green">{t('devices.active')}</Badge>
                      ) : (
                        <Badge color="gray">{t('devices.revoked')}</Badge>
                      )}
                    </Table.Td>
                    {canWrite ? (
                      <Table.Td>
                        {device.revokedAt === null ? (
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() => setRevoking(device)}
                          >
                            {t('devices.revoke')}
                          </Button>
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Grid.Col>
      </Grid>
      {isIssuing ? (
        <IssueCodeDialog units={units} initialUnit={selected} onClose={() => setIssuing(false)} />
      ) : null}
      {revoking === null ? null : (
        <RevokeDialog
          device={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setRevoking(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Stack>
  );
}
