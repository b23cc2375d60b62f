import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { workflowCatalog, type WorkflowKind } from '../../../../src-shared/workflows';
import type { WorkflowStepRecord } from '../../db/workflowRows';
import { formatDateTime } from '../../ui/formatDate';
import { useFieldLabel } from './form/useFieldLabel';
import { stepSummary } from './stepSummary';
import { useDeviceUsers } from './useDeviceUsers';

/** The workflow's history: every step taken, by whom, when, with the data recorded. */
export function HistoryTimeline({
  kind,
  steps,
}: {
  kind: WorkflowKind;
  steps: readonly WorkflowStepRecord[];
}) {
  const { t, i18n } = useTranslation();
  const users = useDeviceUsers();
  const fieldLabel = useFieldLabel();
  const def = workflowCatalog[kind];
  const stateTitle = (state: string) => t(def.states[state]?.titleKey ?? state);
  if (steps.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('workflowsUi.history.title')}>
      <Title order={5}>{t('workflowsUi.history.title')}</Title>
      <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2}>
        {steps.map((step) => (
          <Timeline.Item key={step.id} title={t(def.events[step.event]?.titleKey ?? step.event)}>
            <Text size="xs" c="dimmed">
              {t('workflowsUi.history.by', {
                at: formatDateTime(step.at, i18n.language),
                user: users.find((u) => u.id === step.by)?.name ?? '',
                role: t(`codes.role.${step.role}`),
              })}
            </Text>
            {step.approvedBy ? (
              <Text size="xs">
                {t(`workflowsUi.history.approved.${step.approvedBy.method}`, {
                  name: step.approvedBy.name,
                  role: t(`codes.role.${step.approvedBy.role}`),
                })}
                {step.enteredBy
                  ? t('workflowsUi.history.enteredBy', { name: step.enteredBy.name })
                  : ''}
              </Text>
            ) : null}
            {step.from === step.to ? null : (
              <Text size="xs">
                {t('workflowsUi.history.moved', {
                  from: stateTitle(step.from),
                  to: stateTitle(step.to),
                })}
              </Text>
            )}
            {stepSummary(kind, step.event, step.data, t, fieldLabel).map((line) => (
              <Text size="xs" key={line.label}>
                {t('workflowsUi.history.value', line)}
              </Text>
            ))}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
