/** Valid step data for interpretation & reasoning and public hearings. */
import { drawFromPool } from '../../../src-shared/workflows/hearing/officerDraw';
import { transcriptSigners } from '../../../src-shared/workflows/hearing/transcriptSignatures';
import { always, closure, list, once, type Ctx, type KindFixture } from './fixtureHelpers';

export const citation2023 = { statuteId: 'cpl', article: 211 };

export const reasoning: KindFixture = {
  input: {
    caseId: 'case-0003',
    trigger: { kind: 'notSupportSupervision', decidedOn: '2025-03-03' },
  },
  events: {
    addGround: (ctx) => {
      const count = list(ctx, 'grounds').length;
      return count < 2
        ? { data: { groundId: `g${String(count + 1)}`, summary: `申请人理由${String(count + 1)}` } }
        : undefined;
    },
    answerGround: (ctx) => {
      const open = (list(ctx, 'grounds') as { groundId: string; answer?: unknown }[]).find(
        (g) => !g.answer,
      );
      return open
        ? {
            data: {
              groundId: open.groundId,
              response: `针对${open.groundId}的答复`,
              citations: [citation2023],
            },
          }
        : undefined;
    },
    completeDraft: always(
      {
        completedOn: '2025-03-10',
        facts: '经审查查明的事实。',
        legalStandard: [citation2023],
        conclusion: '不支持监督申请。',
        remedies: '可在一年内向上一级人民检察院申请复查。',
      },
      'procurator',
    ),
    reviseDraft: always({ notedOn: '2025-03-11', reason: '补充说理' }),
    deliver: always({
      deliveredOn: '2025-03-14',
      mode: 'announcement',
      place: '检察宣告室',
      attendees: [{ name: '刘监督员', capacity: 'peoplesSupervisor' }],
    }),
    recordReaction: always({ recordedOn: '2025-03-14', reaction: 'continuesPetition' }),
    recordFollowUpVisit: once('visits', {
      visitId: 'v1',
      visitedOn: '2025-04-01',
      summary: '回访，申请人表示理解。',
    }),
    complete: always({ completedOn: '2025-04-02' }),
  },
};

export const eligibleOfficer = (officerId: string, isPeoplesSupervisor: boolean) => ({
  officerId,
  name: isPeoplesSupervisor ? '陈监督员' : '周代表',
  poolEntryId: `pool-${officerId}`,
  isPeoplesSupervisor,
  eligibility: {
    isCitizen: true,
    isAtLeast23: true,
    upholdsConstitution: true,
    goodCharacter: true,
    physicallyAble: true,
    noCriminalPunishment: true,
    notDismissed: true,
    licenceNotRevoked: true,
    notDishonestDebtor: true,
    noSeriousViolation: true,
  },
  conflictDeclaration: {
    declaredOn: '2025-03-02',
    hasConflict: false,
    statement: '与本案无利害关系。',
  },
  selection: { method: 'invited' },
});

/** Five active pool entries; p2 recused for this case; the draw is redone by the engine. */
export const drawSeed = '0123456789abcdef0123456789abcdef';
export const poolCandidateIds = ['p1', 'p3', 'p4', 'p5'];
export const drawnIds = drawFromPool(drawSeed, poolCandidateIds, 3);

export const randomDraw = () => ({
  selectedOn: '2025-03-02',
  method: 'randomDraw',
  poolSize: 5,
  recusedPoolEntryIds: ['p2'],
  drawCount: 3,
  poolCandidateIds,
  drawSeed,
  poolEntryIds: drawnIds,
  officers: drawnIds.map((id, i) => {
    const { selection: _selection, ...officer } = eligibleOfficer(id, i === 0);
    return { ...officer, poolEntryId: id, name: `听证员${id}` };
  }),
});

const panelOf = (ctx: Ctx) => ({
  officers: list(ctx, 'officers') as { name: string }[],
  notice: ctx['notice'] as { participantsNotified: string[] } | undefined,
});

