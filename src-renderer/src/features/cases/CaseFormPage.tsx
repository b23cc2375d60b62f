import { useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCase } from './useCase';
import { CaseFields } from './CaseFields';
import { emptyDraft, recordToDraft, type CaseDraft } from './caseDraft';
import { saveCase } from './commands';
import { useCurrentUser } from '../../app/useCurrentUser';
import { todayIso } from '../../ui/formatDate';
import { issuesByPath } from '../../ui/issues';

/** Create a case (no id in the route) or edit one. */
export function CaseFormPage() {
  const { id } = useParams();
  const record = useCase(id);
  const user = useCurrentUser();
  if (id && record === undefined) return <Loader />;
  if (!user) return <Loader />;
  return (
    <CaseForm
      key={id ?? 'new'}
      caseId={id}
      initial={record ? recordToDraft(record) : emptyDraft(user.id, todayIso())}
    />
  );
}

function CaseForm({ caseId, initial }: { caseId: string | undefined; initial: CaseDraft }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const result = await saveCase(caseId, draft).catch((e: unknown) => ({
      ok: false as const,
      issues: [],
      error: e instanceof Error ? e.message : String(e),
    }));
    setBusy(false);
    if (result.ok) {
      void navigate(`/cases/${result.value.id}`);
      return;
    }
    setErrors(issuesByPath(result.issues));
    setFailure(result.issues.length > 0 ? 'caseForm.fixErrors' : 'caseForm.saveFailed');
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
        <Title order={2}>{caseId ? t('caseForm.editTitle') : t('caseForm.newTitle')}</Title>
        {failure ? (
          <Alert color="red" role="alert">
            {t(failure)}
          </Alert>
        ) : null}
        <CaseFields draft={draft} errors={errors} onChange={setDraft} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('caseForm.save')}
          </Button>
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
