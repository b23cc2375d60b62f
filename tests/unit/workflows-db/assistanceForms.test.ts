/**
 * The assistance forms start from the case card (issue 15, S1): the referring department, the
 * applicant's relation and the harm of a wage-arrears card are proposed, in the user's language.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { workflowCatalog } from '../../../src-shared/workflows';
import {
  planEventForm,
  type FormEnv,
} from '../../../src-renderer/src/features/workflows/eventForms';

const wageCase = {
  id: 'case-1',
  department: 'civil',
  parties: [{ id: 'p-1', role: 'applicant', name: '张小明' }],
  typeDetails: {
    kind: 'wageArrears',
    amountOwed: 32000,
    amountRecovered: 500,
    employer: '某建筑劳务有限公司',
  },
} as unknown as CaseRecord;

const env = (over: Partial<FormEnv> = {}): FormEnv => ({
  kind: 'judicialAssistance',
  context: {},
  caseRecord: wageCase,
  due: null,
  duplicates: [],
  today: '2026-12-06',
  now: new Date('2026-12-06T09:00:00+08:00'),
  t: ((key: string, values?: Record<string, unknown>) =>
    `${key}${values ? JSON.stringify(values) : ''}`) as FormEnv['t'],
  ...over,
});
const initialOf = (type: string, over: Partial<FormEnv> = {}) =>
  planEventForm(
    type,
    workflowCatalog.judicialAssistance.events[type]?.schema ?? z.object({}),
    env(over),
  ).initial;

describe('assistance forms prefilled from the case card', () => {
  it('proposes the case’s department as the referring one and the victim as applicant', () => {
    expect(initialOf('inform')).toMatchObject({ leadFrom: 'civil' });
    expect(initialOf('receiveApplication')).toMatchObject({ applicantRelation: 'victim' });
  });

  it('proposes the harm of the wage card, described through i18n', () => {
    expect(initialOf('recordHarm')).toMatchObject({
      kind: 'propertyLoss',
      propertyLoss: 32000,
      compensationReceived: 500,
      description:
        'workflowsUi.prefill.wageHarm{"employer":"某建筑劳务有限公司","amount":"32000.00"}',
    });
  });

  it('proposes nothing for the steps of another workflow', () => {
    expect(initialOf('recordHarm', { kind: 'civilReconciliation' })).not.toHaveProperty('kind');
  });
});
