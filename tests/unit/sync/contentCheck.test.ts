import { describe, expect, it } from 'vitest';
import {
  MAX_RECORD_BYTES,
  MAX_TEXT_FIELD_CHARS,
  checkChangeContent,
  withoutServerKeys,
  type ContentChange,
} from '../../../src-shared/sync/contentCheck';
import { attachmentData, caseData, leadData } from '../../integration/server/helpers/changes';

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
