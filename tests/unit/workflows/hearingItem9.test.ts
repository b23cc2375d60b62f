/**
 * Issue 11 item 9 (hearings): panel size and selection record, the administrative agenda,
 * transcript signatures before the records step completes, and the majority-deviation rule as
 * an acknowledged warning cited with DOMAIN.md's [U].
 */
import { describe, expect, it } from 'vitest';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import { drawFromPool } from '../../../src-shared/workflows/hearing/officerDraw';
import { OFFICER_COUNT_RULE } from '../../../src-shared/workflows/hearing/officerRules';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import { chiefApproval, eligibleOfficer, noticeInTime } from './fixtures';
import { administrativeAgenda, completedRecords, randomDraw } from './hearingFixtures';
import { reach, send } from './walk';

const kind = 'publicHearing';
const ok = (result: ReturnType<typeof send>): PersistedWorkflowSnapshot => {
  if (!result.ok)
    throw new Error(`${result.reason.messageKey} ${JSON.stringify(result.reason.details)}`);
  return result.snapshot;
};
const preparing = () => reach(kind, 'preparing', 'entered');
const officerNames = (snapshot: PersistedWorkflowSnapshot) =>
  (snapshot.context.officers as { name: string }[]).map((o) => o.name);

describe('item 9: the panel — officer count and how officers were chosen', () => {
  it('item 9: one officer no longer suffices; the default count is tagged [U]', () => {
    expect(OFFICER_COUNT_RULE).toEqual({ minimum: 3, confidence: 'U' });
    const one = ok(
      send(kind, preparing(), 'addOfficer', eligibleOfficer('o1', true), 'procurator'),
    );
    expect(send(kind, one, 'sendNotice', noticeInTime, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.tooFewOfficers',
        details: { count: 1, required: 3, confidence: 'U' },
      },
    });
  });

  it('item 9: the chief approving the hearing may set the number, recorded with the approval', () => {
    const started = reach(kind, 'proposed', 'entered');
    const approved = ok(
      send(
        kind,
        started,
        'approveHearing',
        { approvedOn: '2025-03-01', openness: 'public', reason: '简易听证', officerCount: 1 },
        'chiefProcurator',
      ),
    );
    const one = ok(send(kind, approved, 'addOfficer', eligibleOfficer('o1', true), 'procurator'));
    expect(send(kind, one, 'sendNotice', noticeInTime, 'procurator')).toMatchObject({ ok: true });
  });

  it('item 9: an officer with no recorded selection is refused at the notice', () => {
    let panel = preparing();
    for (const [id, supervisor] of [
      ['o1', true],
      ['o2', false],
      ['o3', false],
    ] as const) {
      const { selection: _selection, ...unrecorded } = eligibleOfficer(id, supervisor);
      panel = ok(
        send(kind, panel, 'addOfficer', { ...unrecorded, name: `听证员${id}` }, 'procurator'),
      );
    }
    expect(send(kind, panel, 'sendNotice', noticeInTime, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.officerSelectionMissing',
        details: { names: ['听证员o1', '听证员o2', '听证员o3'] },
      },
    });
  });

  it('item 9: a random draw is recorded with pool size, seed and candidates, and redone', () => {
    const drawn = ok(send(kind, preparing(), 'selectOfficers', randomDraw(), 'procurator'));
    expect(drawn.context.selections).toEqual([
      expect.objectContaining({
        method: 'randomDraw',
        poolSize: 5,
        drawCount: 3,
        drawSeed: randomDraw().drawSeed,
        recusedPoolEntryIds: ['p2'],
      }),
    ]);
    expect(drawn.context.officers).toHaveLength(3);
    expect(
      (drawn.context.officers as { selection: unknown }[]).every(
        (o) => JSON.stringify(o.selection) === '{"method":"randomDraw"}',
      ),
    ).toBe(true);
    expect(send(kind, drawn, 'sendNotice', noticeInTime, 'procurator')).toMatchObject({ ok: true });
  });

  it('item 9: a draw that the seed does not reproduce, or that picks a recused entry, is refused', () => {
    const draw = randomDraw();
    const other = drawFromPool('ffffffffffffffff', draw.poolCandidateIds, 3);
    const forged = {
      ...draw,
      poolEntryIds: other,
      officers: other.map((id, i) => ({ ...draw.officers[i], poolEntryId: id })),
    };
    const sameAsRecorded = JSON.stringify(other) === JSON.stringify(draw.poolEntryIds);
    expect(sameAsRecorded).toBe(false);
    expect(send(kind, preparing(), 'selectOfficers', forged, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.drawNotReproduced',
        details: { expected: draw.poolEntryIds },
      },
    });
    const recusedDrawn = { ...draw, recusedPoolEntryIds: [draw.poolEntryIds[0]] };
    expect(send(kind, preparing(), 'selectOfficers', recusedDrawn, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.selectionMismatch' },
    });
    const { drawSeed: _seed, ...noSeed } = draw;
    expect(send(kind, preparing(), 'selectOfficers', noSeed, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.drawNotRecorded' },
    });
  });

  it('item 9: the draw is deterministic for a seed and draws without repeats', () => {
    const candidates = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const first = drawFromPool('00112233445566778899', candidates, 4);
    expect(drawFromPool('00112233445566778899', candidates, 4)).toEqual(first);
    expect(new Set(first).size).toBe(4);
    expect(first.every((id) => candidates.includes(id))).toBe(true);
    expect(drawFromPool('00112233445566778899', candidates, 10)).toHaveLength(7);
  });
});

