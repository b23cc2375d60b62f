import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowStepRecord } from '../../db/workflowRows';
import type { WorkflowView } from './workflowView';

/** Every step of the workflow in order: the current one filled, those passed through tinted. */
export function StepTrack({
  view,
  steps,
}: {
  view: WorkflowView;
  steps: readonly WorkflowStepRecord[];
}) {
  const { t } = useTranslation();
  const visited = new Set(steps.flatMap((s) => [s.from, s.to]));
  return (
    <Group
      gap={6}
      component="ol"
      aria-label={t('workflowsUi.card.steps')}
      className="jh-step-track"
    >
      {Object.entries(view.def.states).map(([state, meta]) => {
        const isCurrent = state === view.state;
        return (
          <Badge
            key={state}
            component="li"
            aria-current={isCurrent ? 'step' : undefined}
            variant={isCurrent ? 'filled' : visited.has(state) ? 'light' : 'outline'}
            color={isCurrent ? 'blue' : visited.has(state) ? 'teal' : 'gray'}
          >
            {t(meta.titleKey)}
          </Badge>
        );
      })}
    </Group>
  );
}
