import { useRef } from 'react';
import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseListFilters } from './CaseListFilters';
import { ExportButton } from '../../ui/ExportButton';
import { CaseRow } from './CaseRow';
import { exportCaseList } from './exportCaseList';
import { useCaseList } from './caseListStore';
import { useCaseSearch } from './caseSearch';
import { useCasesByIds } from './useCasesByIds';
import { useRecordSyncStates } from '../sync';

const ROW_HEIGHT = 64;

/** All cases, filtered, searched and sorted by the search index; only visible rows are read. */
export function CaseListPage() {
  const { t } = useTranslation();
  const { text, filters, sort } = useCaseList();
  const result = useCaseSearch({ text, filters, sort });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    // While only the first page is known, the rest of the list waits as placeholders, so the
    // scroll range is already the whole list's.
    count: result.complete ? result.ids.length : Math.max(result.total, result.ids.length),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const visibleIds = items.map((item) => result.ids[item.index] ?? '');
  const rows = useCasesByIds(visibleIds);
  const syncStates = useRecordSyncStates(visibleIds);

  return (
    <Stack h="calc(100vh - 90px)" gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('caseList.title')}</Title>
        <Group gap="sm">
          <ExportButton
            label={t('workbench.exportCases')}
            disabled={!result.complete || result.total === 0}
            run={() => exportCaseList(result.ids, t)}
          />
          <Button component={Link} to="/cases/new">
            {t('nav.newCase')}
          </Button>
        </Group>
      </Group>
      <CaseListFilters />
      <Text size="sm" c="dimmed" aria-live="polite">
        {result.ready ? t('caseList.count', { count: result.total }) : t('caseList.indexing')}
      </Text>
      <Box
        ref={scrollRef}
        style={{ flex: 1, overflow: 'auto', contain: 'strict' }}
        data-testid="case-list-scroll"
      >
        {/* The empty-list hint sits beside the list: a list may hold only its items. */}
        {/* Busy while only the first page is known: the other rows are still placeholders. */}
        <div
          role="list"
          aria-label={t('caseList.results')}
          aria-busy={!result.complete}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {items.map((item, i) => (
            <div
              key={item.key}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                padding: '6px 8px',
                borderBottom: '1px solid var(--mantine-color-gray-2)',
              }}
            >
              <CaseRow
                record={rows.get(visibleIds[i] ?? '') ?? result.records?.get(visibleIds[i] ?? '')}
                terms={result.terms}
                sync={syncStates?.get(visibleIds[i] ?? '')}
              />
            </div>
          ))}
        </div>
        {result.ready && result.total === 0 ? (
          <Stack p="md" gap="xs" align="start">
            <Text c="dimmed">{t('caseList.empty')}</Text>
            {/* A first user finds the demo data here, not only under 设置. */}
            <Text size="sm">{t('caseListDemo.hint')}</Text>
            <Button component={Link} to="/settings" variant="light" size="xs">
              {t('caseListDemo.load')}
            </Button>
          </Stack>
        ) : null}
      </Box>
    </Stack>
  );
}
