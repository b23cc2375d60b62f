import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalRow } from '../../../db/approvalTables';
import { formatDateTime } from '../../../ui/formatDate';
import { RefusalAlert } from '../RefusalAlert';
import { useRefusal } from '../useRefusal';
import { takeStepWithApproval, withdrawRequest } from './approvalCommands';
import { useWorkflowApprovals } from './useWorkflowApprovals';

const STATUS_COLOR = {
  pending: 'yellow',
  approved: 'green',
  rejected: 'red',
  used: 'gray',
  withdrawn: 'gray',
} as const;

/** The workflow's approval requests: where each stands, and what its requester can do with it. */
export function WorkflowApprovals({ workflowId, userId }: { workflowId: string; userId: string }) {
  const { t } = useTranslation();
  const requests = useWorkflowApprovals(workflowId).filter(
    (r) => r.status !== 'used' && r.status !== 'withdrawn',
  );
  if (requests.length === 0) return null;
  return (
    <Stack gap="xs" role="region" aria-label={t('workflowsUi.approval.section')}>
      {requests.map((request) => (
        <RequestLine
          key={request.id}
          request={request}
          isMine={request.requestedBy.id === userId}
        />
      ))}
    </Stack>
  );
}

function RequestLine({ request, isMine }: { request: ApprovalRow; isMine: boolean }) {
  const { t, i18n } = useTranslation();
  const refusal = useRefusal();
  const [busy, setBusy] = useState(false);
  const action = t(`workflow.${request.workflowKind}.event.${request.event}`, {
    defaultValue: request.event,
  });
  const roles = request.requiredRoles.map((r) => t(`codes.role.${r}`)).join('、');
  const take = async () => {
    setBusy(true);
    const result = await takeStepWithApproval(request.workflowId, request.event, request.id);
    setBusy(false);
    if (result.ok) {
      notifications.show({ message: t('workflowsUi.actions.done', { action }), color: 'green' });
    } else {
      refusal.show(result.reason);
    }
  };
  return (
    <Paper withBorder p="xs">
      <Stack gap={4}>
        <Group justify="space-between">
          <Group gap="xs">
            <Badge color={STATUS_COLOR[request.status]} variant="light">
              {t(`workflowsUi.approval.status.${request.status}`)}
            </Badge>
            <Text size="sm">{t('workflowsUi.approval.line', { action, roles })}</Text>
          </Group>
          {isMine && request.status === 'approved' ? (
            <Button size="xs" onClick={() => void take()} loading={busy}>
              {t('workflowsUi.approval.take', { action })}
            </Button>
          ) : null}
          {isMine && request.status === 'pending' ? (
            <Button size="xs" variant="subtle" onClick={() => void withdrawRequest(request.id)}>
              {t('workflowsUi.approval.withdraw')}
            </Button>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {request.answeredBy && request.answeredAt
            ? t('workflowsUi.approval.answered', {
                name: request.answeredBy.name,
                at: formatDateTime(request.answeredAt, i18n.language),
              })
            : t('workflowsUi.approval.asked', {
                name: request.requestedBy.name,
                at: formatDateTime(request.requestedAt, i18n.language),
              })}
          {request.note ? ` — ${request.note}` : ''}
        </Text>
        <RefusalAlert reason={refusal.reason} />
      </Stack>
    </Paper>
  );
}
