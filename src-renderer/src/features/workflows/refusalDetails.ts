/**
 * The specifics of a refusal in words: which fields, which roles, which materials. The engine's
 * messages are sentences without placeholders; the details it attaches become one extra line.
 */
import type { TFunction } from 'i18next';
import { listLabelKey } from '../../../../src-shared/workflows';
import type { WorkflowFailure } from '../../db/workflowResult';
import { hearingRefusalDetails } from './hearingRefusalDetails';
import { periodAndCitationDetails } from './periodAndCitationDetails';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

export function refusalDetails(
  reason: WorkflowFailure,
  t: TFunction,
  fieldLabel: (name: string) => string,
): string[] {
  const d = reason.details ?? {};
  const lines: string[] = [];
  const fields = strings(d['fields']);
  if (fields.length > 0) {
    const names = fields.map((f) =>
      fieldLabel(
        f
          .split('.')
          .filter((p) => !/^\d+$/.test(p))
          .at(-1) ?? f,
      ),
    );
    lines.push(t('workflowsUi.refusal.fields', { fields: [...new Set(names)].join('、') }));
  }
  const roles = [
    ...strings(d['allowedRoles']),
    ...strings(d['deciderRole']),
    ...strings(d['approverRole']),
    ...strings(d['expected']),
  ];
  if (roles.length > 0) {
    lines.push(
      t('workflowsUi.refusal.roles', { roles: roles.map((r) => t(`codes.role.${r}`)).join('、') }),
    );
  }
  const missing = strings(d['missing']);
  if (missing.length > 0) {
    const names = missing.map((m) => t(listLabelKey('assistanceMaterial', m)));
    lines.push(t('workflowsUi.refusal.materials', { materials: names.join('、') }));
  }
  const exclusions = strings(d['exclusions']);
  if (exclusions.length > 0) {
    const names = exclusions.map((m) => t(listLabelKey('assistanceExclusion', m)));
    lines.push(t('workflowsUi.refusal.exclusions', { exclusions: names.join('、') }));
  }
  if (typeof d['expectedYear'] === 'number' && typeof d['usedYear'] === 'number') {
    lines.push(
      t('workflowsUi.refusal.wageBaseYears', {
        expectedYear: d['expectedYear'],
        usedYear: d['usedYear'],
      }),
    );
  }
  if (typeof d['cap'] === 'number') lines.push(t('workflowsUi.refusal.cap', { cap: d['cap'] }));
  return [...lines, ...periodAndCitationDetails(d, t), ...hearingRefusalDetails(d, t)];
}
