import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { StartWorkflowDialog } from './StartWorkflowDialog';
import { useCaseWorkflows } from './useCaseWorkflows';
import { WorkflowCard } from './WorkflowCard';

/** The case page's guided workflows: start one, and work each step by step. */
export function WorkflowPanel({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useTranslation();
  const workflows = useCaseWorkflows(caseRecord.id);
  const [isStarting, setStarting] = useState(false);
  return (
    <Stack component="section" aria-label={t('workflowsUi.panel.title')}>
      <Group justify="space-between">
        <Title order={3}>{t('workflowsUi.panel.title')}</Title>
        <Button onClick={() => setStarting(true)} disabled={caseRecord.deleted === 1}>
          {t('workflowsUi.panel.start')}
        </Button>
      </Group>
      {workflows === undefined ? <Loader size="sm" /> : null}
      {workflows?.length === 0 ? <Text c="dimmed">{t('workflowsUi.panel.none')}</Text> : null}
      {workflows?.map((w) => (
        <WorkflowCard key={w.id} workflow={w} caseRecord={caseRecord} />
      ))}
      {isStarting ? (
        <StartWorkflowDialog caseRecord={caseRecord} onClose={() => setStarting(false)} />
      ) : null}
    </Stack>
  );
}
