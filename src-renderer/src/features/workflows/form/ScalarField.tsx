import {
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField';
import { dateTimeKept, dateTimeShown } from './dateTimeText';
import { optionLabelKey } from './fieldLabels';
import type { ScalarFieldSpec } from './schemaFields';

export type Option = { value: string; label: string };

type Props = {
  field: ScalarFieldSpec;
  label: string;
  value: unknown;
  error: string | undefined;
  onChange: (value: unknown) => void;
  /** Replaces the field's own input with a choice among these (e.g. a ground to answer). */
  options?: readonly Option[] | undefined;
};

const YEAR_NAME = /(^y|Y)ear$/;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** One input for a field that holds a single value (or a flat list of values). */
export function ScalarField({ field, label, value, error, onChange, options }: Props) {
  const { t } = useTranslation();
  const required = field.isRequired;
  if (options && field.kind === 'textList') {
    // Choices the app knows (pool entries, participants): picked, not typed.
    return (
      <MultiSelect
        label={label}
        data={options.map((o) => ({ value: o.value, label: o.label }))}
        value={strings(value)}
        onChange={onChange}
        error={error}
        required={required}
        searchable
      />
    );
  }
  if (options) {
    return (
      <Select
        label={label}
        data={options.map((o) => ({ value: o.value, label: o.label }))}
        value={typeof value === 'string' || typeof value === 'number' ? String(value) : null}
        onChange={(v) => onChange(v ?? '')}
        error={error}
        required={required}
        allowDeselect={!required}
      />
    );
  }
  switch (field.kind) {
    case 'enum':
      return (
        <Select
          label={label}
          data={field.options.map((o) => ({
            value: o,
            label: t(optionLabelKey(field.options, o)),
          }))}
          value={text(value) || null}
          onChange={(v) => onChange(v ?? '')}
          error={error}
          required={required}
          clearable={!required}
          allowDeselect={!required}
        />
      );
    case 'multiEnum':
      return (
        <Checkbox.Group
          label={label}
          value={strings(value)}
          onChange={onChange}
          error={error}
          required={required}
        >
          <Group mt={4} gap="sm">
            {field.options.map((o) => (
              <Checkbox key={o} value={o} label={t(optionLabelKey(field.options, o))} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'boolean':
      return field.hasDefault ? (
        <Checkbox
          label={label}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          error={error}
        />
      ) : (
        <Radio.Group
          label={label}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(v) => onChange(v === 'yes')}
          error={error}
          required={required}
        >
          <Group mt={4}>
            <Radio value="yes" label={t('workflowsUi.form.yes')} />
            <Radio value="no" label={t('workflowsUi.form.no')} />
          </Group>
        </Radio.Group>
      );
    case 'confirm':
      return (
        <Checkbox
          label={label}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          error={error}
        />
      );
    case 'number':
      return (
        <NumberInput
          label={label}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={onChange}
          error={error}
          required={required}
          allowDecimal={!field.isInteger}
          // A year (数据年度 2023) is a label, not a quantity: no thousands separator.
          thousandSeparator={YEAR_NAME.test(field.name) ? undefined : ','}
        />
      );
    case 'textList':
      return (
        <TagsInput
          label={label}
          description={t('workflowsUi.form.listHint')}
          value={strings(value)}
          onChange={onChange}
          error={error}
          required={required}
          acceptValueOnBlur
        />
      );
    case 'textarea':
      return (
        <Textarea
          label={label}
          value={text(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          required={required}
          autosize
          minRows={2}
        />
      );
    case 'unsupported':
      return null;
    case 'date':
      return (
        <DateField
          label={label}
          value={text(value)}
          onChange={onChange}
          error={error}
          required={required}
        />
      );
    case 'text':
    case 'datetime':
    case 'time': {
      // Date-times are typed as 年-月-日 时:分 and times as 时:分, like the date fields: Chromium's
      // own datetime and time inputs show English formats whatever the interface language is.
      const isDateTime = field.kind === 'datetime';
      const placeholder =
        field.kind === 'text'
          ? undefined
          : t(isDateTime ? 'common.dateTimePlaceholder' : 'common.timePlaceholder');
      return (
        <TextInput
          label={label}
          value={isDateTime ? dateTimeShown(text(value)) : text(value)}
          onChange={(e) => {
            const typed = e.currentTarget.value;
            onChange(isDateTime ? dateTimeKept(typed) : typed);
          }}
          placeholder={placeholder}
          error={error}
          required={required}
        />
      );
    }
  }
}
