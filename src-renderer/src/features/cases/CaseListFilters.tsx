import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CaseStatus, CaseType, FocalPoint } from '../../../../src-shared/domain/codes';
import { isStepDeadline, STEP_DEADLINES } from '../../../../src-shared/stats/stepDeadlines';
import { codeOptions } from '../../ui/codeOptions';
import { useCaseList, type CaseSort } from './caseListStore';
import { useUsers } from './useUsers';

const SORTS: CaseSort[] = ['relevance', 'updatedAt', 'receivedAt'];

export function CaseListFilters() {
  const { t } = useTranslation();
  const { text, filters, sort, setText, setFilter, setSort, reset } = useCaseList();
  const users = useUsers();
  return (
    <Group align="end" gap="sm" wrap="wrap">
      <TextInput
        type="search"
        label={t('caseList.search')}
        placeholder={t('caseList.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={320}
      />
      <Select
        label={t('case.caseType')}
        data={codeOptions(CaseType, 'caseType', t)}
        value={filters.caseType}
        onChange={(v) => setFilter('caseType', v)}
        clearable
        w={180}
      />
      <Select
        label={t('case.focalPoint')}
        data={codeOptions(FocalPoint, 'focalPoint', t)}
        value={filters.focalPoint}
        onChange={(v) => setFilter('focalPoint', v)}
        clearable
        w={200}
      />
      <Select
        label={t('case.status')}
        data={codeOptions(CaseStatus, 'caseStatus', t)}
        value={filters.status}
        onChange={(v) => setFilter('status', v)}
        clearable
        w={130}
      />
      <Select
        label={t('case.handler')}
        data={(users ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={filters.handlerId}
        onChange={(v) => setFilter('handlerId', v)}
        clearable
        w={130}
      />
      <Select
        label={t('caseList.deadline')}
        data={STEP_DEADLINES.map((value) => ({
          value,
          label: t(`caseList.deadlineBy.${value}`),
        }))}
        value={filters.deadline}
        onChange={(v) => setFilter('deadline', isStepDeadline(v) ? v : null)}
        clearable
        w={220}
      />
      <Select
        label={t('caseList.sort')}
        data={SORTS.map((value) => ({ value, label: t(`caseList.sortBy.${value}`) }))}
        value={sort}
        onChange={(v) => setSort(SORTS.find((s) => s === v) ?? 'updatedAt')}
        allowDeselect={false}
        w={140}
      />
      <Button variant="subtle" onClick={reset}>
        {t('caseList.clear')}
      </Button>
    </Group>
  );
}