export const agendaSteps = [
  'introduceCase',
  'partiesState',
  'officersAsk',
  'recessDeliberate',
  'officersOpinion',
  'finalStatements',
  'summingUp',
];

export const noticeInTime = {
  noticeDate: '2025-03-05',
  hearingDate: '2025-03-10',
  noticeInTime: true,
  venue: '检察听证室',
  presidingProcurator: '王检察官',
  participantsNotified: ['张三', '某区人社局'],
};

export const administrativeAgenda = {
  confirmedAt: '2025-03-10T10:50:00+08:00',
  items: {
    peoplesSupervisorPresent: true,
    judicialPoliceKeepOrder: true,
    fullAvRecording: true,
    nineStepAgenda: true,
    deliberationRecorded: true,
  },
};

export const completedRecords = (signedBy: string[], signatureRefusals: string[] = []) => ({
  transcript: { completedOn: '2025-03-10', checkedByParties: true, signedBy, signatureRefusals },
  deliberation: { recordedOn: '2025-03-10', signedByPresiding: true, signedByOfficers: true },
  avRecordingSha256: 'a'.repeat(64),
});

export const hearing: KindFixture = {
  input: { caseId: 'case-0004', procedure: 'administrative', involvesMinor: false },
  events: {
    approveHearing: always({
      approvedOn: '2025-03-01',
      openness: 'public',
      reason: '争议较大',
      plannedHearingDate: '2025-03-10',
    }),
    refuseHearing: always({ decidedOn: '2025-03-01', reasons: '事实清楚，无听证必要。' }),
    selectOfficers: (ctx) =>
      list(ctx, 'officers').length === 0 ? { data: randomDraw() } : undefined,
    // A fourth officer invited by name after the draw.
    addOfficer: (ctx, state) =>
      state === 'preparing' && list(ctx, 'officers').length === 3
        ? { data: eligibleOfficer('o4', false) }
        : undefined,
    removeOfficer: () => undefined,
    // First published once notified; after a postponement, again while preparing.
    publishPublicNotice: (ctx, state) =>
      ctx.publicNotice === undefined &&
      (state === 'noticed' || list(ctx, 'postponements').length > 0)
        ? { data: { publishedOn: '2025-03-04', channel: '中国检察听证网' } }
        : undefined,
    sendNotice: always(noticeInTime),
    postpone: once('postponements', closure),
    openHearing: always({
      openedAt: '2025-03-10T09:00:00+08:00',
      clerk: '孙书记员',
      attendanceChecked: true,
      disciplineAnnounced: true,
    }),
    logAgendaStep: (ctx) => {
      const done = list(ctx, 'agenda').length;
      return done < agendaSteps.length
        ? {
            data: {
              step: agendaSteps[done],
              at: '2025-03-10T09:30:00+08:00',
              summary: '记录本环节要点。',
            },
          }
        : undefined;
    },
    confirmAdministrativeAgenda: (ctx) =>
      ctx['administrativeAgenda'] === undefined ? { data: administrativeAgenda } : undefined,
    recordOpinion: (ctx) => {
      const agenda = list(ctx, 'agenda').length;
      const given = list(ctx, 'opinions') as { officerId: string }[];
      const silent = (list(ctx, 'officers') as { officerId: string }[]).find(
        (o) => !given.some((g) => g.officerId === o.officerId),
      );
      if (agenda < 5 || !silent) return undefined;
      return {
        data: {
          officerId: silent.officerId,
          position: 'agree',
          reasons: '同意检察机关的处理意见。',
        },
      };
    },
    closeHearing: always({ closedAt: '2025-03-10T11:00:00+08:00' }),
    completeRecords: (ctx) => ({ data: completedRecords(transcriptSigners(panelOf(ctx))) }),
    decide: always({
      decidedOn: '2025-03-12',
      adoptsProposal: true,
      summary: '采纳听证员多数意见。',
    }),
  },
};
