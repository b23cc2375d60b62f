import { useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { canMoveLead } from '../../../../src-shared/domain/leadStatus';
import { useCurrentUser } from '../../app/useCurrentUser';
import { todayIso } from '../../ui/formatDate';
import { issuesByPath } from '../../ui/issues';
import { CaseFields, saveCase, type CaseDraft } from '../cases';
import { recordBecameCase } from './commands';
import { caseDraftFromLead } from './leadDraft';
import { useLead } from './useLeads';

/** "Convert to case": the new-case form prefilled from the lead; saving records what it became. */
export function LeadToCasePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const lead = useLead(id);
  const user = useCurrentUser();
  if (lead === undefined || !user) return <Loader />;
  if (lead === null || !canMoveLead(lead.status, 'becameCase'))
    return <Alert color="yellow">{t('leads.convert.notAllowed')}</Alert>;
  return <ConvertForm leadId={lead.id} initial={caseDraftFromLead(lead, user.id, todayIso())} />;
}

function ConvertForm({ leadId, initial }: { leadId: string; initial: CaseDraft }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The case once saved: a retry after recording "became case" failed records it for this case
  // instead of saving a second one.
  const [savedCaseId, setSavedCaseId] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      let caseId = savedCaseId;
      if (caseId === null) {
        const saved = await saveCase(undefined, draft);
        if (!saved.ok) {
          setErrors(issuesByPath(saved.issues));
          setFailure(saved.issues.length > 0 ? 'leads.convert.fixErrors' : 'leads.convert.failed');
          return;
        }
        caseId = saved.value.id;
        setSavedCaseId(caseId);
      }
      const marked = await recordBecameCase(leadId, caseId);
      if (!marked.ok) setFailure(`leads.refusal.${marked.code}`);
      else void navigate(`/cases/${caseId}`);
    } catch {
      setFailure('leads.convert.failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack maw={1100}>
        <Title order={2}>{t('leads.convert.title')}</Title>
        <Text c="dimmed">{t('leads.convert.intro')}</Text>
        {failure ? (
          <Alert color="red" role="alert">
            {t(failure)}
          </Alert>
        ) : null}
        <CaseFields draft={draft} errors={errors} onChange={setDraft} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('leads.convert.save')}
          </Button>
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('leads.action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
