/** Guard tests of interpretation & reasoning (DOMAIN.md §5) and the CPL renumbering helper. */
import { describe, expect, it } from 'vitest';
import { availableEvents, startWorkflow } from '../../../src-shared/workflows/engine';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import { currentCplArticle } from '../../../src-shared/workflows/legal/cplRenumbering';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import { citation2023, fixtures } from './fixtures';
import { fixtureData, reach, send } from './walk';

const kind = 'reasoning';
const ok = (result: ReturnType<typeof send>): PersistedWorkflowSnapshot => {
  if (!result.ok)
    throw new Error(`${result.reason.messageKey} ${JSON.stringify(result.reason.details)}`);
  return result.snapshot;
};

function withGrounds(count: number, answered: number): PersistedWorkflowSnapshot {
  let snapshot = reach(kind, 'preparing', 'entered');
  for (let i = 1; i <= count; i++) {
    snapshot = ok(
      send(
        kind,
        snapshot,
        'addGround',
        { groundId: `g${String(i)}`, summary: `理由${String(i)}` },
        'clerk',
      ),
    );
  }
  for (let i = 1; i <= answered; i++) {
    snapshot = ok(
      send(
        kind,
        snapshot,
        'answerGround',
        { groundId: `g${String(i)}`, response: `答复${String(i)}`, citations: [citation2023] },
        'procurator',
      ),
    );
  }
  return snapshot;
}

describe('every ground gets an answer', () => {
  const draft = () => fixtureData(kind, reach(kind, 'preparing'), 'completeDraft');

  it('an unanswered ground blocks completion, named in the refusal and shown before input', () => {
    const snapshot = withGrounds(3, 2);
    expect(send(kind, snapshot, 'completeDraft', draft(), 'procurator')).toEqual({
      ok: false,
      reason: {
        code: 'guard-failed',
        messageKey: 'workflow.refusal.unansweredGround',
        details: { groundIds: ['g3'] },
      },
    });
    const completing = availableEvents(kind, snapshot, 'procurator').find(
      (e) => e.type === 'completeDraft',
    );
    expect(completing).toMatchObject({
      allowed: false,
      reason: { messageKey: 'workflow.refusal.unansweredGround' },
    });
  });

  it('three grounds, each answered, complete the draft', () => {
    const snapshot = withGrounds(3, 3);
    expect(
      availableEvents(kind, snapshot, 'procurator').find((e) => e.type === 'completeDraft'),
    ).toMatchObject({ allowed: true });
    expect(send(kind, snapshot, 'completeDraft', draft(), 'procurator')).toMatchObject({
      ok: true,
      snapshot: { value: 'delivery' },
    });
  });

  it('no grounds at all is not reasoning', () => {
    expect(send(kind, withGrounds(0, 0), 'completeDraft', draft(), 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.noGrounds' },
    });
  });

  it('answers go to listed grounds only; ground ids are unique', () => {
    const snapshot = withGrounds(1, 0);
    expect(
      send(
        kind,
        snapshot,
        'answerGround',
        { groundId: 'g9', response: 'x', citations: [] },
        'procurator',
      ),
    ).toMatchObject({ ok: false, reason: { messageKey: 'workflow.refusal.unknownGround' } });
    expect(
      send(kind, snapshot, 'addGround', { groundId: 'g1', summary: '重复' }, 'clerk'),
    ).toMatchObject({ ok: false, reason: { messageKey: 'workflow.refusal.duplicateGround' } });
  });

  it('only the handling procurator completes the reasoning', () => {
    expect(send(kind, withGrounds(1, 1), 'completeDraft', draft(), 'assistant')).toMatchObject({
      ok: false,
      reason: { code: 'wrong-role' },
    });
  });
});

describe('citations use current article numbers', () => {
  it('maps the §0 renumbering table and refuses to guess other articles', () => {
    expect(currentCplArticle(200, '2017')).toBe(211);
    expect(currentCplArticle(215, '2021')).toBe(219);
    expect(currentCplArticle(209, '2017')).toBe(220);
    expect(currentCplArticle(220, '2023')).toBe(220);
    expect(currentCplArticle(15, '2017')).toBeUndefined();
  });

  it('a CPL 2017 citation is refused with the current number', () => {
    const snapshot = withGrounds(1, 0);
    const old = { statuteId: 'cpl', article: 200, edition: '2017' };
    expect(
      send(
        kind,
        snapshot,
        'answerGround',
        { groundId: 'g1', response: '依据民事诉讼法第二百条', citations: [old] },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.outdatedCitation',
        details: {
          statuteId: 'cpl',
          article: 200,
          edition: '2017',
          currentEdition: '2023',
          suggestedArticle: 211,
        },
      },
    });
    const answered = withGrounds(1, 1);
    const draft = {
      ...fixtureData(kind, reach(kind, 'preparing'), 'completeDraft'),
      legalStandard: [{ statuteId: 'cpl', article: 208, edition: '2017' }],
    };
    expect(send(kind, answered, 'completeDraft', draft, 'procurator')).toMatchObject({
      ok: false,
      reason: { details: { suggestedArticle: 219 } },
    });
  });
});

describe('delivery, reaction and follow-up', () => {
  it('an announcement (检察宣告) needs its place', () => {
    const delivering = reach(kind, 'delivery');
    const { place: _p, ...noPlace } = fixtureData(kind, delivering, 'deliver');
    expect(send(kind, delivering, 'deliver', noPlace, 'procurator')).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'place' } },
    });
    expect(
      send(
        kind,
        delivering,
        'deliver',
        { deliveredOn: '2025-03-14', mode: 'written' },
        'procurator',
      ),
    ).toMatchObject({ ok: true });
  });

  it('an applicant who keeps petitioning gets a follow-up visit before the record closes', () => {
    const following = reach(kind, 'followUp', 'entered');
    expect(following.context.reaction).toMatchObject({ reaction: 'continuesPetition' });
    expect(
      send(kind, following, 'complete', { completedOn: '2025-04-02' }, 'procurator'),
    ).toMatchObject({ ok: false, reason: { messageKey: 'workflow.refusal.followUpRequired' } });
    const visited = ok(
      send(
        kind,
        following,
        'recordFollowUpVisit',
        { visitId: 'v1', visitedOn: '2025-04-01', summary: '回访' },
        'clerk',
      ),
    );
    expect(
      send(kind, visited, 'complete', { completedOn: '2025-04-02' }, 'procurator'),
    ).toMatchObject({ ok: true, snapshot: { status: 'done' } });
  });
});

describe('the 15-day window for a 不支持监督申请决定书', () => {
  it('applies to the not-supported trigger, which must carry its decision date', () => {
    const meta = workflowCatalog[kind].states.preparing;
    expect(meta?.timeLimit).toEqual({
      limitId: 'decisionDocument',
      from: 'trigger.decidedOn',
      when: { field: 'trigger.kind', equals: 'notSupportSupervision' },
    });
    expect(meta?.conditionalDocuments).toEqual([
      {
        documentId: 'supervision.notSupportedDecision',
        when: { field: 'trigger.kind', equals: 'notSupportSupervision' },
      },
    ]);
    expect(
      startWorkflow(kind, { caseId: 'c', trigger: { kind: 'notSupportSupervision' } }),
    ).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'trigger.decidedOn' } },
    });
    expect(startWorkflow(kind, { caseId: 'c', trigger: { kind: 'petitionReply' } })).toMatchObject({
      ok: true,
    });
    expect(fixtures.reasoning.input).toMatchObject({ trigger: { decidedOn: '2025-03-03' } });
  });
});
