import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/cases';
import {
  checkDuplicateAssistance,
  findDuplicateAssistance,
  normaliseCaseNo,
  type AssistanceRequest,
} from '../../../src-renderer/src/db/duplicateAssistance';
import {
  startCaseWorkflow,
  transitionWorkflow,
} from '../../../src-renderer/src/db/workflowRepository';
import { validInput } from '../db/fixtures';
import { T0, closeAll, day, deviceWithCase, residentId } from './fixtures';

afterEach(closeAll);

const request = (over: Partial<AssistanceRequest>): AssistanceRequest => ({
  workflowId: 'w-other',
  caseId: 'c-other',
  caseTitle: '另案',
  idNumbers: [residentId(7)],
  sourceCaseNo: normaliseCaseNo('（2024）皖0102民初1号'),
  state: 'review',
  isRefused: false,
  ...over,
});

const subject = {
  workflowId: 'w-self',
  idNumbers: [residentId(7)],
  sourceCaseNo: normaliseCaseNo('(2024)皖0102民初1号'),
};

describe('findDuplicateAssistance', () => {
  it.each([
    ['same person, same source case (brackets typed differently)', {}, 1],
    ['another source case', { sourceCaseNo: normaliseCaseNo('(2024)皖0102民初2号') }, 0],
    ['another person', { idNumbers: [residentId(8)] }, 0],
    ['the request itself', { workflowId: 'w-self' }, 0],
    ['a refused request', { isRefused: true }, 0],
    ['a withdrawn request', { state: 'withdrawn' }, 0],
    ['a request already paid', { state: 'closed' }, 1],
  ] as const)('%s → %i match(es)', (_name, over, expected) => {
    expect(findDuplicateAssistance(subject, [request(over)])).toHaveLength(expected);
  });

  it('never matches on an unknown source case', () => {
    expect(
      findDuplicateAssistance({ ...subject, sourceCaseNo: '' }, [request({ sourceCaseNo: '' })]),
    ).toEqual([]);
  });
});

describe('checkDuplicateAssistance over local cases', () => {
  it('finds the earlier request for the same person and source case on another case', async () => {
    const { db, actor, caseRecord } = await deviceWithCase({
      courtCases: [{ number: '（2024）皖0102民初88号' }],
    });
    const other = await createCase(
      db,
      actor,
      validInput(1, {
        title: '张某再次申请救助案',
        courtCases: [{ number: '(2024)皖0102民初88号' }],
      }),
      T0,
    );
    const unrelated = await createCase(
      db,
      actor,
      validInput(2, { courtCases: [{ number: '(2024)皖0102民初88号' }] }),
      T0,
    );
    if (!other.ok || !unrelated.ok) throw new Error('cases not created');

    const first = await startCaseWorkflow(db, actor, caseRecord.id, 'judicialAssistance', {}, T0);
    const second = await startCaseWorkflow(db, actor, other.value.id, 'judicialAssistance', {}, T0);
    const third = await startCaseWorkflow(
      db,
      actor,
      unrelated.value.id,
      'judicialAssistance',
      {},
      T0,
    );
    if (!first.ok || !second.ok || !third.ok) throw new Error('not started');

    const found = await checkDuplicateAssistance(db, second.value.id);
    expect(found.map((r) => r.workflowId)).toEqual([first.value.id]);
    expect(found[0]?.caseTitle).toBe(caseRecord.title);

    // Once the first request is withdrawn it no longer counts.
    await transitionWorkflow(
      db,
      actor,
      first.value.id,
      { type: 'inform', data: { informedOn: '2025-03-01', method: 'written', leadFrom: 'civil' } },
      day(1),
    );
    await transitionWorkflow(
      db,
      actor,
      first.value.id,
      { type: 'withdraw', data: { notedOn: '2025-03-02', reason: '申请人撤回' } },
      day(2),
    );
    expect(await checkDuplicateAssistance(db, second.value.id)).toEqual([]);
  });

  it('uses the source case named at the start over the court case', async () => {
    const { db, actor, caseRecord } = await deviceWithCase({ courtCases: [{ number: 'A-1' }] });
    const other = await createCase(
      db,
      actor,
      validInput(1, { courtCases: [{ number: 'B-2' }] }),
      T0,
    );
    if (!other.ok) throw new Error('case not created');
    const a = await startCaseWorkflow(db, actor, caseRecord.id, 'judicialAssistance', {}, T0);
    const b = await startCaseWorkflow(
      db,
      actor,
      other.value.id,
      'judicialAssistance',
      { sourceCaseId: 'a-1' },
      T0,
    );
    if (!a.ok || !b.ok) throw new Error('not started');
    expect((await checkDuplicateAssistance(db, b.value.id)).map((r) => r.workflowId)).toEqual([
      a.value.id,
    ]);
  });
});
