import { useState } from 'react';
import { Alert, Button, Divider, Group, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../../db/conflicts';
import { ConflictHeader } from './ConflictHeader';
import { resolveConflict } from './commands';
import { ConflictField } from './ConflictField';
import { INVALID, decidedValue, mergeDraft, type FieldDecision } from './conflictValues';
import { useRecordsChanged } from './syncEngineContext';
import type { ConflictItem } from './useOpenConflicts';

/** One conflict of one case: every conflicting field with both values, and "save the resolution". */
export function ConflictCard({ item }: { item: ConflictItem }) {
  const { t } = useTranslation();
  const onWritten = useRecordsChanged();
  const { conflict } = item;
  const [decisions, setDecisions] = useState<Record<string, FieldDecision>>(() =>
    Object.fromEntries(
      conflict.fields.map((f) => [f.field, { choice: 'server', draft: mergeDraft(f) }]),
    ),
  );
  const [invalid, setInvalid] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const save = async () => {
    const values: Record<string, unknown> = {};
    const choices: Record<string, ConflictChoice> = {};
    const bad: string[] = [];
    for (const field of conflict.fields) {
      const decision = decisions[field.field] ?? { choice: 'server', draft: '' };
      const value = decidedValue(field, decision);
      if (value === INVALID) bad.push(field.field);
      values[field.field] = value;
      choices[field.field] = decision.choice;
    }
    setInvalid(bad);
    if (bad.length > 0) return;
    setIsSaving(true);
    try {
      const result = await resolveConflict(conflict, values, choices, onWritten);
      if (result.ok) {
        notifications.show({ message: t('syncUi.conflicts.saved'), color: 'green' });
      } else {
        setProblem(result.issues.map((issue) => t(issue.message)).join('；'));
      }
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <ConflictHeader item={item} />
        {conflict.fields.map((field, i) => (
          <Stack key={field.field} gap="xs">
            {i > 0 ? <Divider /> : null}
            <ConflictField
              field={field}
              decision={decisions[field.field] ?? { choice: 'server', draft: '' }}
              isInvalid={invalid.includes(field.field)}
              onChange={(decision) => setDecisions((d) => ({ ...d, [field.field]: decision }))}
            />
          </Stack>
        ))}
        {problem ? (
          <Alert color="red" role="alert">
            {t('syncUi.conflicts.failed', { reason: problem })}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={isSaving}>
            {t('syncUi.conflicts.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
