import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalRow } from '../../db/approvalTables';
import { formatDateTime } from '../../ui/formatDate';
import { AnswerDialog } from './AnswerDialog';
import { useApprovalInbox } from './useApprovalInbox';

/** 待审批: the requests that wait for the signed-in user's role. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const inbox = useApprovalInbox();
  const [answering, setAnswering] = useState<ApprovalRow | null>(null);
  if (inbox === undefined) return null;
  return (
    <Stack maw={900}>
      <Title order={2}>{t('approvals.title')}</Title>
      {inbox.length === 0 ? <Alert color="gray">{t('approvals.empty')}</Alert> : null}
      {inbox.map((request) => {
        const action = t(`workflow.${request.workflowKind}.event.${request.event}`, {
          defaultValue: request.event,
        });
        return (
          <Paper
            key={request.id}
            withBorder
            p="md"
            component="article"
            aria-label={request.caseTitle}
          >
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Text fw={500}>{request.caseTitle}</Text>
                <Text size="sm">{action}</Text>
                <Text size="xs" c="dimmed">
                  {t('approvals.from', {
                    name: request.requestedBy.name,
                    role: t(`codes.role.${request.requestedBy.role}`),
                    at: formatDateTime(request.requestedAt, i18n.language),
                  })}
                </Text>
              </Stack>
              <Button onClick={() => setAnswering(request)}>{t('approvals.answer')}</Button>
            </Group>
          </Paper>
        );
      })}
      {answering ? <AnswerDialog request={answering} onClose={() => setAnswering(null)} /> : null}
    </Stack>
  );
}
