/**
 * One line per recorded value of a step, for the history: field label and value in words. Lists
 * and nested records are counted, not spelled out; masked values stay masked.
 */
import type { TFunction } from 'i18next';
import { workflowCatalog, type WorkflowKind } from '../../../../src-shared/workflows';
import { optionLabelKey } from './form/fieldLabels';
import { objectFields, type FieldSpec } from './form/schemaFields';

function valueText(field: FieldSpec | undefined, value: unknown, t: TFunction): string | undefined {
  if (typeof value === 'boolean') return t(value ? 'workflowsUi.form.yes' : 'workflowsUi.form.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    return field?.kind === 'enum' ? t(optionLabelKey(field.options, value)) : value;
  }
  if (Array.isArray(value)) {
    if (field?.kind === 'multiEnum') {
      return value.map((v) => t(optionLabelKey(field.options, String(v)))).join('、');
    }
    if (value.every((v) => typeof v === 'string')) return value.join('、');
    return t('workflowsUi.history.items', { count: value.length });
  }
  return undefined;
}

export function stepSummary(
  kind: WorkflowKind,
  event: string,
  data: unknown,
  t: TFunction,
  fieldLabel: (name: string) => string,
): { label: string; text: string }[] {
  if (data === null || typeof data !== 'object') return [];
  const schema = workflowCatalog[kind].events[event]?.schema;
  const fields = schema ? objectFields(schema) : [];
  return Object.entries(data as Record<string, unknown>).flatMap(([name, value]) => {
    // Ids the app made mean nothing to a reader.
    if (name.endsWith('Id') && fields.find((f) => f.name === name)?.kind === 'text') return [];
    const text = valueText(
      fields.find((f) => f.name === name),
      value,
      t,
    );
    return text === undefined || text === '' ? [] : [{ label: fieldLabel(name), text }];
  });
}
