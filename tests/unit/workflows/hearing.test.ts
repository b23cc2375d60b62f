/** Guard tests of public hearings (DOMAIN.md §6.4). */
import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  isNoticeInTime,
} from '../../../src-shared/workflows/hearing/noticeInTime';
import { followsMajority, majorityPosition } from '../../../src-shared/workflows/hearing/majority';
import { startWorkflow } from '../../../src-shared/workflows/engine';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import { agendaSteps, chiefApproval, eligibleOfficer, noticeInTime } from './fixtures';
import { fixtureData, reach, send } from './walk';

const kind = 'publicHearing';
const ok = (result: ReturnType<typeof send>): PersistedWorkflowSnapshot => {
  if (!result.ok)
    throw new Error(`${result.reason.messageKey} ${JSON.stringify(result.reason.details)}`);
  return result.snapshot;
};

describe('notice at least 3 days before the hearing', () => {
  it('counts calendar days without the notice day (CPL Art. 85)', () => {
    expect(calendarDaysBetween('2025-03-01', '2025-03-04')).toBe(3);
    expect(isNoticeInTime('2025-03-01', '2025-03-04')).toBe(true);
    expect(isNoticeInTime('2025-03-02', '2025-03-04')).toBe(false);
    expect(isNoticeInTime('2025-02-26', '2025-03-01')).toBe(true);
    expect(isNoticeInTime('2024-02-27', '2024-03-01', 3)).toBe(true);
    expect(isNoticeInTime('2025-03-01', '2025-03-04', 4)).toBe(false);
    expect(() => isNoticeInTime('2025-02-30', '2025-03-04')).toThrow(RangeError);
  });

  it('a notice the app found late is refused', () => {
    const preparing = reach(kind, 'preparing');
    const late = { ...noticeInTime, noticeDate: '2025-03-08', noticeInTime: false };
    expect(send(kind, preparing, 'sendNotice', late, 'procurator')).toEqual({
      ok: false,
      reason: {
        code: 'guard-failed',
        messageKey: 'workflow.refusal.noticeTooLate',
        details: { noticeDate: '2025-03-08', hearingDate: '2025-03-10', minimumDays: 3 },
      },
    });
  });

  it('dates that are too close are refused even if the app said "in time"', () => {
    const preparing = reach(kind, 'preparing');
    const inconsistent = { ...noticeInTime, noticeDate: '2025-03-09', noticeInTime: true };
    expect(send(kind, preparing, 'sendNotice', inconsistent, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.noticeTooLate' },
    });
  });
});

describe('hearing officers', () => {
  const preparing = () => reach(kind, 'preparing', 'entered');

  it('an officer failing a qualification is refused, naming it', () => {
    const officer = eligibleOfficer('o7', false);
    const barred = {
      ...officer,
      eligibility: { ...officer.eligibility, notDishonestDebtor: false },
    };
    expect(send(kind, preparing(), 'addOfficer', barred, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.officerIneligible',
        details: { failed: ['notDishonestDebtor'] },
      },
    });
    const { isAtLeast23: _age, ...unanswered } = officer.eligibility;
    expect(
      send(kind, preparing(), 'addOfficer', { ...officer, eligibility: unanswered }, 'procurator'),
    ).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'eligibility.isAtLeast23' } },
    });
  });

  it('a declared conflict of interest is refused', () => {
    const officer = eligibleOfficer('o7', false);
    const conflicted = {
      ...officer,
      conflictDeclaration: { ...officer.conflictDeclaration, hasConflict: true },
    };
    expect(send(kind, preparing(), 'addOfficer', conflicted, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.officerConflict' },
    });
  });

  it("an administrative hearing needs a people's supervisor among the officers", () => {
    let three = preparing();
    for (const id of ['o1', 'o2', 'o3']) {
      three = ok(send(kind, three, 'addOfficer', eligibleOfficer(id, false), 'procurator'));
    }
    expect(send(kind, three, 'sendNotice', noticeInTime, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.peoplesSupervisorRequired' },
    });
    const four = ok(send(kind, three, 'addOfficer', eligibleOfficer('o4', true), 'procurator'));
    expect(send(kind, four, 'sendNotice', noticeInTime, 'procurator')).toMatchObject({
      ok: true,
      snapshot: { value: 'noticed' },
    });
  });

  it('officers can be removed, and unknown ones cannot', () => {
    const one = ok(
      send(kind, preparing(), 'addOfficer', eligibleOfficer('o1', false), 'procurator'),
    );
    expect(
      send(kind, one, 'removeOfficer', { officerId: 'o9', reason: 'x' }, 'procurator'),
    ).toMatchObject({ ok: false, reason: { messageKey: 'workflow.refusal.unknownOfficer' } });
    const none = ok(
      send(kind, one, 'removeOfficer', { officerId: 'o1', reason: '申请回避' }, 'procurator'),
    );
    expect(none.context.officers).toEqual([]);
    expect(send(kind, none, 'sendNotice', noticeInTime, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.noOfficers' },
    });
  });
});

