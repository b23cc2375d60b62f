import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import type { AvailableEvent } from '../../../../src-shared/workflows';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { WorkflowRecord } from '../../db/workflowRows';
import { DocumentsSection } from './DocumentsSection';
import { DueBadge } from './DueBadge';
import { WorkflowApprovals } from './approval/WorkflowApprovals';
import { EventActions } from './EventActions';
import { EventDialog } from './EventDialog';
import { HistoryTimeline } from './HistoryTimeline';
import { StepGuide } from './StepGuide';
import { StepTrack } from './StepTrack';
import { useWorkflowSteps } from './useWorkflowSteps';
import { workflowView } from './workflowView';

/** One workflow of the case: where it stands, what may be done now, and what has been done. */
export function WorkflowCard({
  workflow,
  caseRecord,
}: {
  workflow: WorkflowRecord;
  caseRecord: CaseRecord;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const steps = useWorkflowSteps(workflow.id) ?? [];
  const role = user?.role ?? '';
  const view = useMemo(() => workflowView(workflow, role), [workflow, role]);
  const [active, setActive] = useState<AvailableEvent | null>(null);
  const title = t(`workflow.${workflow.kind}.title`);
  if (!view) {
    return (
      <Paper withBorder p="md" component="article" aria-label={title}>
        <Text c="red">{t('workflowsUi.card.unreadable')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" component="article" aria-label={title}>
      <Stack>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4}>{title}</Title>
            <Badge variant="filled">{t(view.meta.titleKey)}</Badge>
            {view.isDone ? <Badge color="gray">{t('workflowsUi.card.done')}</Badge> : null}
          </Group>
          <DueBadge due={workflow.due} />
        </Group>
        <StepTrack view={view} steps={steps} />
        {view.isDone ? null : <StepGuide view={view} />}
        <EventActions events={view.events} onChoose={setActive} />
        {user ? <WorkflowApprovals workflowId={workflow.id} userId={user.id} /> : null}
        <DocumentsSection workflow={workflow} view={view} steps={steps} caseRecord={caseRecord} />
        <HistoryTimeline kind={workflow.kind} steps={steps} />
      </Stack>
      {active ? (
        <EventDialog
          workflow={workflow}
          view={view}
          event={active}
          caseRecord={caseRecord}
          onClose={() => setActive(null)}
        />
      ) : null}
    </Paper>
  );
}
