import { Badge, Button, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCaseAttachments, type CaseAttachmentView } from '../../db/attachmentTables';
import { getDb } from '../../db/database';
import { formatDateTime } from '../../ui/formatDate';
import { MAX_BLOB_BYTES } from '../../../../src-shared/sync/blobs';
import { attachFile, detachFile, openAttachment } from './attachmentCommands';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where the bytes of one attachment stand, for a person: nothing when all is well. */
function UploadBadge({ item }: { item: CaseAttachmentView }) {
  const { t } = useTranslation();
  if (item.upload === 'pending')
    return (
      <Badge color="yellow" variant="light">
        {t('attachments.notUploaded')}
      </Badge>
    );
  if (item.upload === 'failed' && item.uploadError === 'damaged-at-rest')
    return (
      <Badge color="red" variant="light" title={t('attachments.damagedHint')}>
        {t('attachments.damaged')}
      </Badge>
    );
  if (item.upload === 'failed')
    return (
      <Badge color="red" variant="light" title={t('attachments.refusedHint')}>
        {t('attachments.refused')}
      </Badge>
    );
  if (!item.isLocal)
    return (
      <Badge color="gray" variant="outline">
        {t('attachments.onServer')}
      </Badge>
    );
  return null;
}

/** The attachments section of a case page: list, add, open (fetching when needed), remove. */
export function CaseAttachments({ caseId, isReadOnly }: { caseId: string; isReadOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const items = useLiveQuery(() => listCaseAttachments(getDb(), caseId), [caseId]);
  const [busy, setBusy] = useState<string | null>(null);

  const fail = (code: string) => {
    notifications.show({
      color: 'red',
      title: t('attachments.failedTitle'),
      message: t(`attachments.error.${code}`, {
        defaultValue: t('attachments.error.other', { code }),
        max: formatSize(MAX_BLOB_BYTES),
      }),
    });
  };
  const onAdd = async (file: File | null) => {
    if (!file) return;
    setBusy('add');
    try {
      const result = await attachFile(caseId, file);
      if (!result.ok) fail(result.code);
    } finally {
      setBusy(null);
    }
  };
  const onOpen = async (item: CaseAttachmentView) => {
    setBusy(item.id);
    try {
      const result = await openAttachment(item.name, item.sha256);
      if (!result.ok) fail(result.code);
    } finally {
      setBusy(null);
    }
  };
  const onRemove = async (item: CaseAttachmentView) => {
    const result = await detachFile(item.id);
    if (!result.ok) fail(result.code);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('attachments.title')}</Title>
        {isReadOnly ? null : (
          <FileButton onChange={(file) => void onAdd(file)}>
            {(props) => (
              <Button {...props} variant="light" loading={busy === 'add'}>
                {t('attachments.add')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {items === undefined || items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('attachments.empty')}
        </Text>
      ) : (
        <Paper withBorder>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attachments.column.name')}</Table.Th>
                <Table.Th>{t('attachments.column.size')}</Table.Th>
                <Table.Th>{t('attachments.column.addedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{item.name}</Text>
                      <UploadBadge item={item} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatSize(item.size)}</Table.Td>
                  <Table.Td>{formatDateTime(item.addedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end">
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={busy === item.id}
                        onClick={() => void onOpen(item)}
                      >
                        {t(item.isLocal ? 'attachments.open' : 'attachments.download')}
                      </Button>
                      {isReadOnly ? null : (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => void onRemove(item)}
                        >
                          {t('attachments.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
