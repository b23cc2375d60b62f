/**
 * Issue 11 item 10: the administrative extension runs from the review's own last day and has a
 * maximum; the supplement window runs from the notice's receipt, and a posted notice's days in
 * transit are not counted.
 */
import { describe, expect, it } from 'vitest';
import { attemptTransition, startWorkflow } from '../../../src-shared/workflows/engine';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import { chiefApproval } from './fixtures';
import { expectOk, reach, send } from './walk';

function adminReview(input: object = {}): PersistedWorkflowSnapshot {
  const started = startWorkflow('adminResolution', {
    caseId: 'case-0001',
    reviewStartedOn: '2025-01-06',
    ...input,
  });
  if (!started.ok) throw new Error(started.reason.messageKey);
  return started.snapshot;
}

const extend = (snapshot: PersistedWorkflowSnapshot, amount: number, unit: string) =>
  send(
    'adminResolution',
    snapshot,
    'extendReview',
    { approval: chiefApproval, extendBy: { amount, unit } },
    'chiefProcurator',
  );

describe('issue 11 item 10: the administrative extension has a maximum', () => {
  // Review 2025-01-06 + 3 months: last day 04-06; the default maximum of 3 more months ends 07-06.
  it('refuses a second extension beyond the maximum and names the maximum', () => {
    const once = expectOk(extend(adminReview(), 3, 'months'));
    expect(extend(once, 1, 'calendarDays')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.extensionBeyondMaximum',
        details: {
          maximumAmount: 3,
          maximumUnit: 'months',
          latestLastDay: '2025-07-06',
          requestedLastDay: '2025-07-07',
        },
      },
    });
  });

  it('accepts extensions up to the maximum, and a workflow started with its own maximum', () => {
    const twice = expectOk(extend(expectOk(extend(adminReview(), 2, 'months')), 1, 'months'));
    expect(twice.context).toMatchObject({ extensions: [{}, {}] });
    const configured = adminReview({ extensionMaximum: { amount: 6, unit: 'months' } });
    expect(extend(expectOk(extend(configured, 3, 'months')), 3, 'months')).toMatchObject({
      ok: true,
    });
    expect(extend(configured, 7, 'months')).toMatchObject({
      ok: false,
      reason: { details: { maximumAmount: 6, latestLastDay: '2025-10-06' } },
    });
  });
});

describe('issue 11 item 10: the supplement window runs from receipt, transit not counted', () => {
  const kind = 'judicialAssistance';
  const notice = (extra: object) =>
    expectOk(
      send(
        kind,
        reach(kind, 'materials'),
        'issueSupplementNotice',
        { issuedOn: '2025-03-05', missing: ['hardshipProof'], ...extra },
        'procurator',
      ),
    );
  const lapse = (waiting: PersistedWorkflowSnapshot, notedOn: string) =>
    attemptTransition(
      kind,
      waiting,
      { type: 'lapseSupplement', data: { notedOn, windowExpired: true } },
      { by: 'user-0001', role: 'procurator', at: '2025-05-01T09:00:00+08:00' },
    );

  it('counts 30 days from the receipt date when it is recorded', () => {
    // Received 03-12 + 30 days = Friday 04-11; from the issue date it would end on 04-07.
    const waiting = notice({ receivedOn: '2025-03-12' });
    expect(lapse(waiting, '2025-04-08')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.supplementWindowOpen',
        details: { start: '2025-03-12', due: '2025-04-11' },
      },
    });
    expect(lapse(waiting, '2025-04-12')).toMatchObject({ ok: true });
  });

  it('adds the days a posted notice spent in transit when no receipt is recorded', () => {
    // Issued 03-05, 5 days in the post: the window runs from 03-10 and ends on Wednesday 04-09.
    const waiting = notice({ transitDays: 5 });
    expect(lapse(waiting, '2025-04-08')).toMatchObject({
      ok: false,
      reason: { details: { start: '2025-03-10', due: '2025-04-09' } },
    });
    expect(lapse(waiting, '2025-04-10')).toMatchObject({ ok: true });
  });

  it('falls back to the issue date for notices of earlier versions, and refuses receipt before issue', () => {
    expect(lapse(notice({}), '2025-04-08')).toMatchObject({ ok: true });
    expect(
      send(
        kind,
        reach(kind, 'materials'),
        'issueSupplementNotice',
        { issuedOn: '2025-03-05', missing: ['hardshipProof'], receivedOn: '2025-03-01' },
        'procurator',
      ),
    ).toMatchObject({ ok: false, reason: { details: { field: 'receivedOn' } } });
  });
});
