import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowDue } from '../../db/workflowRows';

/** Where an overridden time limit's amount comes from (the provincial reference data). */
export function OverrideSourceBadge({ override }: { override: WorkflowDue['override'] }) {
  const { t } = useTranslation();
  if (!override) return null;
  const { source } = override;
  const sourceText = source.documentNumber
    ? `《${source.title}》（${source.documentNumber}）`
    : `《${source.title}》`;
  const hint = t('workflowsUi.due.configuredHint', {
    amount: override.amount,
    unit: t(`workflowsUi.due.unit.${override.unit}`),
    source: sourceText,
  });
  return (
    <Tooltip label={hint} multiline w={280}>
      <Badge color="grape" variant="outline" aria-label={hint}>
        {t('workflowsUi.due.configured')}
      </Badge>
    </Tooltip>
  );
}
