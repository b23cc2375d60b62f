import { useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictHeader } from './ConflictHeader';
import { acknowledgeConflict } from './commands';
import type { ConflictItem } from './useOpenConflicts';

/**
 * A conflict on a record that is not a case card (a workflow advanced on two workstations at
 * once, a document, a lead). Such a record is a whole (a workflow's state, its snapshot and its
 * due date belong together), so it is not merged field by field: the server's version stands,
 * this device's steps stay in the history, and the person acknowledges it and continues from the
 * server's state.
 */
export function RecordConflictCard({ item }: { item: ConflictItem }) {
  const { t } = useTranslation();
  const { conflict } = item;
  const [isSaving, setIsSaving] = useState(false);
  const entity = t(`syncUi.conflicts.entity.${conflict.entity}`, {
    defaultValue: conflict.entity,
  });
  return (
    <Paper withBorder p="md">
      <Stack>
        <ConflictHeader item={item} />
        <Text>{t('syncUi.conflicts.wholeRecord', { entity })}</Text>
        <Text size="sm" c="dimmed">
          {t('syncUi.conflicts.fieldsList', {
            fields: conflict.fields.map((f) => f.field).join('、'),
          })}
        </Text>
        <Group justify="flex-end">
          <Button
            loading={isSaving}
            onClick={() => {
              setIsSaving(true);
              void acknowledgeConflict(conflict).finally(() => setIsSaving(false));
            }}
          >
            {t('syncUi.conflicts.acknowledge')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
