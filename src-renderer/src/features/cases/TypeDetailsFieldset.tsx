import { Fieldset, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CARD_FIELDS,
  cardKindOf,
  type CardField,
} from '../../../../src-shared/domain/caseTypeDetails';

type Props = {
  focalPoint: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
};

/** The fields of the chosen focal point's card; nothing when the focal point has no card. */
export function TypeDetailsFieldset({ focalPoint, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const kind = cardKindOf(focalPoint);
  if (!kind) return null;
  const input = (field: CardField) => {
    const label = t(`caseCard.${kind}.${field.key}`);
    const error = errors[`typeDetails.${field.key}`];
    const common = {
      key: field.key,
      label,
      error: error ? t(error) : undefined,
    };
    const value = values[field.key] ?? '';
    const set = (v: string) => onChange({ ...values, [field.key]: v });
    if (field.type === 'choice') {
      return (
        <Select
          {...common}
          data={(field.options ?? []).map((o) => ({
            value: o,
            label: t(`caseCard.${kind}.${field.key}Options.${o}`),
          }))}
          value={value || null}
          onChange={(v) => set(v ?? '')}
          clearable
        />
      );
    }
    if (field.type === 'longText') {
      return (
        <Textarea
          {...common}
          value={value}
          onChange={(e) => set(e.currentTarget.value)}
          autosize
          minRows={2}
        />
      );
    }
    return (
      <TextInput
        {...common}
        value={value}
        inputMode={field.type === 'text' ? undefined : 'decimal'}
        onChange={(e) => set(e.currentTarget.value)}
      />
    );
  };
  return (
    <Fieldset legend={t('caseCard.legend', { kind: t(`caseCard.kind.${kind}`) })}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>{CARD_FIELDS[kind].map(input)}</SimpleGrid>
      {errors['typeDetails.kind'] ? <div role="alert">{t(errors['typeDetails.kind'])}</div> : null}
    </Fieldset>
  );
}
