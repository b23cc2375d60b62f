import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowFailure } from '../../db/workflowResult';
import { useFieldLabel } from './form/useFieldLabel';
import { refusalDetails } from './refusalDetails';

/** Why nothing was written, in the user's language. Renders nothing when there is no refusal. */
export function RefusalAlert({ reason }: { reason: WorkflowFailure | null }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  if (!reason) return null;
  return (
    <Alert color="red" role="alert" title={t('workflowsUi.refusal.title')}>
      <Text size="sm">{t(reason.messageKey)}</Text>
      {refusalDetails(reason, t, fieldLabel).map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
    </Alert>
  );
}
