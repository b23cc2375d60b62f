import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { workflowCatalog } from '../../../src-shared/workflows';
import {
  cleanValues,
  dottedPath,
  localToOffsetIso,
  setAt,
} from '../../../src-renderer/src/features/workflows/form/formValues';
import {
  fieldOf,
  objectFields,
  schemaDefaults,
} from '../../../src-renderer/src/features/workflows/form/schemaFields';
import {
  mergeValues,
  noticeInTime,
  planEventForm,
  type FormEnv,
} from '../../../src-renderer/src/features/workflows/eventForms';
import { validInput } from '../db/fixtures';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';

describe('schemaFields', () => {
  it('maps zod shapes to form fields', () => {
    const schema = workflowCatalog.judicialAssistance.events['pay']?.schema ?? z.object({});
    expect(objectFields(schema).map((f) => [f.name, f.kind, f.isRequired])).toEqual([
      ['paidOn', 'date', true],
      ['method', 'enum', true],
      ['amount', 'number', true],
      ['payeeName', 'text', true],
      ['bankAccount', 'text', false],
    ]);
    expect(fieldOf('waived', z.boolean())).toMatchObject({ kind: 'boolean', hasDefault: false });
    expect(fieldOf('hasAgent', z.boolean().default(false))).toMatchObject({ hasDefault: true });
    expect(fieldOf('ok', z.literal(true)).kind).toBe('confirm');
    expect(fieldOf('list', z.array(z.string())).kind).toBe('textList');
  });

  it('reads defaults, including a prefaulted object', () => {
    const input = workflowCatalog.judicialAssistance.inputSchema;
    expect(schemaDefaults(input)).toMatchObject({
      config: { deciderRole: 'chiefProcurator', monthsCap: 36, approvalThresholds: [] },
    });
  });
});

describe('cleanValues', () => {
  const schema = workflowCatalog.civilReconciliation.events['recordSession']?.schema;
  const fields = objectFields(schema ?? z.object({}));

  it('drops blanks so the schema reports them missing, and keeps list items', () => {
    const cleaned = cleanValues(fields, {
      heldOn: '2025-03-01',
      place: '  ',
      participants: [{ name: ' 张某 ', kind: 'party' }, {}],
      summary: '协商',
    });
    expect(cleaned).toEqual({
      heldOn: '2025-03-01',
      participants: [{ name: '张某', kind: 'party' }, {}],
      summary: '协商',
    });
  });

  it('sends an untouched list the schema wants present, even empty, as [] (the organ’s commitments)', () => {
    const draft = workflowCatalog.adminResolution.events['draftAgreement']?.schema;
    const agreementFields = objectFields(draft ?? z.object({}));
    const commitments = agreementFields.find((f) => f.name === 'organCommitments');
    expect(commitments).toMatchObject({ kind: 'objectList', isRequired: false });
    expect(cleanValues(agreementFields, {}).organCommitments).toEqual([]);
    // In civil reconciliation the list may be left out: nothing is sent for it.
    const civil = workflowCatalog.civilReconciliation.events['draftAgreement']?.schema;
    expect(cleanValues(objectFields(civil ?? z.object({})), {})).not.toHaveProperty(
      'organCommitments',
    );
  });

  it('turns typed numbers into numbers and leaves non-numbers for zod to refuse', () => {
    const numberFields = [fieldOf('months', z.number()), fieldOf('members', z.int())];
    expect(cleanValues(numberFields, { months: '3', members: 'abc' })).toEqual({
      months: 3,
      members: 'abc',
    });
  });

  it('writes local date-times with their offset', () => {
    expect(localToOffsetIso('2025-03-10T09:30')).toMatch(/^2025-03-10T09:30:00[+-]\d{2}:\d{2}$/);
    expect(dottedPath('grounds[1].response')).toBe('grounds.1.response');
    expect(setAt({}, ['a', 0, 'b'], 1)).toEqual({ a: [{ b: 1 }] });
    expect(mergeValues({ a: { b: 1, c: 2 } }, { a: { c: 3 } })).toEqual({ a: { b: 1, c: 3 } });
  });
});

