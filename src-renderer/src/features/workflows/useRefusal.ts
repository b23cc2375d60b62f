import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowFailure } from '../../db/workflowResult';

/** Whether a refusal names the top-level field at `path` (in its details or its fields). */
export function refusalConcerns(reason: WorkflowFailure | null, path: readonly unknown[]): boolean {
  const field = path[0];
  if (reason === null || typeof field !== 'string') return false;
  const details = reason.details ?? {};
  const fields = details['fields'];
  return (
    field in details ||
    (Array.isArray(fields) && fields.some((f) => String(f).split('.')[0] === field))
  );
}

/** A refusal shown in a form: the reason, and the fields it names marked in place. */
export function useRefusal() {
  const { t } = useTranslation();
  const [reason, setReason] = useState<WorkflowFailure | null>(null);
  const fieldErrors = useMemo((): Record<string, string> => {
    const fields = reason?.details?.['fields'];
    if (!reason || !Array.isArray(fields)) return {};
    const message =
      reason.code === 'missing-field'
        ? t('workflowsUi.form.required')
        : t('workflowsUi.form.invalid');
    return Object.fromEntries(fields.map((f) => [String(f), message]));
  }, [reason, t]);
  return {
    reason,
    fieldErrors,
    show: (next: WorkflowFailure) => setReason(next),
    clear: () => setReason(null),
  };
}
