import { useState } from 'react';
import { Grid, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LEAD_STATUSES, isLeadStatus } from '../../../../src-shared/domain/leadStatus';
import type { LeadStatus } from '../../../../src-shared/domain/leadStatus';
import { LeadDetail } from './LeadDetail';
import { LeadList } from './LeadList';
import { useLead, useLeads } from './useLeads';

const ALL = 'all';

/** The unit's leads: a status filter, the list, and the selected lead beside it. */
export function LeadsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<LeadStatus | undefined>(undefined);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const leads = useLeads(status);
  const selected = useLead(selectedId ?? undefined);
  return (
    <Stack>
      <Title order={2}>{t('leads.title')}</Title>
      <SegmentedControl
        aria-label={t('leads.filter.label')}
        value={status ?? ALL}
        onChange={(value) => setStatus(isLeadStatus(value) ? value : undefined)}
        data={[
          { value: ALL, label: t('leads.filter.all') },
          ...LEAD_STATUSES.map((s) => ({ value: s, label: t(`leads.status.${s}`) })),
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {leads === undefined ? (
            <Loader />
          ) : (
            <LeadList leads={leads} selectedId={selectedId} onSelect={setSelectedId} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {selected ? (
            <LeadDetail key={selected.id} lead={selected} />
          ) : (
            <Text c="dimmed">{t('leads.detail.placeholder')}</Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