describe('planEventForm', () => {
  const caseRecord = {
    ...validInput(1),
    id: 'case-1',
    parties: [{ ...validInput(1).parties[0], id: 'p1', name: '张某' }],
  } as unknown as CaseRecord;
  const env = (over: Partial<FormEnv> = {}): FormEnv => ({
    kind: 'publicHearing',
    context: {},
    caseRecord,
    due: null,
    duplicates: [],
    today: '2025-03-10',
    now: new Date('2025-03-10T09:00:00+08:00'),
    t: ((key: string) => key) as FormEnv['t'],
    ...over,
  });

  it('computes whether a hearing notice is in time instead of asking', () => {
    const schema = workflowCatalog.publicHearing.events['sendNotice']?.schema ?? z.object({});
    const plan = planEventForm(
      'sendNotice',
      schema,
      env({ context: { approval: { plannedHearingDate: '2025-03-20' } } }),
    );
    expect(plan.fields.map((f) => f.name)).not.toContain('noticeInTime');
    expect(plan.initial).toMatchObject({ noticeDate: '2025-03-10', hearingDate: '2025-03-20' });
    expect(plan.finalize({ noticeDate: '2025-03-18', hearingDate: '2025-03-20' })).toMatchObject({
      noticeInTime: false,
    });
    expect(noticeInTime('2025-03-17', '2025-03-20')).toBe(true);
  });

  it('makes ids for new entries and offers existing ones as choices', () => {
    const add = workflowCatalog.reasoning.events['addGround']?.schema ?? z.object({});
    const plan = planEventForm('addGround', add, env({ kind: 'reasoning' }));
    expect(plan.fields.map((f) => f.name)).toEqual(['summary']);
    expect(plan.finalize({ summary: 'x' })['groundId']).toMatch(/^[0-9a-f-]{36}$/);

    const answer = workflowCatalog.reasoning.events['answerGround']?.schema ?? z.object({});
    const context = { grounds: [{ groundId: 'g1', summary: '理由一' }] };
    const answerPlan = planEventForm('answerGround', answer, env({ kind: 'reasoning', context }));
    expect(answerPlan.options['groundId']).toEqual([
      { value: 'g1', label: '理由一 · workflowsUi.hearing.groundOpen' },
    ]);
  });

  it('fills the duplicate check from the local query', () => {
    const schema =
      workflowCatalog.judicialAssistance.events['assessEligibility']?.schema ?? z.object({});
    const clear = planEventForm('assessEligibility', schema, env({ kind: 'judicialAssistance' }));
    expect(clear.fields.map((f) => f.name)).not.toContain('duplicateOverrideReason');
    expect(clear.finalize({})['duplicateCheck']).toBe('clear');
    const dup = planEventForm(
      'assessEligibility',
      schema,
      env({
        kind: 'judicialAssistance',
        duplicates: [
          {
            workflowId: 'w2',
            caseId: 'c2',
            caseTitle: '另案',
            idNumbers: [],
            sourceCaseNo: 'X',
            state: 'closed',
            isRefused: false,
          },
        ],
      }),
    );
    expect(dup.fields.map((f) => f.name)).toContain('duplicateOverrideReason');
    expect(dup.finalize({})['duplicateCheck']).toBe('overridden-with-reason');
  });

  it('defect 1: asks to confirm a stale wage base only when the year before is missing', () => {
    const schema =
      workflowCatalog.judicialAssistance.events['calculateAmount']?.schema ?? z.object({});
    const at2026 = env({ kind: 'judicialAssistance', today: '2026-03-02' });
    const stale = planEventForm('calculateAmount', schema, at2026);
    expect(stale.initial).toMatchObject({
      wageBase: { dataYear: 2023 },
      staleBaseConfirmed: false,
    });
    expect(stale.fields.map((f) => f.name)).toContain('staleBaseConfirmed');
    const current = planEventForm(
      'calculateAmount',
      schema,
      env({ kind: 'judicialAssistance', today: '2024-03-04' }),
    );
    expect(current.initial).toMatchObject({ wageBase: { dataYear: 2023 } });
    expect(current.fields.map((f) => f.name)).not.toContain('staleBaseConfirmed');
  });

  it('defect 5: the exceptional grant asks only for its reasons; the approver is confirmed', () => {
    const schema =
      workflowCatalog.judicialAssistance.events['assessEligibility']?.schema ?? z.object({});
    const plan = planEventForm('assessEligibility', schema, env({ kind: 'judicialAssistance' }));
    const exception = plan.fields.find((f) => f.name === 'exceptionApproval');
    expect(exception?.kind === 'object' ? exception.fields.map((f) => f.name) : []).toEqual([
      'reason',
    ]);
  });
});
