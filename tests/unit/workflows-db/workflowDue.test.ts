import { afterEach, describe, expect, it } from 'vitest';
import { startWorkflow, attemptTransition } from '../../../src-shared/workflows';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows';
import { computeWorkflowDue } from '../../../src-renderer/src/db/workflowDue';
import {
  startCaseWorkflow,
  transitionWorkflow,
} from '../../../src-renderer/src/db/workflowRepository';
import { T0, closeAll, colleague, day, deviceWithCase } from './fixtures';

afterEach(closeAll);

const AT = '2025-09-26T09:00:00+08:00';

function started(kind: Parameters<typeof startWorkflow>[0], input: unknown) {
  const result = startWorkflow(kind, input);
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return result.snapshot;
}

function step(
  kind: Parameters<typeof startWorkflow>[0],
  snapshot: PersistedWorkflowSnapshot,
  type: string,
  data: unknown,
  role: 'procurator' | 'chiefProcurator' = 'procurator',
) {
  const result = attemptTransition(kind, snapshot, { type, data }, { by: 'u1', role, at: AT });
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return result.snapshot;
}

describe('computeWorkflowDue', () => {
  it('ends a 3-month review that falls in the National Day week on the next working day', () => {
    const snapshot = started('civilReconciliation', {
      caseId: 'c1',
      reviewStartedOn: '2025-07-01',
    });
    // 2025-07-01 + 3 months = 2025-10-01, inside the 10-01..10-08 block → Thursday 10-09.
    expect(computeWorkflowDue('civilReconciliation', snapshot)).toEqual({
      limitId: 'review.civil',
      direction: 'after',
      start: '2025-07-01',
      due: '2025-10-09',
      coverage: 'official',
    });
  });

  it('pushes the review end back by a recorded excluded period', () => {
    let snapshot = started('civilReconciliation', { caseId: 'c1', reviewStartedOn: '2025-03-03' });
    snapshot = step('civilReconciliation', snapshot, 'recordExcludedPeriod', {
      from: '2025-04-01',
      to: '2025-04-10',
      reason: 'appraisal',
    });
    // 06-03 + 10 excluded days = 06-13 (a Friday).
    expect(computeWorkflowDue('civilReconciliation', snapshot)?.due).toBe('2025-06-13');
  });

  it('counts the 10-working-day assistance decision across National Day with its make-up days', () => {
    let snapshot = started('judicialAssistance', { caseId: 'c1' });
    snapshot = step('judicialAssistance', snapshot, 'inform', {
      informedOn: '2025-09-22',
      method: 'written',
      leadFrom: 'civil',
    });
    expect(computeWorkflowDue('judicialAssistance', snapshot)).toBeNull();
    snapshot = step('judicialAssistance', snapshot, 'receiveApplication', {
      receivedOn: '2025-09-24',
      form: 'written',
      applicantRelation: 'victim',
      capacity: 'full',
    });
    // Materials: 5 working days from 09-24 → 09-25, 26, 28 (Sun, make-up), 29, 30.
    expect(computeWorkflowDue('judicialAssistance', snapshot)?.due).toBe('2025-09-30');
    snapshot = step('judicialAssistance', snapshot, 'confirmMaterials', {
      checkedOn: '2025-09-26',
      received: [
        'applicationForm',
        'identityProof',
        'harmProof',
        'hardshipProof',
        'compensationStatement',
      ],
    });
    // 09-28, 29, 30, 10-09, 10, 11 (Sat, make-up), 13, 14, 15, 16.
    expect(computeWorkflowDue('judicialAssistance', snapshot)).toMatchObject({
      limitId: 'assistance.decision',
      due: '2025-10-16',
    });
  });

  it('counts the hearing notice back from the planned hearing to a working day', () => {
    let snapshot = started('publicHearing', { caseId: 'c1', procedure: 'civil' });
    snapshot = step(
      'publicHearing',
      snapshot,
      'approveHearing',
      {
        approvedOn: '2025-09-20',
        openness: 'public',
        reason: '争议较大',
        plannedHearingDate: '2025-10-10',
      },
      'chiefProcurator',
    );
    // 10-10 − 3 = 10-07 (holiday) → back to Tuesday 09-30.
    expect(computeWorkflowDue('publicHearing', snapshot)).toEqual({
      limitId: 'hearing.notice',
      direction: 'before',
      start: '2025-10-10',
      due: '2025-09-30',
      coverage: 'official',
    });
  });

  it('marks a deadline in a year without a holiday table as assumed', () => {
    const snapshot = started('civilReconciliation', {
      caseId: 'c1',
      reviewStartedOn: '2026-11-20',
    });
    expect(computeWorkflowDue('civilReconciliation', snapshot)).toMatchObject({
      due: '2027-02-22',
      coverage: 'assumed',
    });
  });

  it('applies the 15-day document window only to a 不支持监督申请 trigger', () => {
    const other = started('reasoning', {
      caseId: 'c1',
      trigger: { kind: 'petitionReply', decidedOn: '2025-03-03' },
    });
    expect(computeWorkflowDue('reasoning', other)).toBeNull();
  });
});

describe('stored due dates', () => {
  it('are recomputed on every step, and cleared when the workflow ends', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const chief = await colleague(db, actor, 'chiefProcurator');
    const result = await startCaseWorkflow(
      db,
      actor,
      caseRecord.id,
      'publicHearing',
      { procedure: 'civil' },
      T0,
    );
    if (!result.ok) throw new Error('not started');
    expect(result.value.due).toBeNull();
    const approved = await transitionWorkflow(
      db,
      chief,
      result.value.id,
      {
        type: 'approveHearing',
        data: {
          approvedOn: '2025-09-20',
          openness: 'nonPublic',
          reason: '争议较大',
          plannedHearingDate: '2025-10-10',
        },
      },
      day(1),
    );
    expect(approved.ok && approved.value.workflow.due?.due).toBe('2025-09-30');
    const ended = await startCaseWorkflow(
      db,
      actor,
      caseRecord.id,
      'publicHearing',
      { procedure: 'civil' },
      T0,
    );
    if (!ended.ok) throw new Error('not started');
    const refused = await transitionWorkflow(
      db,
      chief,
      ended.value.id,
      { type: 'refuseHearing', data: { decidedOn: '2025-09-20', reasons: '无听证必要' } },
      day(1),
    );
    expect(refused.ok && refused.value.workflow).toMatchObject({
      status: 'done',
      state: 'refused',
      due: null,
    });
  });
});
