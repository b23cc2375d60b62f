import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { workflowCatalog } from '../../../../src-shared/workflows';
import { objectFields } from './form/schemaFields';
import { useFieldLabel } from './form/useFieldLabel';
import type { WorkflowView } from './workflowView';
import { useShowCitationMarks } from '../settings/citationMarks';

/** What the current step asks: its checklist, its legal basis and the data it needs. */
export function StepGuide({ view }: { view: WorkflowView }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const { meta } = view;
  const showMarks = useShowCitationMarks();
  const required = objectFields(meta.requiredFields).filter((f) => f.isRequired);
  const heading = (key: string) => (
    <Text size="sm" fw={600}>
      {t(key)}
    </Text>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Stack gap={4} aria-label={t('workflowsUi.guide.checklist')}>
        {heading('workflowsUi.guide.checklist')}
        {meta.checklist.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('workflowsUi.guide.empty')}
          </Text>
        ) : null}
        <List size="sm">
          {meta.checklist.map((key) => (
            <List.Item key={key}>{t(key)}</List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap={4}>
        {heading('workflowsUi.guide.legalBasis')}
        {meta.legalBasis.map((b) => (
          <Group key={`${b.instrument}${b.article}`} gap={4}>
            <Text size="sm">
              {t('workflowsUi.guide.citation', { instrument: b.instrument, article: b.article })}
            </Text>
            {showMarks ? (
              <Badge size="xs" variant="outline" color={b.confidence === 'V' ? 'green' : 'yellow'}>
                {t(`workflowsUi.guide.confidence.${b.confidence}`)}
              </Badge>
            ) : null}
          </Group>
        ))}
      </Stack>
      <Stack gap={4}>
        {heading('workflowsUi.guide.required')}
        <Text size="sm">
          {required.map((f) => fieldLabel(f.name)).join('、') || t('workflowsUi.guide.empty')}
        </Text>
        {meta.suggestsFollowUp ? (
          <Text size="sm" c="blue">
            {t('workflowsUi.guide.followUp', {
              workflow: t(workflowCatalog[meta.suggestsFollowUp].titleKey),
            })}
          </Text>
        ) : null}
      </Stack>
    </SimpleGrid>
  );
}
