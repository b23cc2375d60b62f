import { Code, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldConflict } from '../../../../src-shared/sync/merge';
import { isTextField, showValue, type FieldDecision } from './conflictValues';

function Value({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  const text = showValue(value);
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {text === null ? (
        <Text c="dimmed">{t('syncUi.conflicts.emptyValue')}</Text>
      ) : typeof value === 'string' ? (
        <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
      ) : (
        <Code block>{text}</Code>
      )}
    </Stack>
  );
}

/** One conflicting field: the value before, this device's and the server's, and the choice. */
export function ConflictField({
  field,
  decision,
  isInvalid,
  onChange,
}: {
  field: FieldConflict;
  decision: FieldDecision;
  isInvalid: boolean;
  onChange: (decision: FieldDecision) => void;
}) {
  const { t } = useTranslation();
  const label = t(`case.${field.field}`, { defaultValue: field.field });
  return (
    <Stack gap="xs">
      <Text fw={600}>{label}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Value label={t('syncUi.conflicts.base')} value={field.base} />
        <Value label={t('syncUi.conflicts.local')} value={field.client} />
        <Value label={t('syncUi.conflicts.server')} value={field.server} />
      </SimpleGrid>
      <Radio.Group
        label={t('syncUi.conflicts.field')}
        value={decision.choice}
        onChange={(choice) => onChange({ ...decision, choice: choice })}
      >
        <Stack gap={4} mt={4}>
          <Radio value="local" label={t('syncUi.conflicts.keepLocal')} />
          <Radio value="server" label={t('syncUi.conflicts.keepServer')} />
          <Radio value="merged" label={t('syncUi.conflicts.writeMerged')} />
        </Stack>
      </Radio.Group>
      {decision.choice === 'merged' ? (
        <Textarea
          label={t('syncUi.conflicts.merged')}
          autosize
          minRows={2}
          value={decision.draft}
          error={isInvalid ? t('syncUi.conflicts.invalidJson') : undefined}
          ff={isTextField(field) ? undefined : 'monospace'}
          onChange={(e) => onChange({ ...decision, draft: e.currentTarget.value })}
        />
      ) : null}
    </Stack>
  );
}
