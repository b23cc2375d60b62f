import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CARD_FIELDS, type CaseTypeDetails } from '../../../../src-shared/domain/caseTypeDetails';
import { formatCardValue, valueOf } from './cardFormat';

/** The case page's view of the type-specific card: every field, filled or not. */
export function TypeDetailsPanel({ details }: { details: CaseTypeDetails | undefined }) {
  const { t, i18n } = useTranslation();
  if (!details) return null;
  const { kind } = details;
  return (
    <>
      <Title order={4}>{t('caseCard.legend', { kind: t(`caseCard.kind.${kind}`) })}</Title>
      <Paper withBorder p="md" data-testid="type-details">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {CARD_FIELDS[kind].map((field) => (
            <div key={field.key}>
              <Text size="xs" c="dimmed">
                {t(`caseCard.${kind}.${field.key}`)}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>
                {formatCardValue(kind, field, valueOf(details, field.key), t, i18n.language)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
    </>
  );
}
