import { useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { allowedLeadActions } from '../../../../src-shared/domain/leadStatus';
import type { LeadResult } from '../../db/leadRepository';
import type { LeadRow } from '../../db/rowTypes';
import { formatDate } from '../../ui/formatDate';
import { dismissLead, startVerifying } from './commands';
import { DismissForm } from './DismissForm';
import { LeadStatusBadge } from './LeadStatusBadge';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}

/** One lead with the actions its status allows. */
export function LeadDetail({ lead }: { lead: LeadRow }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [isDismissing, setDismissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const allowed = allowedLeadActions(lead.status);

  const run = async (write: () => Promise<LeadResult>) => {
    setBusy(true);
    setError(null);
    const result = await write();
    setBusy(false);
    if (result.ok) setDismissing(false);
    else setError(t(`leads.refusal.${result.code}`));
  };

  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={4}>{lead.title}</Title>
          <LeadStatusBadge status={lead.status} />
        </Group>
        <Field label={t('leads.detail.model')} value={lead.modelName ?? t('leads.source.local')} />
        <Field label={t('leads.detail.batch')} value={lead.batch} />
        <Field label={t('leads.detail.externalId')} value={lead.externalId} />
        <Field label={t('leads.detail.region')} value={lead.region} />
        <Field
          label={t('leads.detail.occurredAt')}
          value={formatDate(lead.occurredAt ?? undefined, i18n.language)}
        />
        <Field
          label={t('leads.detail.parties')}
          value={lead.parties.map((p) => (p.role ? `${p.name}（${p.role}）` : p.name)).join('、')}
        />
        <Field label={t('leads.detail.dismissReason')} value={lead.dismissReason} />
        {lead.caseOutcome ? (
          <Field
            label={t('leads.detail.caseOutcome')}
            value={[t(`codes.caseStatus.${lead.caseOutcome.caseStatus}`), lead.caseOutcome.result]
              .filter(Boolean)
              .join('：')}
          />
        ) : null}
        {lead.caseId ? (
          <Anchor component={Link} to={`/cases/${lead.caseId}`} size="sm">
            {t('leads.detail.openCase')}
          </Anchor>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('leads.detail.content')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {lead.content}
        </Text>
        {isDismissing ? (
          <DismissForm
            busy={busy}
            error={error}
            onConfirm={(reason) => void run(() => dismissLead(lead.id, reason))}
            onCancel={() => setDismissing(false)}
          />
        ) : (
          <Group>
            {allowed.includes('verifying') ? (
              <Button loading={busy} onClick={() => void run(() => startVerifying(lead.id))}>
                {t('leads.action.verify')}
              </Button>
            ) : null}
            {allowed.includes('becameCase') ? (
              <Button onClick={() => void navigate(`/leads/${lead.id}/case`)}>
                {t('leads.action.convert')}
              </Button>
            ) : null}
            {allowed.includes('dismissed') ? (
              <Button variant="default" color="red" onClick={() => setDismissing(true)}>
                {t('leads.action.dismiss')}
              </Button>
            ) : null}
          </Group>
        )}
        {error !== null && !isDismissing ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
