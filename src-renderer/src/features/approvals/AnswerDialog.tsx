import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalRow } from '../../db/approvalTables';
import { PasswordField, refusalText } from '../auth';
import { useFieldLabel } from '../workflows';
import { missingRequired } from '../../ui/issues';
import { answerRequest } from './commands';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The approver reads what was entered (sensitive values masked) and answers with their password. */
export function AnswerDialog({ request, onClose }: { request: ApprovalRow; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  const [decision, setDecision] = useState<'approve' | 'reject'>('approve');
  const [note, setNote] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const action = t(`workflow.${request.workflowKind}.event.${request.event}`, {
    defaultValue: request.event,
  });
  const submit = async () => {
    // A blank password is a slip, not a wrong one: it never reaches the check (or the lockout).
    const blank = missingRequired(decision === 'reject' ? { note, password } : { password });
    setMissing(blank);
    if (Object.keys(blank).length > 0) return;
    setBusy(true);
    const result = await answerRequest(request.id, {
      approve: decision === 'approve',
      note,
      password,
    });
    setBusy(false);
    setPassword('');
    if (result.ok) onClose();
    else if ('code' in result) setError(t(`approvals.error.${result.code}`));
    else setError(refusalText(t, i18n.language, result));
  };
  return (
    <Modal opened onClose={onClose} title={t('approvals.answerTitle', { action })} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            {t('approvals.context', { title: request.caseTitle, name: request.requestedBy.name })}
          </Text>
          {request.reason ? (
            <Text size="sm">{t('approvals.reason', { reason: request.reason })}</Text>
          ) : null}
          <Table aria-label={t('approvals.data')}>
            <Table.Tbody>
              {Object.entries(request.summary).map(([key, value]) => (
                <Table.Tr key={key}>
                  <Table.Th w="35%">{fieldLabel(key)}</Table.Th>
                  <Table.Td>{shown(value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <SegmentedControl
            value={decision}
            onChange={(v) => setDecision(v === 'reject' ? 'reject' : 'approve')}
            data={[
              { value: 'approve', label: t('approvals.approve') },
              { value: 'reject', label: t('approvals.reject') },
            ]}
          />
          <Textarea
            label={t('approvals.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required={decision === 'reject'}
            error={missing['note'] ? t('validation.required') : undefined}
            autosize
            minRows={2}
          />
          <PasswordField
            label={t('approvals.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            error={missing['password'] ? t('validation.required') : undefined}
            required
          />
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={decision === 'reject' ? 'red' : undefined}>
              {decision === 'approve' ? t('approvals.approve') : t('approvals.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
