import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowFailure } from '../../db/workflowResult';

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
