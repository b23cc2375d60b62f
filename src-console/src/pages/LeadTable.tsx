/**
 * The subtree's leads, filtered by unit, progress and model: where each stands and what became of
 * it (the case's status and result, or the reason it was dismissed). A lead nobody has touched yet
 * can be sent to another county by those who dispatch leads.
 */
import { Badge, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadProgress } from '../../../src-shared/console/leadFigures';
import { leadProgress } from '../../../src-shared/console/leadFigures';
import type { ConsoleLead } from '../../../src-shared/console/leadsApi';
import type { UnitTreeNode } from '../../../src-shared/console/consoleApi';
import { formatTime } from './formatTime';

const PROGRESS: readonly LeadProgress[] = ['sent', 'seen', 'converted', 'dismissed'];
const COLOR: Readonly<Record<LeadProgress, string>> = {
  sent: 'blue',
  seen: 'yellow',
  converted: 'teal',
  dismissed: 'gray',
};

function useOutcomeText(): (lead: ConsoleLead) => string {
  const { t } = useTranslation();
  return (lead) => {
    if (lead.status === 'dismissed')
      return t('consoleLeads.list.dismissedWith', { reason: lead.dismissReason ?? '' });
    const outcome = lead.caseOutcome;
    if (lead.status !== 'becameCase' || outcome === null) return '';
    const status = t(`consoleLeads.caseStatus.${outcome.caseStatus}`);
    return outcome.result === null
      ? t('consoleLeads.list.caseOutcome', { status })
      : t('consoleLeads.list.caseResult', { status, result: outcome.result });
  };
}

export function LeadTable({
  leads,
  units,
  canDispatch,
  onReassign,
}: {
  leads: readonly ConsoleLead[];
  units: readonly UnitTreeNode[];
  canDispatch: boolean;
  onReassign: (lead: ConsoleLead, unitCode: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const outcomeText = useOutcomeText();
  const [unit, setUnit] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [model, setModel] = useState<string | null>(null);
  const nameOf = new Map(units.map((u) => [u.code, u.name]));
  const counties = units.filter((u) => u.level === 'county');
  const models = [...new Set(leads.flatMap((l) => (l.modelName === null ? [] : [l.modelName])))];
  const shown = leads.filter(
    (l) =>
      (unit === null || l.unitCode === unit) &&
      (progress === null || leadProgress(l.status) === progress) &&
      (model === null || l.modelName === model),
  );
  return (
    <Stack gap="xs">
      <Title order={3}>{t('consoleLeads.list.title')}</Title>
      <Group>
        {(
          [
            ['filterUnit', counties.map((u) => ({ value: u.code, label: u.name })), unit, setUnit],
            [
              'filterStatus',
              PROGRESS.map((p) => ({ value: p, label: t(`consoleLeads.progress.${p}`) })),
              progress,
              setProgress,
            ],
            ['filterModel', models.map((m) => ({ value: m, label: m })), model, setModel],
          ] as const
        ).map(([key, data, value, onChange]) => (
          <Select
            key={key}
            label={t(`consoleLeads.list.${key}`)}
            placeholder={t('consoleLeads.list.all')}
            data={data}
            value={value}
            onChange={onChange}
            clearable
          />
        ))}
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">{t('consoleLeads.list.none')}</Text>
      ) : (
        <Table striped aria-label={t('consoleLeads.list.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consoleLeads.import.unit')}</Table.Th>
              <Table.Th>{t('consoleLeads.import.model')}</Table.Th>
              <Table.Th>{t('consoleLeads.list.titleColumn')}</Table.Th>
              <Table.Th>{t('consoleLeads.list.focalPoint')}</Table.Th>
              <Table.Th>{t('consoleLeads.list.status')}</Table.Th>
              <Table.Th>{t('consoleLeads.list.outcome')}</Table.Th>
              <Table.Th>{t('consoleLeads.list.updatedAt')}</Table.Th>
              {canDispatch ? <Table.Th>{t('consoleLeads.list.reassign')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((lead) => {
              const p = leadProgress(lead.status);
              return (
                <Table.Tr key={`${lead.unitCode}:${lead.id}`} data-lead-title={lead.title}>
                  <Table.Td>{nameOf.get(lead.unitCode) ?? lead.unitCode}</Table.Td>
                  <Table.Td>{lead.modelName ?? '—'}</Table.Td>
                  <Table.Td>{lead.title}</Table.Td>
                  <Table.Td>
                    {lead.focalPoint === null
                      ? '—'
                      : t(`consoleStatistics.focalPoint.${lead.focalPoint}`)}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[p]} data-progress={p}>
                      {t(`consoleLeads.progress.${p}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td data-testid="lead-outcome">{outcomeText(lead)}</Table.Td>
                  <Table.Td>{formatTime(lead.updatedAt, i18n.language)}</Table.Td>
                  {canDispatch ? (
                    <Table.Td>
                      {lead.status === 'new' && lead.modelName !== null ? (
                        <Select
                          size="xs"
                          aria-label={t('consoleLeads.list.reassign')}
                          data={counties
                            .filter((u) => u.code !== lead.unitCode)
                            .map((u) => ({ value: u.code, label: u.name }))}
                          value={null}
                          onChange={(code) => {
                            if (code !== null) onReassign(lead, code);
                          }}
                        />
                      ) : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
