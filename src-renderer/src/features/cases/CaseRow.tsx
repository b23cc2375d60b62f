import { Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import { maskIdNumber, maskPhone } from '../../../../src-shared/domain/mask';
import { SyncBadge } from '../sync';
import { Highlight } from '../../ui/Highlight';
import { formatDate } from '../../ui/formatDate';
import { snippetAround } from '../../ui/snippet';
import { keyFigureLine } from './cardFormat';

/** One line of the case list: ID numbers and phones are masked here, shown in full on the case page. */
export function CaseRow({
  record,
  terms,
}: {
  record: CaseRecord | undefined;
  terms: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  if (!record) return <Skeleton height={48} />;
  const first = record.parties[0];
  const partyLine = record.parties
    .slice(0, 3)
    .map((p) => p.name)
    .join('、');
  // Shown when the match is only in the facts: the row then says why the case was found.
  const factsSnippet =
    snippetAround(`${record.title} ${partyLine}`, terms) === null
      ? snippetAround(record.facts, terms)
      : null;
  const keyFigure = keyFigureLine(record.typeDetails, t, i18n.language);
  return (
    <Stack gap={2} role="listitem" aria-label={record.title}>
      <Group gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" ff="monospace">
          {record.provisionalNo}
        </Text>
        <Text
          component={Link}
          to={`/cases/${record.id}`}
          fw={600}
          truncate="end"
          style={{ flex: 1 }}
        >
          <Highlight text={record.title} terms={terms} />
        </Text>
        <Badge size="sm" variant="light">
          {t(`codes.caseStatus.${record.status}`)}
        </Badge>
        <SyncBadge entityId={record.id} isShort />
      </Group>
      <Group gap="md" wrap="nowrap">
        <Text size="xs">{t(`codes.caseType.${record.caseType}`)}</Text>
        <Text size="xs">{t(`codes.focalPoint.${record.focalPoint}`)}</Text>
        {keyFigure ? (
          <Text size="xs" fw={500} data-testid="key-figure">
            {keyFigure}
          </Text>
        ) : null}
        <Text size="xs" truncate="end">
          <Highlight text={partyLine} terms={terms} />
        </Text>
        {factsSnippet ? (
          <Text size="xs" c="dimmed" truncate="end" style={{ flex: 1 }}>
            <Highlight text={factsSnippet} terms={terms} />
          </Text>
        ) : null}
        {first?.idNumber ? (
          <Text size="xs" c="dimmed" ff="monospace">
            {maskIdNumber(first.idNumber)}
          </Text>
        ) : null}
        {first?.phone ? (
          <Text size="xs" c="dimmed" ff="monospace">
            {maskPhone(first.phone)}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {formatDate(record.receivedAt, i18n.language)}
        </Text>
      </Group>
    </Stack>
  );
}
