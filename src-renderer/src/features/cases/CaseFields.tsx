import {
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CaseSource,
  CaseStatus,
  CaseType,
  Department,
  FocalPoint,
} from '../../../../src-shared/domain/codes';
import { codeOptions } from '../../ui/codeOptions';
import { DateField } from '../../ui/DateField';
import { useUsers } from './useUsers';
import { PartyFieldset } from './PartyFieldset';
import { emptyParty, withCaseType, type CaseDraft } from './caseDraft';
import { CourtCasesFieldset } from './CourtCasesFieldset';
import { TypeDetailsFieldset } from './TypeDetailsFieldset';
import { CLOSED_CASE_STATUSES } from '../../../../src-shared/domain/leadOutcome';

type Props = {
  draft: CaseDraft;
  errors: Record<string, string>;
  onChange: (draft: CaseDraft) => void;
};

/** The fields of the case card, grouped as the 案卡 is. */
export function CaseFields({ draft, errors, onChange }: Props) {
  const { t } = useTranslation();
  const users = useUsers();
  const err = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const select = (
    key: 'caseType' | 'source' | 'focalPoint' | 'status' | 'department' | 'handlerId',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Select
      label={t(label)}
      data={data}
      value={draft[key] || null}
      onChange={(v) =>
        key === 'caseType' ? onChange(withCaseType(draft, v ?? '')) : set(key, v ?? '')
      }
      error={err(key)}
      withAsterisk
      searchable
      // Every one of these is required: choosing the value already there must not clear it.
      allowDeselect={false}
    />
  );

  return (
    <Stack>
      <Fieldset legend={t('caseForm.basics')}>
        <Stack>
          <TextInput
            label={t('case.title')}
            value={draft.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={err('title')}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {select('caseType', 'case.caseType', codeOptions(CaseType, 'caseType', t))}
            {select('source', 'case.source', codeOptions(CaseSource, 'caseSource', t))}
            {select('focalPoint', 'case.focalPoint', codeOptions(FocalPoint, 'focalPoint', t))}
            {select('status', 'case.status', codeOptions(CaseStatus, 'caseStatus', t))}
            {select('department', 'case.department', codeOptions(Department, 'department', t))}
            {select(
              'handlerId',
              'case.handler',
              (users ?? []).map((u) => ({ value: u.id, label: u.name })),
            )}
            <DateField
              label={t('case.receivedAt')}
              value={draft.receivedAt}
              onChange={(v) => set('receivedAt', v)}
              error={err('receivedAt')}
              required
            />
            <DateField
              label={t('case.acceptedAt')}
              value={draft.acceptedAt}
              onChange={(v) => set('acceptedAt', v)}
              error={err('acceptedAt')}
            />
            <TextInput
              label={t('case.officialNo')}
              description={t('case.officialNoHint')}
              value={draft.officialNo}
              onChange={(e) => set('officialNo', e.currentTarget.value)}
              error={err('officialNo')}
            />
          </SimpleGrid>
          <TextInput
            label={t('case.adminOrgan')}
            value={draft.adminOrgan}
            onChange={(e) => set('adminOrgan', e.currentTarget.value)}
            error={err('adminOrgan')}
          />
        </Stack>
      </Fieldset>
      <TypeDetailsFieldset
        focalPoint={draft.focalPoint}
        values={draft.typeDetails}
        errors={errors}
        onChange={(typeDetails) => set('typeDetails', typeDetails)}
      />
      <CourtCasesFieldset
        courtCases={draft.courtCases}
        errors={errors}
        onChange={(courtCases) => set('courtCases', courtCases)}
      />
      {draft.parties.map((party, i) => (
        <PartyFieldset
          key={party.id}
          index={i}
          party={party}
          errors={errors}
          onChange={(p) =>
            set(
              'parties',
              draft.parties.map((q, j) => (j === i ? p : q)),
            )
          }
          onRemove={
            draft.parties.length > 1
              ? () =>
                  set(
                    'parties',
                    draft.parties.filter((_, j) => j !== i),
                  )
              : undefined
          }
        />
      ))}
      {err('parties') ? <Group c="red">{err('parties')}</Group> : null}
      <Group>
        <Button
          variant="light"
          onClick={() => set('parties', [...draft.parties, emptyParty('respondent')])}
        >
          {t('caseForm.addParty')}
        </Button>
      </Group>
      <Fieldset legend={t('caseForm.agent')}>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput
            label={t('agent.name')}
            value={draft.agentName}
            onChange={(e) => set('agentName', e.currentTarget.value)}
            error={err('agent.name')}
          />
          <TextInput
            label={t('agent.kind')}
            value={draft.agentKind}
            onChange={(e) => set('agentKind', e.currentTarget.value)}
          />
          <TextInput
            label={t('agent.organisation')}
            value={draft.agentOrganisation}
            onChange={(e) => set('agentOrganisation', e.currentTarget.value)}
          />
          <TextInput
            label={t('agent.phone')}
            value={draft.agentPhone}
            onChange={(e) => set('agentPhone', e.currentTarget.value)}
            error={err('agent.phone')}
          />
        </SimpleGrid>
      </Fieldset>
      <Textarea
        label={t('case.claims')}
        value={draft.claims}
        onChange={(e) => set('claims', e.currentTarget.value)}
        error={err('claims')}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('case.facts')}
        value={draft.facts}
        onChange={(e) => set('facts', e.currentTarget.value)}
        error={err('facts')}
        autosize
        minRows={4}
      />
      {CLOSED_CASE_STATUSES.has(draft.status as CaseStatus) || draft.result !== '' ? (
        <Textarea
          label={t('caseCard.result')}
          description={t('caseCard.resultHint')}
          value={draft.result}
          onChange={(e) => set('result', e.currentTarget.value)}
          error={err('result')}
          autosize
          minRows={2}
        />
      ) : null}
    </Stack>
  );
}
