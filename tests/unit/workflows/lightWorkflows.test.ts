/** Guard tests of the lighter records: support for prosecution, recommendation, protest. */
import { describe, expect, it } from 'vitest';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import { timeLimitsOf } from '../../../src-shared/workflows/timeLimitRules';
import { fixtureData, reach, send } from './walk';

describe('support for prosecution', () => {
  it('supports only when all four review points hold, and names the unmet ones', () => {
    const review = reach('supportProsecution', 'review');
    const data = fixtureData('supportProsecution', review, 'decideSupport');
    const points = {
      hasStanding: true,
      actualDamage: true,
      difficultySuingAlone: false,
      claimTenable: true,
    };
    expect(
      send(
        'supportProsecution',
        review,
        'decideSupport',
        { ...data, reviewPoints: points },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: {
        messageKey: 'workflow.refusal.supportCriteriaUnmet',
        details: { unmet: ['difficultySuingAlone'] },
      },
    });
    const declined = send(
      'supportProsecution',
      review,
      'declineSupport',
      { notedOn: '2025-03-05', reason: '可自行起诉' },
      'procurator',
    );
    expect(declined).toMatchObject({ ok: true, snapshot: { value: 'declined' } });
    expect(workflowCatalog.supportProsecution.states.declined?.suggestsFollowUp).toBe('reasoning');
  });
});

describe('procuratorial recommendation', () => {
  it("a social-governance recommendation needs the research department's review first", () => {
    const investigating = reach('recommendation', 'investigating');
    const { researchReviewOn: _r, ...unreviewed } = fixtureData(
      'recommendation',
      investigating,
      'issueRecommendation',
    );
    expect(
      send('recommendation', investigating, 'issueRecommendation', unreviewed, 'chiefProcurator'),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.researchReviewRequired' },
    });
    expect(
      send(
        'recommendation',
        investigating,
        'issueRecommendation',
        { ...unreviewed, recommendationType: 'correction' },
        'chiefProcurator',
      ),
    ).toMatchObject({ ok: true });
  });

  it('tracks the 5-day filing upward and the 2-month reply', () => {
    const states = workflowCatalog.recommendation.states;
    expect(states.issued?.timeLimit).toEqual({
      limitId: 'recommendation.fileUpward',
      from: 'issue.issuedOn',
    });
    // The 2-month reply is the last rule, the one that applies when no special kind does.
    expect(timeLimitsOf(states.awaitingReply ?? {}).at(-1)).toEqual({
      limitId: 'recommendation.reply',
      from: 'issue.deliveredOn',
    });
    const waiting = reach('recommendation', 'awaitingReply');
    expect(
      send(
        'recommendation',
        waiting,
        'recordNoReply',
        { notedOn: '2025-04-01', replyOverdue: false },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.replyNotOverdue' },
    });
  });
});

describe('retrial recommendation, request for protest, protest', () => {
  it('a retrial recommendation needs a procuratorial-committee decision', () => {
    const deciding = reach('protest', 'deciding');
    const data = { decidedOn: '2025-03-01', measure: 'retrialRecommendation' };
    expect(send('protest', deciding, 'decideMeasure', data, 'procurator')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.committeeDecisionRequired' },
    });
    expect(
      send(
        'protest',
        deciding,
        'decideMeasure',
        { ...data, measure: 'requestProtest' },
        'procurator',
      ),
    ).toMatchObject({ ok: true, snapshot: { value: 'drafting' } });
  });

  it('each measure has its 15-day document window and document', () => {
    const drafting = workflowCatalog.protest.states.drafting;
    expect(drafting?.timeLimit).toEqual({
      limitId: 'decisionDocument',
      from: 'decision.decidedOn',
    });
    expect(drafting?.conditionalDocuments?.map((d) => d.documentId)).toEqual([
      'protest.retrialRecommendation',
      'protest.requestReport',
      'protest.protest',
    ]);
  });
});
