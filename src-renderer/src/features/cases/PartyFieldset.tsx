import {
  ActionIcon,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdType, PartyRole, Sex, VulnerableFlag } from '../../../../src-shared/domain/codes';
import { codeOptions } from '../../ui/codeOptions';
import { DateField } from '../../ui/DateField';
import type { PartyDraft } from './caseDraft';
import { idNumberProblemKey, withIdNumber } from './partyIdNumber';

type Props = {
  index: number;
  party: PartyDraft;
  errors: Record<string, string>;
  onChange: (party: PartyDraft) => void;
  onRemove?: () => void;
};

export function PartyFieldset({ index, party, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const err = (field: string) => {
    const key = errors[`parties.${index}.${field}`];
    return key ? t(key) : undefined;
  };
  const text = (field: keyof PartyDraft, label: string, extra?: { required?: boolean }) => (
    <TextInput
      label={t(label)}
      value={String(party[field])}
      onChange={(e) => onChange({ ...party, [field]: e.currentTarget.value })}
      error={err(field)}
      required={extra?.required}
    />
  );
  const typedIdProblem = idNumberProblemKey(party);
  return (
    <Fieldset
      legend={
        <Group gap="xs">
          {t('caseForm.partyN', { n: index + 1 })}
          {onRemove ? (
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              aria-label={t('caseForm.removeParty', { n: index + 1 })}
              onClick={onRemove}
            >
              ×
            </ActionIcon>
          ) : null}
        </Group>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('party.role')}
          data={codeOptions(PartyRole, 'partyRole', t)}
          value={party.role}
          onChange={(v) => onChange({ ...party, role: v ?? party.role })}
          error={err('role')}
          allowDeselect={false}
        />
        {text('name', 'party.name', { required: true })}
        <Select
          label={t('party.sex')}
          data={codeOptions(Sex, 'sex', t)}
          value={party.sex}
          onChange={(v) => onChange({ ...party, sex: v ?? 'unknown' })}
          allowDeselect={false}
        />
        <Select
          label={t('party.idType')}
          data={codeOptions(IdType, 'idType', t)}
          value={party.idType}
          onChange={(v) => onChange({ ...party, idType: v ?? party.idType })}
          allowDeselect={false}
        />
        <TextInput
          label={t('party.idNumber')}
          value={party.idNumber}
          onChange={(e) => onChange(withIdNumber(party, e.currentTarget.value))}
          // What is wrong shows as it is typed; the save's own check stays the last word.
          error={err('idNumber') ?? (typedIdProblem ? t(typedIdProblem) : undefined)}
        />
        <DateField
          label={t('party.birthDate')}
          value={party.birthDate}
          onChange={(v) => onChange({ ...party, birthDate: v })}
          error={err('birthDate')}
        />
        {text('phone', 'party.phone')}
        {text('ethnicity', 'party.ethnicity')}
        {text('occupation', 'party.occupation')}
        {text('employer', 'party.employer')}
        {text('address', 'party.address')}
        <MultiSelect
          label={t('party.flags')}
          data={codeOptions(VulnerableFlag, 'vulnerableFlag', t)}
          value={party.flags}
          onChange={(flags) => onChange({ ...party, flags })}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
