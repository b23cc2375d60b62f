import { Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictCard } from './ConflictCard';
import { RecordConflictCard } from './RecordConflictCard';
import { useOpenConflicts } from './useOpenConflicts';

/** The conflict inbox: fields changed on two devices, each waiting for a person's decision. */
export function ConflictInboxPage() {
  const { t } = useTranslation();
  const items = useOpenConflicts();
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('syncUi.conflicts.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('syncUi.conflicts.intro')}
      </Text>
      {items === undefined ? <Loader /> : null}
      {items?.length === 0 ? <Text>{t('syncUi.conflicts.empty')}</Text> : null}
      {items?.map((item) =>
        item.conflict.entity === 'case' ? (
          <ConflictCard key={item.conflict.id} item={item} />
        ) : (
          <RecordConflictCard key={item.conflict.id} item={item} />
        ),
      )}
    </Stack>
  );
}
