import { Badge, Button, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import type { DocumentTemplateId } from '../../../../src-shared/documents';
import type { WorkflowRecord, WorkflowStepRecord } from '../../db/workflowRows';
import { formatDateTime } from '../../ui/formatDate';
import { printStoredDocument, saveStoredDocx } from './commands';
import { DocumentDialog } from './DocumentDialog';
import { useWorkflowDocuments } from './useWorkflowDocuments';
import { reachedDocuments, type WorkflowView } from './workflowView';

type Props = {
  workflow: WorkflowRecord;
  view: WorkflowView;
  steps: readonly WorkflowStepRecord[];
  caseRecord: CaseRecord;
};

/** The documents the steps so far produce: generate a draft, save it again, print it to PDF. */
export function DocumentsSection({ workflow, view, steps, caseRecord }: Props) {
  const { t, i18n } = useTranslation();
  const documents = useWorkflowDocuments(workflow.id) ?? [];
  const [drafting, setDrafting] = useState<DocumentTemplateId | null>(null);
  const templates = reachedDocuments(view, steps);
  if (templates.length === 0 && documents.length === 0) return null;
  const docTitle = (id: string) => t(`workflowsUi.documentTitle.${id}`);
  return (
    <Stack gap="xs" component="section" aria-label={t('workflowsUi.documents.title')}>
      <Title order={5}>{t('workflowsUi.documents.title')}</Title>
      <Group gap="xs">
        {templates.map((id) => (
          <Button key={id} size="xs" variant="light" onClick={() => setDrafting(id)}>
            {t('workflowsUi.documents.generate', { title: docTitle(id) })}
          </Button>
        ))}
      </Group>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workflowsUi.documents.none')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {/* The file's hash is for checking a copy, not for reading: on hover only. */}
                  <Tooltip label={t('workflowsUi.documentFingerprint', { hash: d.fileSha256 })}>
                    <Text size="sm" span>
                      {docTitle(d.templateId)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td>{formatDateTime(d.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge variant="outline">{t(`workflowsUi.documents.status.${d.status}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => void saveStoredDocx(d)}
                    >
                      {t('workflowsUi.documents.docx')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => void printStoredDocument(d)}
                    >
                      {t('workflowsUi.documents.pdf')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {drafting ? (
        <DocumentDialog
          templateId={drafting}
          workflow={workflow}
          view={view}
          caseRecord={caseRecord}
          onClose={() => setDrafting(null)}
        />
      ) : null}
    </Stack>
  );
}
