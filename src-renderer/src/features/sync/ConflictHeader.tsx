import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/formatDate';
import type { ConflictItem } from './useOpenConflicts';

/** A conflict card's first line: the case it belongs to (a link) and when it was found. */
export function ConflictHeader({ item }: { item: ConflictItem }) {
  const { t, i18n } = useTranslation();
  const { conflict, record } = item;
  return (
    <Group justify="space-between">
      <Title order={4}>
        {record ? (
          <Link to={`/cases/${record.id}`}>{record.title}</Link>
        ) : (
          t('syncUi.conflicts.caseMissing')
        )}
      </Title>
      <Text size="sm" c="dimmed">
        {t('syncUi.conflicts.detectedAt', {
          time: formatDateTime(conflict.detectedAt, i18n.language),
        })}
      </Text>
    </Group>
  );
}
