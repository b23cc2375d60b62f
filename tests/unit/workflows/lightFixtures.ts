/** Valid step data for support for prosecution, recommendation and protest. */
import { always, closure, once, type Ctx, type KindFixture } from './fixtureHelpers';

export const supportProsecution: KindFixture = {
  input: { caseId: 'case-0005' },
  events: {
    accept: always({
      acceptedOn: '2025-03-01',
      channel: 'referral',
      referringBody: '区劳动监察大队',
    }),
    recordEvidence: once('evidence', {
      evidenceId: 'e1',
      collectedOn: '2025-03-03',
      description: '工资欠条及考勤记录',
    }),
    decideSupport: always({
      decidedOn: '2025-03-05',
      reviewPoints: {
        hasStanding: true,
        actualDamage: true,
        difficultySuingAlone: true,
        claimTenable: true,
      },
      claimType: 'wages',
      amountClaimed: 36000,
      defendant: '某劳务公司',
    }),
    declineSupport: always(closure),
    sendOpinion: always({
      sentOn: '2025-03-06',
      court: '某区人民法院',
      suggestsPreservation: true,
    }),
    recordOutcome: always({
      outcomeOn: '2025-05-01',
      outcome: 'mediation',
      amountRecovered: 36000,
    }),
    recordEnforcement: once('enforcement', { notedOn: '2025-05-20', summary: '已全部履行。' }),
    close: always({ closedOn: '2025-05-30' }),
  },
};

export const recommendation: KindFixture = {
  input: { caseId: 'case-0006', investigationDecidedOn: '2025-01-10' },
  events: {
    issueRecommendation: always({
      issuedOn: '2025-03-01',
      deliveredOn: '2025-03-02',
      deliveryMode: 'announced',
      addressee: '某县人力资源和社会保障局',
      recommendationType: 'socialGovernance',
      researchReviewOn: '2025-02-25',
    }),
    archive: always(closure),
    fileUpward: always({ filedOn: '2025-03-04' }),
    recordReply: always({ receivedOn: '2025-04-20', adoption: 'adopted', summary: '已全部整改。' }),
    recordNoReply: always({ notedOn: '2025-05-10', replyOverdue: true }),
    escalate: always({ notedOn: '2025-05-10', measures: '报告上级机关' }),
    close: always({ closedOn: '2025-06-01', assessment: '整改到位' }),
  },
};

export const protest: KindFixture = {
  input: { caseId: 'case-0007', procedure: 'civil' },
  events: {
    decideMeasure: always({
      decidedOn: '2025-03-01',
      measure: 'retrialRecommendation',
      committeeMeetingOn: '2025-02-28',
    }),
    decideNoProtest: always(closure),
    issueDocument: always({ issuedOn: '2025-03-10', partiesNotifiedOn: '2025-03-11' }),
    recordUpwardFiling: (ctx) => {
      const document = ctx.document as Ctx | undefined;
      return document && !document.filedUpwardOn
        ? { data: { filedUpwardOn: '2025-03-12' } }
        : undefined;
    },
    recordCourtResponse: always({ respondedOn: '2025-04-10', response: 'retrialOrdered' }),
  },
};

export const supervisionIntake: KindFixture = {
  input: { caseId: 'case-0008', procedure: 'civil', receivedOn: '2025-03-03' },
  events: {
    accept: always({
      acceptedOn: '2025-03-04',
      periodStartsOn: '2024-06-10',
      periodStartKind: 'retrialRejected',
    }),
    notAccept: always(closure),
    sendNotice: always({ noticeSentOn: '2025-03-05' }),
    recordCopyServed: (ctx) => {
      const notice = ctx.notice as Ctx | undefined;
      return notice && !notice.copyServedOn ? { data: { copyServedOn: '2025-03-07' } } : undefined;
    },
    transfer: always({ transferredOn: '2025-03-06' }),
    register: always({ registeredOn: '2025-03-07' }),
    recordOpinion: (ctx) =>
      ctx.notice && !ctx.opinion
        ? { data: { opinionReceivedOn: '2025-03-15', summary: '被申请人书面意见' } }
        : undefined,
    closeIntake: always({ closedOn: '2025-03-25' }),
  },
};