describe('item 9: the administrative agenda as a checklist', () => {
  /** Every agenda step and opinion recorded, the administrative checklist not yet ticked. */
  const readyToClose = (): PersistedWorkflowSnapshot => {
    const ready = reach(kind, 'inSession');
    const { administrativeAgenda: _ticked, ...context } = ready.context;
    return { ...ready, context };
  };
  const close = { closedAt: '2025-03-10T11:00:00+08:00' };

  it('item 9: an administrative hearing does not close before its checklist is ticked', () => {
    const session = readyToClose();
    expect(send(kind, session, 'closeHearing', close, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.administrativeAgendaIncomplete',
        details: {
          unticked: [
            'peoplesSupervisorPresent',
            'judicialPoliceKeepOrder',
            'fullAvRecording',
            'nineStepAgenda',
            'deliberationRecorded',
          ],
        },
      },
    });
    const partial = {
      ...administrativeAgenda,
      items: { ...administrativeAgenda.items, fullAvRecording: false },
    };
    const ticked = ok(send(kind, session, 'confirmAdministrativeAgenda', partial, 'clerk'));
    expect(send(kind, ticked, 'closeHearing', close, 'procurator')).toMatchObject({
      ok: false,
      reason: { details: { unticked: ['fullAvRecording'] } },
    });
    const complete = ok(
      send(kind, ticked, 'confirmAdministrativeAgenda', administrativeAgenda, 'clerk'),
    );
    expect(send(kind, complete, 'closeHearing', close, 'procurator')).toMatchObject({
      ok: true,
      snapshot: { value: 'records' },
    });
  });
});

describe("item 9: transcript signatures before 'records' completes", () => {
  it('item 9: every participant signs, or a refusal is noted', () => {
    const records = reach(kind, 'records', 'entered');
    const participants = [...noticeInTime.participantsNotified, ...officerNames(records)];
    expect(send(kind, records, 'completeRecords', completedRecords([]), 'clerk')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.transcriptUnsigned',
        details: { unsigned: participants },
      },
    });
    const [refuser, ...signers] = participants;
    expect(
      send(kind, records, 'completeRecords', completedRecords(signers), 'clerk'),
    ).toMatchObject({ ok: false, reason: { details: { unsigned: [refuser] } } });
    expect(
      send(kind, records, 'completeRecords', completedRecords(signers, [refuser ?? '']), 'clerk'),
    ).toMatchObject({ ok: true, snapshot: { value: 'decision' } });
  });
});

describe('item 9: departing from the majority is a warning the chief acknowledges', () => {
  it('item 9: the rule is cited [U] as DOMAIN gives it, and the chief acknowledges through approvals', () => {
    const decision = workflowCatalog.publicHearing.states['decision'];
    expect(decision?.legalBasis).toEqual([
      expect.objectContaining({ article: '第16条', confidence: 'U' }),
    ]);
    const deciding = reach(kind, 'decision');
    const departs = { decidedOn: '2025-03-12', adoptsProposal: false, summary: '不采纳多数意见' };
    expect(send(kind, deciding, 'decide', departs, 'procurator')).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.majorityDeviationNeedsAcknowledgement',
        details: { requiredRole: 'chiefProcurator', confidence: 'U' },
      },
    });
    expect(
      send(
        kind,
        deciding,
        'decide',
        { ...departs, deviationApproval: chiefApproval },
        'procurator',
      ),
    ).toMatchObject({ ok: true, snapshot: { context: { decision: { followsMajority: false } } } });
  });
});
