import { Alert, Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../src-shared/domain/unit';
import type { BackupRefusal, OpenedArchive, RestoreProgress } from '../../db/backup';
import { BackupProgressBar } from './BackupProgressBar';
import { restoreBackup } from './commands';
import { EMPTY_SECRET, SecretFields, toArchiveSecret, type SecretInput } from './SecretFields';

/** The device restoring over its data; null on a fresh profile (the first-run page). */
export type RestoreTarget = { unit: Unit; pendingCount: number } | null;

/**
 * Restoring a chosen archive: what it is, who opens it (a user's password as of the backup, or the
 * recovery key), the confirmations a set-up device needs, then progress until the app restarts.
 */
export function RestoreDialog({
  opened,
  current,
  onClose,
}: {
  opened: OpenedArchive;
  current: RestoreTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { header } = opened;
  const [secret, setSecret] = useState<SecretInput>(EMPTY_SECRET);
  const [isReplaceConfirmed, setReplaceConfirmed] = useState(false);
  const [isOtherUnitConfirmed, setOtherUnitConfirmed] = useState(false);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [refusal, setRefusal] = useState<BackupRefusal | null>(null);
  const [isDone, setDone] = useState(false);
  const isOtherUnit = current !== null && current.unit.code !== header.unit.code;
  const archiveSecret = toArchiveSecret(secret);
  const canSubmit =
    archiveSecret !== null &&
    (current === null || isReplaceConfirmed) &&
    (!isOtherUnit || isOtherUnitConfirmed);
  const rows = Object.values(header.rowCounts).reduce((sum, n) => sum + n, 0);

  const submit = async () => {
    if (!archiveSecret || !canSubmit) return;
    setRefusal(null);
    setProgress({ phase: 'decrypt', done: 0, total: header.bodyBytes });
    const refused = await restoreBackup({
      opened,
      secret: archiveSecret,
      isOtherUnitConfirmed,
      onProgress: setProgress,
    }).catch(() => ({ ok: false, reason: 'verify-failed' }) as const);
    setProgress(null);
    if (refused) setRefusal(refused.reason);
    else setDone(true);
  };

  return (
    <Modal opened onClose={onClose} title={t('backup.restore.title')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>{t('backup.restore.unit')}</Table.Th>
                <Table.Td>
                  {t('backup.restore.unitLabel', {
                    name: header.unit.name,
                    code: header.unit.code,
                  })}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('backup.restore.createdAt')}</Table.Th>
                <Table.Td>
                  {`${dayjs(header.createdAt).format('YYYY-MM-DD HH:mm:ss')} · ${t(`backup.kind.${header.kind}`)}`}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('backup.restore.rows')}</Table.Th>
                <Table.Td>{rows}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {header.unreadableTables.length > 0 ? (
            <Alert color="yellow">
              {t('backup.restore.unreadable', { tables: header.unreadableTables.join('、') })}
            </Alert>
          ) : null}
          <SecretFields
            users={header.users.filter((u) => u.active)}
            value={secret}
            onChange={setSecret}
          />
          {current ? (
            <>
              <Alert color="red">
                <Text size="sm">{t('backup.restore.replaceWarning')}</Text>
                {current.pendingCount > 0 ? (
                  <Text size="sm">
                    {t('backup.restore.pending', { count: current.pendingCount })}
                  </Text>
                ) : null}
              </Alert>
              <Checkbox
                label={t('backup.restore.confirmReplace')}
                checked={isReplaceConfirmed}
                onChange={(e) => setReplaceConfirmed(e.currentTarget.checked)}
              />
            </>
          ) : null}
          {isOtherUnit ? (
            <>
              <Alert color="orange">
                {t('backup.restore.otherUnit', {
                  unit: header.unit.name,
                  code: header.unit.code,
                  current: current.unit.name,
                })}
              </Alert>
              <Checkbox
                label={t('backup.restore.confirmOtherUnit')}
                checked={isOtherUnitConfirmed}
                onChange={(e) => setOtherUnitConfirmed(e.currentTarget.checked)}
              />
            </>
          ) : null}
          {progress ? <BackupProgressBar progress={progress} /> : null}
          {refusal ? (
            <Alert color="red" role="alert">
              {t(`backup.refusal.${refusal}`)}
            </Alert>
          ) : null}
          {isDone ? <Text role="status">{t('backup.restore.done')}</Text> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={progress !== null}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={progress !== null} disabled={!canSubmit || isDone}>
              {t('backup.restore.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
