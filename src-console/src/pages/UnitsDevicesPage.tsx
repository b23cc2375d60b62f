/**
 * 单位与设备: the unit tree beside the chosen subtree's upload state per unit and its devices,
 * each with its upload state and audit chain.
 */
import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDevice, UnitTreeNode } from '../../../src-shared/console/consoleApi';
import {
  deviceListResponseSchema,
  unitTreeResponseSchema,
} from '../../../src-shared/console/consoleApi';
import {
  UPLOAD_STATE_PATH,
  uploadStateResponseSchema,
} from '../../../src-shared/console/uploadStateApi';
import type { UploadOverview } from '../../../src-shared/stats/uploadStatus';
import { fetchJson } from '../api/api';
import { useSession } from '../app/session';
import { DeviceTable } from './DeviceTable';
import { IssueCodeDialog } from './IssueCodeDialog';
import { RevokeDialog } from './RevokeDialog';
import { UnitTree, subtreeOf } from './UnitTree';
import { UnitUploadTable } from './UnitUploadTable';
import { useErrorText } from './useErrorText';

export function UnitsDevicesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { session } = useSession();
  const canWrite = session.account.role !== 'viewer';
  const [units, setUnits] = useState<UnitTreeNode[]>([]);
  const [devices, setDevices] = useState<ConsoleDevice[]>([]);
  const [overview, setOverview] = useState<UploadOverview | null>(null);
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
      fetchJson(UPLOAD_STATE_PATH, uploadStateResponseSchema),
    ]).then(
      ([tree, list, uploads]) => {
        if (!isCurrent) return;
        setUnits(tree.units);
        setDevices(list.devices);
        setOverview(uploads);
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
  const uploads = new Map((overview?.devices ?? []).map((d) => [d.deviceId, d]));
  const unitUploads = (overview?.units ?? []).filter((u) => inside.has(u.unit.code));

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
          <Stack>
            <Title order={3}>{t('upload.title')}</Title>
            {overview === null ? null : (
              <UnitUploadTable rows={unitUploads} devices={overview.devices} />
            )}
            <Title order={3}>{t('devices.table')}</Title>
            {shown.length === 0 ? (
              <Text c="dimmed">{t('devices.none')}</Text>
            ) : (
              <DeviceTable
                devices={shown}
                uploads={uploads}
                unitName={unitName}
                {...(canWrite ? { onRevoke: setRevoking } : {})}
              />
            )}
          </Stack>
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
