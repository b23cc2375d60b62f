import { Alert, Button, Divider, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalNeed } from '../../../../../src-shared/workflows';
import type { ApproverProof } from '../../../db/approverProof';
import { PasswordField, refusalText } from '../../auth';
import { confirmApproverAtDesk } from './approvalCommands';
import { useApproverCandidates } from './useApproverCandidates';

/**
 * A step refused for want of a role: the approver confirms here with their own password, or the
 * step is sent as an approval request to their workstation.
 */
export function ApprovalPrompt({
  need,
  operatorId,
  onConfirmed,
  onRequest,
}: {
  need: ApprovalNeed;
  operatorId: string;
  onConfirmed: (proof: ApproverProof) => Promise<void>;
  onRequest: (reason: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const candidates = useApproverCandidates(need.roles, operatorId);
  const [approverId, setApproverId] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const roles = need.roles.map((r) => t(`codes.role.${r}`)).join('、');
  const chosen = approverId ?? (candidates.length === 1 ? (candidates[0]?.id ?? null) : null);

  const confirm = async () => {
    if (!chosen) return;
    setBusy(true);
    const result = await confirmApproverAtDesk(chosen, password);
    setPassword('');
    if (result.ok) await onConfirmed(result.proof);
    else setError(refusalText(t, i18n.language, result));
    setBusy(false);
  };
  const request = async () => {
    setBusy(true);
    await onRequest(reason);
    setBusy(false);
  };

  return (
    <Alert color="yellow" title={t('workflowsUi.approval.needed', { roles })}>
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          {t('workflowsUi.approval.present')}
        </Text>
        {candidates.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workflowsUi.approval.noneHere', { roles })}
          </Text>
        ) : (
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('workflowsUi.approval.approver')}
              data={candidates.map((u) => ({
                value: u.id,
                label: t('auth.userLabel', { name: u.name, role: t(`codes.role.${u.role}`) }),
              }))}
              value={chosen}
              onChange={setApproverId}
              allowDeselect={false}
            />
            <PasswordField
              label={t('workflowsUi.approval.approverPassword')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="off"
            />
            <Button onClick={() => void confirm()} loading={busy} disabled={!chosen || !password}>
              {t('workflowsUi.approval.confirm')}
            </Button>
          </Group>
        )}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        <Divider />
        <Text size="sm" fw={500}>
          {t('workflowsUi.approval.remote')}
        </Text>
        <Textarea
          label={t('workflowsUi.approval.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void request()} loading={busy}>
            {t('workflowsUi.approval.send')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
