/** Data lists of public hearings (DOMAIN.md §6.4); labels `workflow.lists.<list>.<id>`. */

/** Under which procedure the hearing is held: administrative hearings need a 人民监督员. */
export const HearingProcedure = {
  /** 民事诉讼监督 (民事规则 Arts. 54–61). */
  civil: 'civil',
  /** 行政诉讼监督 (行政规则 Arts. 68–76): people's supervisor and full AV recording. */
  administrative: 'administrative',
  /** 刑事申诉 / 拟不起诉 and other criminal matters. */
  criminal: 'criminal',
  /** 公益诉讼. */
  publicInterest: 'publicInterest',
  /** 司法救助 and other matters. */
  other: 'other',
} as const;
export type HearingProcedure = (typeof HearingProcedure)[keyof typeof HearingProcedure];

/** Whether the hearing is open to the public (听证规定 Art. 5). */
export const HearingOpenness = {
  /** 公开听证: a public notice is published first. */
  public: 'public',
  /** 不公开听证 (e.g. cases involving minors). */
  nonPublic: 'nonPublic',
} as const;

/** Hearing-officer qualifications and bars (听证规定; 听证员库指导意见), each answered yes/no. */
export const OfficerCriterion = {
  /** 具有中华人民共和国国籍. */
  isCitizen: 'isCitizen',
  /** 年满二十三周岁. */
  isAtLeast23: 'isAtLeast23',
  /** 拥护宪法、遵纪守法. */
  upholdsConstitution: 'upholdsConstitution',
  /** 品行良好、公道正派. */
  goodCharacter: 'goodCharacter',
  /** 身体健康、能胜任. */
  physicallyAble: 'physicallyAble',
  /** 未受过刑事处罚. */
  noCriminalPunishment: 'noCriminalPunishment',
  /** 未被开除公职. */
  notDismissed: 'notDismissed',
  /** 未被吊销律师、公证员执业证书. */
  licenceNotRevoked: 'licenceNotRevoked',
  /** 未被纳入失信被执行人名单. */
  notDishonestDebtor: 'notDishonestDebtor',
  /** 无其他严重违法违纪行为. */
  noSeriousViolation: 'noSeriousViolation',
} as const;
export type OfficerCriterion = (typeof OfficerCriterion)[keyof typeof OfficerCriterion];

/** The seven steps of a hearing, in order (听证规定 Arts. 9–15 [S]). */
export const AgendaStep = {
  /** 1 承办检察官介绍案情和争议焦点. */
  introduceCase: 'introduceCase',
  /** 2 当事人及其他参加人陈述意见. */
  partiesState: 'partiesState',
  /** 3 听证员提问. */
  officersAsk: 'officersAsk',
  /** 4 休会，听证员评议. */
  recessDeliberate: 'recessDeliberate',
  /** 5 复会，听证员发表意见. */
  officersOpinion: 'officersOpinion',
  /** 6 当事人最后陈述. */
  finalStatements: 'finalStatements',
  /** 7 主持人总结. */
  summingUp: 'summingUp',
} as const;
export type AgendaStep = (typeof AgendaStep)[keyof typeof AgendaStep];
export const agendaOrder: readonly AgendaStep[] = Object.values(AgendaStep);

/** A hearing officer's position on the handling the procuratorate proposes. */
export const OfficerPosition = {
  /** 同意. */
  agree: 'agree',
  /** 不同意. */
  disagree: 'disagree',
  /** 弃权 / 无明确意见. */
  abstain: 'abstain',
} as const;
export type OfficerPosition = (typeof OfficerPosition)[keyof typeof OfficerPosition];

/** How the officers of a hearing were chosen from the unit's pool (听证员库指导意见 [S]). */
export const OfficerSelectionMethod = {
  /** 随机抽取: drawn from the active pool with a recorded seed, reproducible by anyone. */
  randomDraw: 'randomDraw',
  /** 邀请: picked by the procuratorate from the pool (e.g. for an expertise the case needs). */
  invited: 'invited',
} as const;
export type OfficerSelectionMethod =
  (typeof OfficerSelectionMethod)[keyof typeof OfficerSelectionMethod];

/**
 * What an administrative-supervision hearing must also show (行政规则 Arts. 69–75 [V], as
 * DOMAIN.md §6.4 lists them); ticked as one checklist before the hearing closes.
 */
export const AdministrativeAgendaItem = {
  /** 邀请人民监督员参加 (Art. 69). */
  peoplesSupervisorPresent: 'peoplesSupervisorPresent',
  /** 司法警察维持秩序. */
  judicialPoliceKeepOrder: 'judicialPoliceKeepOrder',
  /** 全程录音录像 (Art. 72). */
  fullAvRecording: 'fullAvRecording',
  /** 按第七十四条规定的程序进行 (the nine-step agenda, Art. 74). */
  nineStepAgenda: 'nineStepAgenda',
  /** 听证员评议，制作评议笔录 (Art. 75). */
  deliberationRecorded: 'deliberationRecorded',
} as const;
export type AdministrativeAgendaItem =
  (typeof AdministrativeAgendaItem)[keyof typeof AdministrativeAgendaItem];
