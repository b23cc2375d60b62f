/**
 * Item 4: each limit wired for this item gives the due date the deadline engine counts from its
 * start date (CPL Art. 85: the start day not counted, a last day on a rest day moves on), on the
 * step that waits on it or as a case-level reminder, with the reference overrides applied.
 */
import { describe, expect, it } from 'vitest';
import { activeTimeLimitsFrom, type IsoDate } from '../../../src-shared/calendar';
import {
  CASE_REMINDER_RULES,
  attemptTransition,
  startWorkflow,
  type PersistedWorkflowSnapshot,
  type WorkflowKind,
} from '../../../src-shared/workflows';
import { caseReminders } from '../../../src-renderer/src/db/caseReminders';
import { computeWorkflowDue, defaultCalendar } from '../../../src-renderer/src/db/workflowDue';
import { deadlineBuckets } from '../../../src-renderer/src/features/dashboard/deadlineBuckets';
import { resources } from '../../../src-renderer/src/i18n/i18n';
import { flatKeys } from '../i18n/localeFiles';

const AT = '2025-12-31T09:00:00+08:00';

function run(kind: WorkflowKind, input: unknown, steps: [string, unknown, string?][]) {
  const started = startWorkflow(kind, input);
  if (!started.ok) throw new Error(JSON.stringify(started.reason));
  let snapshot: PersistedWorkflowSnapshot = started.snapshot;
  for (const [type, data, role] of steps) {
    const next = attemptTransition(
      kind,
      snapshot,
      { type, data },
      { by: 'u1', role: (role ?? 'procurator') as 'procurator', at: AT },
    );
    if (!next.ok) throw new Error(`${type}: ${JSON.stringify(next.reason)}`);
    snapshot = next.snapshot;
  }
  return snapshot;
}

const due = (kind: WorkflowKind, snapshot: PersistedWorkflowSnapshot) => {
  const d = computeWorkflowDue(kind, snapshot);
  return d && { limitId: d.limitId, start: d.start, due: d.due };
};

describe('item 4: the intake of a supervision application', () => {
  const intake = (procedure: 'civil' | 'administrative') => ({
    caseId: 'c1',
    procedure,
    receivedOn: '2025-03-03',
  });
  const accept = [
    'accept',
    {
      acceptedOn: '2025-03-04',
      periodStartsOn: '2024-06-10',
      periodStartKind: 'retrialRejected',
    },
  ] as [string, unknown];
  const notice = ['sendNotice', { noticeSentOn: '2025-03-05' }] as [string, unknown];
  const transfer = ['transfer', { transferredOn: '2025-03-06' }] as [string, unknown];
  const register = ['register', { registeredOn: '2025-03-07' }] as [string, unknown];

  it('gives 控申 7 days for an administrative application, none for a civil one', () => {
    const admin = run('supervisionIntake', intake('administrative'), []);
    expect(due('supervisionIntake', admin)).toEqual({
      limitId: 'intake.administrative',
      start: '2025-03-03',
      due: '2025-03-10',
    });
    expect(due('supervisionIntake', run('supervisionIntake', intake('civil'), []))).toBeNull();
  });

  it('sends the acceptance notice within 3 days of acceptance', () => {
    const s = run('supervisionIntake', intake('civil'), [accept]);
    expect(due('supervisionIntake', s)).toEqual({
      limitId: 'acceptanceNotice',
      start: '2025-03-04',
      due: '2025-03-07',
    });
  });

  it('transfers the files within 3 days of acceptance', () => {
    const s = run('supervisionIntake', intake('civil'), [accept, notice]);
    expect(due('supervisionIntake', s)?.due).toBe('2025-03-07');
    expect(due('supervisionIntake', s)?.limitId).toBe('transferToHandling');
  });

  it('registers within 3 days of the transfer, moved off a Sunday', () => {
    const s = run('supervisionIntake', intake('civil'), [accept, notice, transfer]);
    // 03-06 + 3 = Sunday 03-09 → Monday 03-10.
    expect(due('supervisionIntake', s)).toEqual({
      limitId: 'caseRegistration',
      start: '2025-03-06',
      due: '2025-03-10',
    });
  });

  it("waits 15 days from the copy's service for the other parties, until their opinion arrives", () => {
    const sentOnly = run('supervisionIntake', intake('civil'), [
      accept,
      notice,
      transfer,
      register,
    ]);
    // Service date unknown: counted from the day the copy was sent (03-05 + 15 = 03-20).
    expect(due('supervisionIntake', sentOnly)).toEqual({
      limitId: 'otherPartyOpinion',
      start: '2025-03-05',
      due: '2025-03-20',
    });
    const served = run('supervisionIntake', intake('civil'), [
      accept,
      notice,
      ['recordCopyServed', { copyServedOn: '2025-03-07' }],
      transfer,
      register,
    ]);
    // 03-07 + 15 = Saturday 03-22 → Monday 03-24.
    expect(due('supervisionIntake', served)?.due).toBe('2025-03-24');
    const answered = run('supervisionIntake', intake('civil'), [
      accept,
      notice,
      transfer,
      register,
      ['recordOpinion', { opinionReceivedOn: '2025-03-12', summary: '同意申请人意见' }],
    ]);
    expect(due('supervisionIntake', answered)).toBeNull();
  });

  it.each([
    ['noticeSent', [] as [string, unknown][]],
    ['transferred', [transfer]],
    ['registered', [transfer, register]],
  ])('records the copy service and the opinion in %s', (state, before) => {
    const s = run('supervisionIntake', intake('civil'), [
      accept,
      notice,
      ...before,
      ['recordCopyServed', { copyServedOn: '2025-03-07' }],
      ['recordOpinion', { opinionReceivedOn: '2025-03-08', summary: '无异议' }],
    ]);
    expect(s.value).toBe(state);
    expect(s.context).toMatchObject({
      notice: { noticeSentOn: '2025-03-05', copyServedOn: '2025-03-07' },
      opinion: { opinionReceivedOn: '2025-03-08' },
    });
  });

  it('refuses to accept an application received after the 2-year period', () => {
    const started = startWorkflow('supervisionIntake', intake('civil'));
    if (!started.ok) throw new Error('start');
    const late = attemptTransition(
      'supervisionIntake',
      started.snapshot,
      {
        type: 'accept',
        data: {
          acceptedOn: '2025-03-04',
          periodStartsOn: '2023-02-28',
          periodStartKind: 'retrialRejected',
        },
      },
      { by: 'u1', role: 'procurator', at: AT },
    );
    expect(late).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.applicationPeriodPassed',
        details: { due: '2025-02-28' },
      },
    });
    // 2023-03-01 + 2 years = Saturday 2025-03-01 → Monday 03-03, the day it was received.
    const inTime = attemptTransition(
      'supervisionIntake',
      started.snapshot,
      {
        type: 'accept',
        data: {
          acceptedOn: '2025-03-04',
          periodStartsOn: '2023-03-01',
          periodStartKind: 'retrialRejected',
        },
      },
      { by: 'u1', role: 'procurator', at: AT },
    );
    expect(inTime.ok).toBe(true);
  });
});

