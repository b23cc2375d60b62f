import { describe, expect, it } from 'vitest';
import {
  MAX_RECORD_BYTES,
  MAX_TEXT_FIELD_CHARS,
  checkChangeContent,
  withoutServerKeys,
  type ContentChange,
} from '../../../src-shared/sync/contentCheck';
import {
  attachmentData,
  caseData,
  documentData,
  leadData,
  snapshotText,
  stepData,
  workflowData,
} from '../../integration/server/helpers/changes';
import { startWorkflow } from '../../../src-shared/workflows/engine';
import { serializeWorkflowSnapshot } from '../../../src-shared/workflows/snapshotCodec';
import { workflowKinds } from '../../../src-shared/workflows/workflowKind';
import { fixtures } from '../workflows/fixtures';

function changeOf(op: 'create' | 'update') {
  return (entity: ContentChange['entity'], patch: Record<string, unknown>): ContentChange => ({
    entity,
    op,
    patch,
  });
}
const create = changeOf('create');
const update = changeOf('update');

/** A resident ID number with a wrong check digit: personal data that must not reach a reason. */
const BAD_ID = '110101199003071235';

describe('checkChangeContent', () => {
  it('lets whole valid records and partial updates of them through', () => {
    expect(checkChangeContent(create('case', caseData()), null)).toBeNull();
    expect(checkChangeContent(update('case', { title: '新标题' }), caseData())).toBeNull();
    // A cleared optional field travels as null.
    expect(checkChangeContent(update('case', { acceptedAt: null }), caseData())).toBeNull();
    expect(checkChangeContent(create('lead', leadData()), null)).toBeNull();
    expect(checkChangeContent(create('attachment', attachmentData()), null)).toBeNull();
    // An attachment is removed by an update of its own `deleted` field.
    expect(
      checkChangeContent(update('attachment', { deleted: true }), attachmentData()),
    ).toBeNull();
    expect(
      checkChangeContent({ entity: 'case', op: 'delete', patch: null }, caseData()),
    ).toBeNull();
  });

  it('checks an update as the record it leaves, ignoring what older builds stored of the envelope', () => {
    const legacy = {
      ...caseData(),
      unitCode: '340102',
      deleted: 0,
      updatedAt: '2026-11-29T02:00:00Z',
    };
    expect(checkChangeContent(update('case', { facts: '补充事实' }), legacy)).toBeNull();
    expect(checkChangeContent(update('case', { parties: [] }), caseData())).toMatchObject({
      code: 'invalid-content',
      reason: expect.stringContaining('parties') as unknown,
    });
  });

  it.each([
    ['a number as title', caseData({ title: 12345 }), 'invalid-content', 'title'],
    ['parties not an array', caseData({ parties: 'not-an-array' }), 'invalid-content', 'parties'],
    ['an empty card', {}, 'invalid-content', 'title'],
    [
      'a field no case has',
      caseData({ assistanceAmount: 3000 }),
      'invalid-content',
      'assistanceAmount',
    ],
    [
      'a script in the facts',
      caseData({ facts: '<script>alert(1)</script>' }),
      'invalid-content',
      'facts',
    ],
    ['an id', caseData({ id: 'other' }), 'reserved-key', 'id'],
    ['a revision', caseData({ rev: 99 }), 'reserved-key', 'rev'],
    ['a soft-delete flag', caseData({ deleted: 1 }), 'reserved-key', 'deleted'],
    ['another unit', caseData({ unitCode: '999999' }), 'reserved-key', 'unitCode'],
    [
      'a receipt time',
      caseData({ updatedAt: '2026-01-01T00:00:00Z' }),
      'reserved-key',
      'updatedAt',
    ],
    ['an operator key', caseData({ $set: { title: 'x' } }), 'reserved-key', '$set'],
    [
      'a nested operator key',
      caseData({ agent: { name: 'a', $where: '1' } }),
      'reserved-key',
      'agent.$where',
    ],
    [
      'a text field too long',
      caseData({ facts: 'x'.repeat(MAX_TEXT_FIELD_CHARS + 1) }),
      'record-too-large',
      'facts',
    ],
  ])('refuses a case with %s', (_name, patch, code, field) => {
    const problem = checkChangeContent(create('case', patch), null);
    expect(problem?.code).toBe(code);
    expect(problem?.reason).toContain(field);
  });

  it('refuses a record larger than the limit even when each field is within it', () => {
    // 200,000 characters of three UTF-8 bytes each: within the field limit, 600 KB a field.
    const chunk = '事'.repeat(MAX_TEXT_FIELD_CHARS);
    const stored = caseData({ facts: chunk });
    expect(new TextEncoder().encode(JSON.stringify(stored)).length).toBeLessThan(MAX_RECORD_BYTES);
    expect(checkChangeContent(update('case', { claims: chunk }), stored)).toMatchObject({
      code: 'record-too-large',
    });
  });

  it('measures a new record exactly whenever its size might reach the limit', () => {
    const chunk = '事'.repeat(MAX_TEXT_FIELD_CHARS);
    // Two fields of 600 KB: a create larger than the limit.
    expect(
      checkChangeContent(create('case', caseData({ claims: chunk, facts: chunk })), null),
    ).toMatchObject({ code: 'record-too-large' });
    // 6 × 180,000 would exceed the limit, the text itself (180 KB, plain ASCII) does not: the
    // case is then judged by its schema (facts longer than a case allows), not by its size.
    const ascii = 'a'.repeat(180_000);
    expect(checkChangeContent(create('case', caseData({ facts: ascii })), null)).toMatchObject({
      code: 'invalid-content',
      reason: expect.stringContaining('facts') as unknown,
    });
    // Escapes count: 180,000 control characters are 1,080,000 bytes of JSON text.
    const escaped = '\u0001'.repeat(180_000);
    expect(checkChangeContent(create('lead', leadData({ content: escaped })), null)).toMatchObject({
      code: 'record-too-large',
    });
  });

  it('names the field of a bad ID number, never the number', () => {
    const parties = [
      { id: 'p1', role: 'applicant', name: '张三', idType: 'residentId', idNumber: BAD_ID },
    ];
    const problem = checkChangeContent(create('case', caseData({ parties })), null);
    expect(problem).toMatchObject({ code: 'invalid-content' });
    expect(problem?.reason).toContain('parties.0.idNumber');
    expect(problem?.reason).not.toContain(BAD_ID);
    const keyed = checkChangeContent(create('case', caseData({ [BAD_ID]: 1 })), null);
    expect(keyed?.reason).not.toContain(BAD_ID);
  });

  it('lets only the provincial import say a lead came from a model', () => {
    expect(checkChangeContent(create('lead', leadData({ origin: 'model' })), null)).toMatchObject({
      code: 'origin-not-allowed',
    });
    expect(
      checkChangeContent(update('lead', { origin: 'model' }), leadData({ origin: 'local' })),
    ).toMatchObject({ code: 'origin-not-allowed' });
    // A device verifying a model's lead changes its status; the origin stays the model's.
    const imported = leadData({ origin: 'model', modelName: '模型', batch: '2026-11' });
    expect(checkChangeContent(update('lead', { status: 'verifying' }), imported)).toBeNull();
  });

  it.each([
    ['a path in the name', { name: '../../etc/passwd' }, 'name'],
    ['a back-slash path', { name: '..\\boot.ini' }, 'name'],
    ['a control character in the name', { name: 'a\u0007.pdf' }, 'name'],
    ['a negative size', { size: -1 }, 'size'],
    ['a fractional size', { size: 1.5 }, 'size'],
  ])('refuses an attachment with %s', (_name, over, field) => {
    const problem = checkChangeContent(create('attachment', attachmentData(over)), null);
    expect(problem).toMatchObject({ code: 'invalid-content' });
    expect(problem?.reason).toContain(field);
  });

  it('refuses audit entries outright: they travel through /sync/audit', () => {
    expect(checkChangeContent(create('audit', { seq: 1 }), null)).toMatchObject({
      code: 'entity-not-pushable',
    });
  });
});