describe('approval and openness', () => {
  it('only the chief procurator approves; a minors case is never public', () => {
    const started = startWorkflow(kind, { caseId: 'c', procedure: 'civil', involvesMinor: true });
    if (!started.ok) throw new Error('start');
    const data = { approvedOn: '2025-03-01', openness: 'public', reason: '争议大' };
    expect(send(kind, started.snapshot, 'approveHearing', data, 'procurator')).toMatchObject({
      ok: false,
      reason: { code: 'wrong-role' },
    });
    expect(send(kind, started.snapshot, 'approveHearing', data, 'chiefProcurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.minorCaseNotPublic' },
    });
    expect(
      send(
        kind,
        started.snapshot,
        'approveHearing',
        { ...data, openness: 'nonPublic' },
        'chiefProcurator',
      ),
    ).toMatchObject({ ok: true });
  });

  it('a public hearing does not open without its public notice', () => {
    const noticed = reach(kind, 'noticed', 'entered');
    expect(noticed.context.publicNotice).toBeUndefined();
    const data = fixtureData(kind, reach(kind, 'noticed'), 'openHearing');
    expect(send(kind, noticed, 'openHearing', data, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.publicNoticeRequired' },
    });
  });
});

describe('session, records and decision', () => {
  it('logs the seven agenda steps in order', () => {
    const session = reach(kind, 'inSession', 'entered');
    const step = (name: string) => ({
      step: name,
      at: '2025-03-10T09:30:00+08:00',
      summary: '要点',
    });
    expect(send(kind, session, 'logAgendaStep', step('officersAsk'), 'clerk')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.agendaOutOfOrder',
        details: { expected: 'introduceCase' },
      },
    });
    const first = ok(send(kind, session, 'logAgendaStep', step(agendaSteps[0] ?? ''), 'clerk'));
    expect(
      send(kind, first, 'closeHearing', { closedAt: '2025-03-10T11:00:00+08:00' }, 'procurator'),
    ).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.agendaIncomplete',
        details: { next: 'partiesState' },
      },
    });
  });

  it("needs every officer's opinion before closing", () => {
    let session = reach(kind, 'inSession', 'entered');
    for (const name of agendaSteps) {
      session = ok(
        send(
          kind,
          session,
          'logAgendaStep',
          { step: name, at: '2025-03-10T09:30:00+08:00', summary: '要点' },
          'clerk',
        ),
      );
    }
    const [first, ...others] = (session.context.officers as { officerId: string }[]).map(
      (o) => o.officerId,
    );
    session = ok(
      send(
        kind,
        session,
        'recordOpinion',
        { officerId: first, position: 'agree', reasons: '同意' },
        'clerk',
      ),
    );
    expect(
      send(kind, session, 'closeHearing', { closedAt: '2025-03-10T11:00:00+08:00' }, 'procurator'),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.opinionsMissing', details: { officerIds: others } },
    });
  });

  it('an administrative hearing keeps its AV recording; the deliberation record is signed', () => {
    const records = reach(kind, 'records');
    const data = fixtureData(kind, records, 'completeRecords');
    const { avRecordingSha256: _av, ...noAv } = data;
    expect(send(kind, records, 'completeRecords', noAv, 'clerk')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.avRecordingRequired' },
    });
    const unsigned = {
      ...data,
      deliberation: { recordedOn: '2025-03-10', signedByPresiding: true, signedByOfficers: false },
    };
    expect(send(kind, records, 'completeRecords', unsigned, 'clerk')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.deliberationUnsigned' },
    });
  });

  it("departing from the officers' majority needs the chief procurator's recorded acknowledgement", () => {
    const deciding = reach(kind, 'decision');
    const departs = { decidedOn: '2025-03-12', adoptsProposal: false, summary: '不采纳多数意见' };
    expect(send(kind, deciding, 'decide', departs, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.majorityDeviationNeedsAcknowledgement',
        details: { majority: 'agree' },
      },
    });
    const approved = send(
      kind,
      deciding,
      'decide',
      { ...departs, deviationApproval: chiefApproval },
      'procurator',
    );
    expect(approved).toMatchObject({
      ok: true,
      snapshot: { context: { decision: { majority: 'agree', followsMajority: false } } },
    });
    const follows = send(
      kind,
      deciding,
      'decide',
      { ...departs, adoptsProposal: true },
      'procurator',
    );
    expect(follows).toMatchObject({
      ok: true,
      snapshot: { context: { decision: { followsMajority: true } } },
    });
  });

  it('computes the majority without abstentions; a tie has none', () => {
    expect(majorityPosition(['agree', 'disagree', 'abstain', 'disagree'])).toBe('disagree');
    expect(majorityPosition(['agree', 'disagree'])).toBe('none');
    expect(followsMajority('none', false)).toBe(true);
    expect(followsMajority('disagree', true)).toBe(false);
  });
});
