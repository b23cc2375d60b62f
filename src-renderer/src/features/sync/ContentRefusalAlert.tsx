import { Alert, List, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ContentRefusal } from '../../../../src-shared/sync/contentRefusal';
import { getDb } from '../../db/database';
import type { OutboxRow } from '../../db/rowTypes';
import { listContentRefusals } from '../../sync';
import { formatDateTime } from '../../ui/formatDate';

/** Written out in full so the locale check finds every key. */
const REFUSAL_TEXT = {
  'invalid-content': 'syncUi.contentRefusal.code.invalid-content',
  'record-too-large': 'syncUi.contentRefusal.code.record-too-large',
  'reserved-key': 'syncUi.contentRefusal.code.reserved-key',
  'origin-not-allowed': 'syncUi.contentRefusal.code.origin-not-allowed',
  'entity-not-pushable': 'syncUi.contentRefusal.code.entity-not-pushable',
} as const satisfies Record<ContentRefusal, string>;

/**
 * The record's changes the provincial server refused for their content, on the record itself:
 * what was refused and why, live, so the alert goes when the refused rows do.
 */
export function ContentRefusalAlert({
  entity,
  entityId,
}: {
  entity: OutboxRow['entity'];
  entityId: string;
}) {
  const { t, i18n } = useTranslation();
  const refusals = useLiveQuery(
    () => listContentRefusals(getDb(), entity, entityId),
    [entity, entityId],
  );
  if (!refusals || refusals.length === 0) return null;
  return (
    <Alert color="red" title={t('syncUi.contentRefusal.title')} data-testid="content-refusal">
      <Text size="sm">{t('syncUi.contentRefusal.hint')}</Text>
      <List size="sm" mt="xs">
        {refusals.map((refusal) => (
          <List.Item key={refusal.deviceSeq}>
            <Text size="sm">
              {t('syncUi.contentRefusal.when', {
                time: formatDateTime(refusal.deviceTime, i18n.language),
              })}
              {': '}
              {t(REFUSAL_TEXT[refusal.code])}
            </Text>
            {refusal.reason ? (
              <Text size="xs" c="dimmed">
                {t('syncUi.contentRefusal.detail', { reason: refusal.reason })}
              </Text>
            ) : null}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