describe('withoutServerKeys', () => {
  it('leaves out what the server decides, and keeps an entity’s own field of that name', () => {
    const casePatch = withoutServerKeys('case', { ...caseData(), unitCode: '340102', deleted: 0 });
    expect(casePatch).toEqual(caseData());
    expect(withoutServerKeys('attachment', { deleted: true })).toEqual({ deleted: true });
    expect(withoutServerKeys('workflow', { updatedAt: 'x', rev: 1 })).toEqual({ updatedAt: 'x' });
  });
});

describe('checkChangeContent on workflows, steps and documents', () => {
  const due = {
    limitId: 'assistance.decision',
    direction: 'after',
    start: '2026-11-29',
    due: '2026-12-09',
    coverage: 'official',
  };

  it('lets the records the app writes through, with and without what later versions added', () => {
    expect(checkChangeContent(create('workflow', workflowData()), null)).toBeNull();
    expect(
      checkChangeContent(
        create('workflow', workflowData({ due: { ...due, override: overrideOf(7) } })),
        null,
      ),
    ).toBeNull();
    // A transition's update: the new snapshot and bookkeeping, the stored rest kept.
    const transition = {
      snapshot: snapshotText('reasoning', 'explained'),
      state: 'explained',
      status: 'active',
      due,
      stepCount: 1,
      updatedAt: '2026-11-30T02:00:00.000Z',
      updatedBy: 'user-2',
      sensitive: { 'pay.account': '6222020200112233445' },
    };
    expect(checkChangeContent(update('workflow', transition), workflowData())).toBeNull();
    // A step of an older version has no approvedBy/enteredBy.
    expect(checkChangeContent(create('step', stepData()), null)).toBeNull();
    const approvedBy = {
      id: 'user-9',
      name: '王检察长',
      role: 'chiefProcurator',
      method: 'request',
      requestId: 'req-1',
    };
    const enteredBy = { id: 'user-1', name: '李检察官', role: 'procurator' };
    expect(
      checkChangeContent(create('step', stepData({ approvedBy, enteredBy })), null),
    ).toBeNull();
    expect(checkChangeContent(create('document', documentData()), null)).toBeNull();
    const { workflowId: _w, ...withoutWorkflow } = documentData();
    expect(checkChangeContent(create('document', withoutWorkflow), null)).toBeNull();
  });

  it.each([
    ['a garbage snapshot', 'workflow', workflowData({ snapshot: 'garbage' }), 'snapshot'],
    [
      'a snapshot without its state',
      'workflow',
      workflowData({ snapshot: '{"format":1}' }),
      'snapshot',
    ],
    [
      'a snapshot of another kind',
      'workflow',
      workflowData({ snapshot: snapshotText('protest') }),
      'snapshot',
    ],
    [
      'an unknown kind',
      'workflow',
      workflowData({ kind: 'coup', snapshot: snapshotText('coup') }),
      'kind',
    ],
    ['a negative step count', 'workflow', workflowData({ stepCount: -1 }), 'stepCount'],
    [
      'a due date that is no date',
      'workflow',
      workflowData({ due: { ...due, due: 'soon' } }),
      'due.due',
    ],
    ['a time that is no time', 'workflow', workflowData({ startedAt: 'yesterday' }), 'startedAt'],
    ['a field no workflow has', 'workflow', workflowData({ verdict: 'guilty' }), '(record)'],
    ['step data that is a string', 'step', stepData({ data: 'x' }), 'data'],
    ['step data that is a list', 'step', stepData({ data: [1, 2] }), 'data'],
    ['a step without data', 'step', { ...stepData(), data: undefined }, 'data'],
    ['a step number 0', 'step', stepData({ stepNo: 0 }), 'stepNo'],
    ['an event name too long', 'step', stepData({ event: 'e'.repeat(101) }), 'event'],
    ['an unknown role', 'step', stepData({ role: 'emperor' }), 'role'],
    [
      'a forged approver field',
      'step',
      stepData({
        approvedBy: { id: 'u', name: 'n', role: 'clerk', method: 'trust me', requestId: null },
      }),
      'approvedBy.method',
    ],
    ['a field no step has', 'step', stepData({ legal: true }), '(record)'],
    ['a document of size -1', 'document', documentData({ size: -1 }), '(record)'],
    ['a hash that is not 64 hex', 'document', documentData({ fileSha256: 'abc' }), 'fileSha256'],
    ['an unknown template', 'document', documentData({ templateId: 'fake.form' }), 'templateId'],
    ['a template version 0', 'document', documentData({ templateVersion: 0 }), 'templateVersion'],
    ['document data that is a string', 'document', documentData({ data: 'x' }), 'data'],
  ] as const)('refuses %s', (_name, entity, patch, path) => {
    const problem = checkChangeContent(create(entity, patch), null);
    expect(problem).toMatchObject({ code: 'invalid-content' });
    expect(problem?.reason).toContain(path);
  });

  it('takes the snapshot the engine writes for every kind, only in a record of that kind', () => {
    for (const kind of workflowKinds) {
      const started = startWorkflow(kind, fixtures[kind].input);
      if (!started.ok) throw new Error(`${kind} did not start`);
      const snapshot = serializeWorkflowSnapshot(kind, started.snapshot);
      const record = workflowData({ kind, snapshot, state: started.snapshot.value });
      expect(checkChangeContent(create('workflow', record), null), kind).toBeNull();
      const other = workflowKinds.find((k) => k !== kind) ?? kind;
      expect(
        checkChangeContent(create('workflow', { ...record, kind: other }), null),
        kind,
      ).toMatchObject({ code: 'invalid-content' });
    }
  });

  it('refuses an update that leaves a stored workflow with a garbage snapshot', () => {
    expect(checkChangeContent(update('workflow', { snapshot: '{' }), workflowData())).toMatchObject(
      { code: 'invalid-content', reason: expect.stringContaining('snapshot') as unknown },
    );
  });
});

function overrideOf(amount: number) {
  return { amount, unit: 'workingDays', source: { title: '省院通知' } };
}
