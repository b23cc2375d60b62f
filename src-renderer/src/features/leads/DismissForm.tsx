import { useState } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_DISMISS_REASON } from '../../../../src-shared/domain/leadStatus';

type Props = {
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

/**
 * The reason a lead is dismissed. Required, yet the button stays enabled: confirming without a
 * reason is refused by the rules (nothing written) and the refusal says why under the field,
 * where a disabled button would leave the person guessing.
 */
export function DismissForm({ busy, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Textarea
        label={t('leads.dismissReason.label')}
        description={t('leads.dismissReason.description')}
        required
        autosize
        minRows={2}
        maxLength={MAX_DISMISS_REASON}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group>
        <Button color="red" loading={busy} onClick={() => onConfirm(reason)}>
          {t('leads.action.confirmDismiss')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('leads.action.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
