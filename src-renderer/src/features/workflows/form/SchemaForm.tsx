import { Button, Checkbox, Fieldset, Group, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from './useFieldLabel';
import { getAt, type FormValues, type Path } from './formValues';
import type { FieldSpec } from './schemaFields';
import { ScalarField, type Option } from './ScalarField';
import { FieldsetLegend } from './FieldsetLegend';

export type SchemaFormProps = {
  fields: readonly FieldSpec[];
  values: FormValues;
  onChange: (path: Path, value: unknown) => void;
  /** Translated messages by dotted path ('wageBase.annualWage', 'participants.0.name'). */
  errors: Readonly<Record<string, string>>;
  /** Choices that replace a field's input, by dotted path. */
  options?: Readonly<Record<string, readonly Option[]>>;
  path?: Path;
};

/** A form generated from field specs: nested objects as fieldsets, lists with add/remove. */
export function SchemaForm({
  fields,
  values,
  onChange,
  errors,
  options,
  path = [],
}: SchemaFormProps) {
  return (
    <Stack gap="sm">
      {fields.map((field) => (
        <FieldView
          key={field.name}
          field={field}
          values={values}
          onChange={onChange}
          errors={errors}
          options={options}
          path={[...path, field.name]}
        />
      ))}
    </Stack>
  );
}

type FieldViewProps = Omit<SchemaFormProps, 'fields' | 'path'> & { field: FieldSpec; path: Path };

function FieldView({ field, values, onChange, errors, options, path }: FieldViewProps) {
  const { t } = useTranslation();
  const labelOf = useFieldLabel();
  const parent = path
    .slice(0, -1)
    .filter((p): p is string => typeof p === 'string')
    .at(-1);
  const label = labelOf(field.name, parent);
  const key = path.join('.');
  const value = getAt(values, path);
  const nested = { values, onChange, errors, options };

  switch (field.kind) {
    case 'object': {
      const isOpen = field.isRequired || (value !== undefined && value !== null);
      return (
        <Fieldset legend={label}>
          {field.isRequired ? null : (
            <Checkbox
              mb="sm"
              label={t('workflowsUi.form.fillIn', { label })}
              checked={isOpen}
              onChange={(e) => onChange(path, e.currentTarget.checked ? {} : undefined)}
            />
          )}
          {isOpen ? <SchemaForm fields={field.fields} path={path} {...nested} /> : null}
        </Fieldset>
      );
    }
    case 'objectList': {
      const items = Array.isArray(value) ? (value as unknown[]) : [];
      return (
        <Fieldset
          legend={<FieldsetLegend label={label} required={field.isRequired} />}
          aria-label={label}
        >
          <Stack gap="sm">
            {items.map((_item, i) => (
              <Fieldset key={i} legend={t('workflowsUi.form.item', { label, n: i + 1 })}>
                <SchemaForm fields={field.fields} path={[...path, i]} {...nested} />
                <Button
                  mt="xs"
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    onChange(
                      path,
                      items.filter((_x, j) => j !== i),
                    )
                  }
                >
                  {t('workflowsUi.form.remove', { label, n: i + 1 })}
                </Button>
              </Fieldset>
            ))}
            {errors[key] ? <div role="alert">{errors[key]}</div> : null}
            <Group>
              <Button size="xs" variant="light" onClick={() => onChange(path, [...items, {}])}>
                {t('workflowsUi.form.add', { label })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      );
    }
    case 'union': {
      const chosen = getAt(value, [field.discriminator]);
      const variant = field.variants.find((v) => v.value === chosen);
      return (
        <Fieldset legend={label}>
          <Select
            label={labelOf(field.discriminator, field.name)}
            data={field.variants.map((v) => ({
              value: v.value,
              label: t(`workflowsUi.enumValue.${v.value}`),
            }))}
            value={typeof chosen === 'string' ? chosen : null}
            onChange={(v) => onChange(path, v ? { [field.discriminator]: v } : undefined)}
            error={errors[key]}
            required
          />
          {variant ? <SchemaForm fields={variant.fields} path={path} {...nested} /> : null}
        </Fieldset>
      );
    }
    case 'text':
    case 'textarea':
    case 'date':
    case 'datetime':
    case 'time':
    case 'number':
    case 'boolean':
    case 'confirm':
    case 'enum':
    case 'multiEnum':
    case 'textList':
    case 'unsupported':
      return (
        <ScalarField
          field={field}
          label={label}
          value={value}
          error={errors[key]}
          onChange={(v) => onChange(path, v)}
          options={options?.[key]}
        />
      );
  }
}
