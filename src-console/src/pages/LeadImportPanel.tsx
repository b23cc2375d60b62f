/**
 * Import a model's lead list: the file is checked on the server first (every bad row shown with
 * its row, column and reason); only a clean preview offers the import, which sends the same file.
 */
import { Alert, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadPreviewResponse, LeadUploadRequest } from '../../../src-shared/console/leadsApi';
import {
  leadImportResponseSchema,
  leadPreviewResponseSchema,
  MAX_LEAD_FILE_BYTES,
} from '../../../src-shared/console/leadsApi';
import { CONSOLE_API_PREFIX } from '../../../src-shared/console/consoleApi';
import { fetchJson } from '../api/api';
import { useErrorText } from './useErrorText';

const MB = 1024 * 1024;

async function uploadOf(file: File): Promise<LeadUploadRequest> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, content: btoa(binary) };
}

export function LeadImportPanel({
  unitName,
  onImported,
}: {
  unitName: (code: string) => string;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<LeadUploadRequest | null>(null);
  const [preview, setPreview] = useState<LeadPreviewResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setUpload(null);
    setError(null);
    setDone(null);
    if (chosen === null) return;
    // Refused here with the reader's own message: the server would refuse the body unread.
    if (chosen.size > MAX_LEAD_FILE_BYTES) {
      const problem = {
        key: 'leadSheet.file.tooLarge',
        params: { size: (chosen.size / MB).toFixed(1), max: MAX_LEAD_FILE_BYTES / MB },
      };
      setPreview({ ok: false, problem, issues: [], lists: [] });
      return;
    }
    setBusy(true);
    try {
      const body = await uploadOf(chosen);
      setPreview(
        await fetchJson('/leads/preview', leadPreviewResponseSchema, { method: 'POST', body }),
      );
      setUpload(body);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (upload === null) return;
    setBusy(true);
    try {
      const result = await fetchJson('/leads/import', leadImportResponseSchema, {
        method: 'POST',
        body: upload,
      });
      setDone(t('consoleLeads.import.done', result));
      setPreview(null);
      setUpload(null);
      setFile(null);
      onImported();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const total = preview?.lists.reduce((sum, l) => sum + l.count, 0) ?? 0;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('consoleLeads.import.title')}</Title>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('consoleLeads.import.hint')}
        </Text>
        <Button
          component="a"
          href={`${CONSOLE_API_PREFIX}/leads/template`}
          download="lead-template.xlsx"
          variant="default"
          size="xs"
        >
          {t('consoleLeads.import.template')}
        </Button>
      </Group>
      <FileInput
        label={t('consoleLeads.import.file')}
        accept=".xlsx,.json,application/json"
        value={file}
        onChange={(chosen) => void choose(chosen)}
        disabled={busy}
        clearable
      />
      {busy ? <Text size="sm">{t('consoleLeads.import.checking')}</Text> : null}
      {error === null ? null : <Alert color="red">{error}</Alert>}
      {done === null ? null : (
        <Alert color="green" data-testid="lead-import-done">
          {done}
        </Alert>
      )}
      {preview?.problem ? (
        <Alert
          color="red"
          title={t('consoleLeads.import.problem')}
          data-testid="lead-sheet-problem"
        >
          {t(preview.problem.key, preview.problem.params)}
        </Alert>
      ) : null}
      {preview !== null && preview.issues.length > 0 ? (
        <Alert color="red" data-testid="lead-sheet-issues">
          <Text size="sm" mb="xs">
            {t('consoleLeads.import.issuesTitle', { count: preview.issues.length })}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consoleLeads.import.row')}</Table.Th>
                <Table.Th>{t('consoleLeads.import.column')}</Table.Th>
                <Table.Th>{t('consoleLeads.import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.issues.map((issue, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{issue.rowNumber}</Table.Td>
                  <Table.Td>{issue.column ?? t('consoleLeads.import.wholeRow')}</Table.Td>
                  <Table.Td>{t(issue.key, issue.params)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      ) : null}
      {preview?.ok === true ? (
        <Stack gap="xs" data-testid="lead-sheet-ready">
          <Text size="sm">
            {t('consoleLeads.import.ready', {
              count: total,
              units: new Set(preview.lists.map((l) => l.unitCode)).size,
            })}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consoleLeads.import.unit')}</Table.Th>
                <Table.Th>{t('consoleLeads.import.model')}</Table.Th>
                <Table.Th>{t('consoleLeads.import.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.lists.map((l) => (
                <Table.Tr key={`${l.unitCode}:${l.modelName}`}>
                  <Table.Td>{unitName(l.unitCode)}</Table.Td>
                  <Table.Td>{l.modelName}</Table.Td>
                  <Table.Td>{l.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Button onClick={() => void submit()} loading={busy} w="fit-content">
            {t('consoleLeads.import.submit')}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
