import { describe, expect, it } from 'vitest';
import { documentTemplates } from '../../../src-shared/documents';
import { workflowCatalog, workflowKinds } from '../../../src-shared/workflows';
import { resources } from '../../../src-renderer/src/i18n/i18n';
import {
  fieldLabelKeys,
  optionLabelKey,
} from '../../../src-renderer/src/features/workflows/form/fieldLabels';
import {
  allFields,
  objectFields,
} from '../../../src-renderer/src/features/workflows/form/schemaFields';
import { flatKeys } from '../i18n/localeFiles';

/** Every schema a generated form shows: start inputs, event data, document data. */
const schemas = [
  ...workflowKinds.flatMap((kind) => {
    const def = workflowCatalog[kind];
    return [
      { where: `${kind}.input`, schema: def.inputSchema },
      ...Object.entries(def.events).flatMap(([type, event]) =>
        event ? [{ where: `${kind}.${type}`, schema: event.schema }] : [],
      ),
    ];
  }),
  ...Object.values(documentTemplates).map((t) => ({ where: t.id, schema: t.schema })),
];

describe('generated forms', () => {
  it('support every field of every schema', () => {
    const unsupported = schemas.flatMap(({ where, schema }) =>
      allFields(objectFields(schema))
        .filter((f) => f.kind === 'unsupported')
        .map((f) => `${where}.${f.name}`),
    );
    expect(unsupported).toEqual([]);
    expect(schemas.length).toBeGreaterThan(80);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`have a ${locale} label for every field and option`, () => {
      const keys = new Set(flatKeys(resources[locale].translation));
      const missing = schemas.flatMap(({ where, schema }) =>
        allFields(objectFields(schema)).flatMap((f) => {
          const out: string[] = [];
          if (!fieldLabelKeys(f.name).some((k) => keys.has(k))) out.push(`${where}: ${f.name}`);
          if (f.kind === 'enum' || f.kind === 'multiEnum') {
            for (const o of f.options) {
              const key = optionLabelKey(f.options, o);
              if (!keys.has(key)) out.push(`${where}.${f.name}: ${key}`);
            }
          }
          if (f.kind === 'union') {
            for (const v of f.variants) {
              if (!keys.has(`workflowsUi.enumValue.${v.value}`)) out.push(`${where}: ${v.value}`);
            }
          }
          return out;
        }),
      );
      expect(missing).toEqual([]);
    });
  }

  it('take option labels from the workflow list or code list that holds them', () => {
    expect(optionLabelKey(['written', 'inPerson', 'phone'], 'phone')).toBe(
      'workflow.lists.contactMethod.phone',
    );
    // The refusal grounds are the six exclusions plus two of their own.
    const grounds = [
      'majorFault',
      'refusedCooperation',
      'falseStatements',
      'waivedCompensation',
      'unrelatedHardship',
      'alreadyCompensated',
      'notEligible',
      'other',
    ];
    expect(optionLabelKey(grounds, 'majorFault')).toBe(
      'workflow.lists.assistanceExclusion.majorFault',
    );
    expect(optionLabelKey(grounds, 'notEligible')).toBe('workflowsUi.enumValue.notEligible');
    expect(fieldLabelKeys('majorFault')).toContain('workflow.lists.assistanceExclusion.majorFault');
  });
});