describe('item 4: protest and recommendation replies', () => {
  const decide = [
    'decideMeasure',
    {
      decidedOn: '2025-03-01',
      measure: 'retrialRecommendation',
      committeeMeetingOn: '2025-02-28',
    },
    'chiefProcurator',
  ] as [string, unknown, string];
  const issue = ['issueDocument', { issuedOn: '2025-03-10', partiesNotifiedOn: '2025-03-11' }] as [
    string,
    unknown,
  ];

  it('files an administrative retrial recommendation upward within 5 days until recorded', () => {
    const admin = run('protest', { caseId: 'c1', procedure: 'administrative' }, [decide, issue]);
    // 03-10 + 5 = Saturday 03-15 → Monday 03-17.
    expect(due('protest', admin)).toEqual({
      limitId: 'retrialRecommendation.fileUpward',
      start: '2025-03-10',
      due: '2025-03-17',
    });
    const filed = run('protest', { caseId: 'c1', procedure: 'administrative' }, [
      decide,
      issue,
      ['recordUpwardFiling', { filedUpwardOn: '2025-03-12' }],
    ]);
    expect(due('protest', filed)).toBeNull();
    const civil = run('protest', { caseId: 'c1', procedure: 'civil' }, [decide, issue]);
    expect(due('protest', civil)).toBeNull();
  });

  const recommendation = (extra: Record<string, unknown>) =>
    run('recommendation', { caseId: 'c1', investigationDecidedOn: '2025-01-10' }, [
      [
        'issueRecommendation',
        {
          issuedOn: '2025-03-08',
          deliveredOn: '2025-03-10',
          deliveryMode: 'written',
          addressee: '某县人力资源和社会保障局',
          recommendationType: 'correction',
          ...extra,
        },
        'chiefProcurator',
      ],
      ['fileUpward', { filedOn: '2025-03-11' }],
    ]);

  it.each([
    [{}, 'recommendation.reply', '2025-05-12'],
    [{ recommendationType: 'publicInterest' }, 'publicInterest.preLitigationReply', '2025-05-12'],
    [
      { recommendationType: 'publicInterest', urgent: true },
      'publicInterest.preLitigationReplyUrgent',
      '2025-03-25',
    ],
    [{ onCourtEnforcement: true }, 'court.enforcementRecommendationReply', '2025-06-10'],
  ])('counts the reply of %j under %s to %s', (extra, limitId, expected) => {
    // 2 months from 03-10 = Saturday 05-10 → Monday 05-12; 15 days → 03-25; 3 months → 06-10.
    expect(due('recommendation', recommendation(extra))).toEqual({
      limitId,
      start: '2025-03-10',
      due: expected,
    });
  });

  it('refuses "no reply" for an urgent public-interest recommendation only after its 15 days', () => {
    const waiting = recommendation({ recommendationType: 'publicInterest', urgent: true });
    const noted = (notedOn: string) =>
      attemptTransition(
        'recommendation',
        waiting,
        { type: 'recordNoReply', data: { notedOn } },
        { by: 'u1', role: 'procurator', at: AT },
      ).ok;
    expect(noted('2025-03-25')).toBe(false);
    expect(noted('2025-03-26')).toBe(true);
  });
});

