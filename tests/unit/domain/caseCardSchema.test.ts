import { describe, expect, it } from 'vitest';
import { caseCardSchema, partySchema } from '../../../src-shared/domain/caseCard';
import type { CaseCardInput } from '../../../src-shared/domain/caseCard';

function validCard(): CaseCardInput {
  return {
    title: '张某等12名农民工追索劳动报酬案',
    caseType: 'supportProsecution',
    source: 'application',
    focalPoint: 'workers',
    parties: [
      {
        id: 'p1',
        role: 'applicant',
        name: '张某',
        sex: 'male',
        birthDate: '1949-12-31',
        phone: '13812345678',
        idType: 'residentId',
        idNumber: '11010519491231002X',
        flags: ['migrantWorker', 'elderly'],
      },
      {
        id: 'p2',
        role: 'organisation',
        name: '合肥某建筑劳务有限公司',
        idType: 'creditCode',
        idNumber: '91340102MA2N0X1234',
      },
    ],
    courtCases: [{ number: '（2023）皖0102民初1234号', court: '合肥市瑶海区人民法院' }],
    claims: '请求支持起诉。',
    facts: '拖欠工资。',
    handlerId: 'user-1',
    department: 'civil',
    receivedAt: '2024-03-01',
    acceptedAt: '2024-03-05',
  };
}

function issuesOf(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = caseCardSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('caseCardSchema', () => {
  it('parses a valid card and fills the defaults', () => {
    const card = caseCardSchema.parse({ ...validCard(), status: undefined });
    expect(card.status).toBe('received');
    expect(card.parties[1]?.sex).toBe('unknown');
    expect(card.parties[1]?.flags).toEqual([]);
    expect(card.title).toBe('张某等12名农民工追索劳动报酬案');
  });

  it('trims text before checking it', () => {
    const card = caseCardSchema.parse({ ...validCard(), title: '  李某某申请国家司法救助案  ' });
    expect(card.title).toBe('李某某申请国家司法救助案');
  });

  it('reports a missing title as validation.required at [title]', () => {
    const { title: _title, ...withoutTitle } = validCard();
    expect(issuesOf(withoutTitle)).toEqual([{ path: ['title'], message: 'validation.required' }]);
  });

  it('reports a blank title as validation.required and a long one as validation.tooLong', () => {
    expect(issuesOf({ ...validCard(), title: '   ' })).toEqual([
      { path: ['title'], message: 'validation.required' },
    ]);
    expect(issuesOf({ ...validCard(), title: '案'.repeat(201) })).toEqual([
      { path: ['title'], message: 'validation.tooLong' },
    ]);
  });

  it('reports a wrong ID checksum on the first party at [parties, 0, idNumber]', () => {
    const card = validCard();
    card.parties[0] = { ...card.parties[0]!, idNumber: '110105194912310021' };
    expect(issuesOf(card)).toEqual([
      { path: ['parties', 0, 'idNumber'], message: 'validation.residentId.checksum' },
    ]);
  });

  it('names the ID problem: format and birth date', () => {
    const card = validCard();
    card.parties[0] = { ...card.parties[0]!, idNumber: '1101051949' };
    expect(issuesOf(card)).toEqual([
      { path: ['parties', 0, 'idNumber'], message: 'validation.residentId.format' },
    ]);
    card.parties[0] = { ...card.parties[0], idNumber: '340102199002301236' };
    expect(issuesOf(card)[0]?.message).toBe('validation.residentId.birthDate');
  });

  it('does not check other identity documents against the resident-ID rules', () => {
    const card = validCard();
    card.parties[0] = { ...card.parties[0]!, idType: 'passport', idNumber: 'E12345678' };
    expect(issuesOf(card)).toEqual([]);
  });

  it('checks the shape of a credit code', () => {
    const card = validCard();
    card.parties[1] = { ...card.parties[1]!, idNumber: '91340102MA2N0X12' };
    expect(issuesOf(card)).toEqual([
      { path: ['parties', 1, 'idNumber'], message: 'validation.creditCode' },
    ]);
  });

  it('rejects an acceptance date before the received date', () => {
    expect(issuesOf({ ...validCard(), acceptedAt: '2024-02-29' })).toEqual([
      { path: ['acceptedAt'], message: 'validation.acceptedBeforeReceived' },
    ]);
    expect(issuesOf({ ...validCard(), acceptedAt: '2024-03-01' })).toEqual([]);
  });

  it('reports every problem at once, with its own path', () => {
    const card = validCard();
    card.title = '';
    card.parties[0] = { ...card.parties[0]!, name: '', idNumber: '110105194912310021' };
    card.acceptedAt = '2024-01-01';
    expect(issuesOf(card)).toEqual([
      { path: ['title'], message: 'validation.required' },
      { path: ['parties', 0, 'name'], message: 'validation.required' },
      { path: ['parties', 0, 'idNumber'], message: 'validation.residentId.checksum' },
      { path: ['acceptedAt'], message: 'validation.acceptedBeforeReceived' },
    ]);
  });

  it('asks for at least one party, a valid date and a choice from each list', () => {
    const messages = issuesOf({
      ...validCard(),
      parties: [],
      receivedAt: '2024-02-30',
      caseType: 'nonsense',
      handlerId: undefined,
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        { path: ['parties'], message: 'validation.partiesRequired' },
        { path: ['receivedAt'], message: 'validation.date' },
        { path: ['caseType'], message: 'validation.choose' },
        { path: ['handlerId'], message: 'validation.required' },
      ]),
    );
  });

  it("translates a value outside a party's code lists as validation.choose", () => {
    const result = partySchema.safeParse({
      id: 'p',
      role: 'applicant',
      name: '王某',
      sex: 'x',
      idType: 'card',
      flags: ['poor'],
    });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['sex'], message: 'validation.choose' },
      { path: ['idType'], message: 'validation.choose' },
      { path: ['flags', 0], message: 'validation.choose' },
    ]);
  });

  it('rejects a phone number with letters', () => {
    const result = partySchema.safeParse({
      id: 'p',
      role: 'applicant',
      name: '王某',
      phone: '138abc',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.phone');
  });
});
