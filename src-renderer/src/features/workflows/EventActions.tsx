import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AvailableEvent } from '../../../../src-shared/workflows';

/**
 * Only the actions the current step offers. One whose rule names another role stays usable: its
 * form offers the approver's confirmation or an approval request. One with an unmet precondition
 * is disabled. Either way the engine's reason stands next to it.
 */
export function EventActions(props: {
  events: readonly AvailableEvent[];
  onChoose: (e: AvailableEvent) => void;
}) {
  const { events, onChoose } = props;
  const { t } = useTranslation();
  if (events.length === 0) return null;
  const blocked = events.filter((e) => !e.allowed && e.reason);
  return (
    <Stack gap="xs" aria-label={t('workflowsUi.actions.title')}>
      <Group gap="xs">
        {events.map((e) => (
          <Button
            key={e.type}
            size="sm"
            variant={e.allowed ? 'filled' : 'default'}
            disabled={!e.allowed && e.reason?.code !== 'wrong-role'}
            onClick={() => onChoose(e)}
          >
            {t(e.titleKey)}
          </Button>
        ))}
      </Group>
      {blocked.map((e) => (
        <Text key={e.type} size="sm" c="dimmed">
          {t('workflowsUi.actions.blocked', {
            action: t(e.titleKey),
            reason: e.reason ? t(e.reason.messageKey) : '',
          })}
        </Text>
      ))}
    </Stack>
  );
}