describe('item 4: case-level reminders', () => {
  const card = (extra: Record<string, unknown>) => ({
    source: 'application',
    caseType: 'civilJudgment',
    status: 'inReview',
    receivedAt: '2025-09-29',
    ...extra,
  });

  it('keeps the 1-year 复查 window of a civil 不支持 decision after the reasoning has ended', () => {
    const reasoning = {
      id: 'w1',
      kind: 'reasoning' as const,
      context: { trigger: { kind: 'notSupportSupervision', decidedOn: '2025-03-10' } },
    };
    const reminders = caseReminders({ caseId: 'c1', card: card({}), workflows: [reasoning] });
    expect(reminders.map((r) => [r.workflowId, r.due.limitId, r.due.due])).toEqual([
      ['w1', 'reexamination.application', '2026-03-10'],
    ]);
    // Art. 126 is a civil rule.
    const admin = card({ caseType: 'administrative' });
    expect(caseReminders({ caseId: 'c1', card: admin, workflows: [reasoning] })).toEqual([]);
  });

  it('counts the 7-working-day procedural reply of a complaint across National Day 2025', () => {
    const reminders = caseReminders({
      caseId: 'c1',
      card: card({ source: 'complaint' }),
      workflows: [],
    });
    // 09-30 (1), 10-01..10-08 holiday, 10-09 (2), 10-10 (3), Saturday 10-11 a make-up
    // working day (4), 10-13 (5), 10-14 (6), 10-15 (7).
    expect(reminders.map((r) => [r.due.limitId, r.due.due, r.due.coverage])).toEqual([
      ['petition.proceduralReply', '2025-10-15', 'official'],
      ['petition.substantiveReply', '2025-12-29', 'official'],
    ]);
  });

  it('ends the complaint reminders when the case is accepted or concluded', () => {
    const accepted = card({ source: 'complaint', acceptedAt: '2025-09-30' });
    expect(
      caseReminders({ caseId: 'c1', card: accepted, workflows: [] }).map((r) => r.due.limitId),
    ).toEqual(['petition.substantiveReply']);
    const concluded = { ...accepted, status: 'concluded' };
    expect(caseReminders({ caseId: 'c1', card: concluded, workflows: [] })).toEqual([]);
  });

  it('counts with an [S] limit overridden by reference data and names its source', () => {
    const limits = activeTimeLimitsFrom({
      source: { title: '省院信访工作细则' },
      amounts: { 'petition.proceduralReply': 5 },
    });
    const [procedural] = caseReminders(
      { caseId: 'c1', card: card({ source: 'complaint' }), workflows: [] },
      undefined,
      limits,
    );
    expect(procedural?.due).toMatchObject({
      limitId: 'petition.proceduralReply',
      due: '2025-10-13',
      override: { amount: 5, source: { title: '省院信访工作细则' } },
    });
  });
});

describe('item 4: case-level reminders on the dashboard', () => {
  it('puts a reminder due soon in the list, named by its limit in both locales', () => {
    const [procedural] = caseReminders({
      caseId: 'c9',
      card: {
        source: 'complaint',
        caseType: 'civilJudgment',
        status: 'received',
        receivedAt: '2025-09-29',
      },
      workflows: [],
    });
    if (!procedural) throw new Error('no reminder');
    const buckets = deadlineBuckets([], '2025-10-14' as IsoDate, defaultCalendar(), [
      { reminder: procedural, caseTitle: '信访件', provisionalNo: '340102-2025-00009' },
    ]);
    expect(buckets.dueSoon).toMatchObject([
      { caseId: 'c9', due: { limitId: 'petition.proceduralReply', due: '2025-10-15' } },
    ]);
    expect(buckets.dueSoon[0]?.step).toBeUndefined();
    for (const locale of ['zh-CN', 'en'] as const) {
      const keys = new Set(flatKeys(resources[locale].translation));
      const missing = CASE_REMINDER_RULES.map(
        (r) => `dashboardReminders.limit.${r.limitId}`,
      ).filter((k) => !keys.has(k));
      expect(missing).toEqual([]);
    }
  });
});
