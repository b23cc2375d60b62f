/**
 * The procedural time limits the workflows track (DOMAIN.md §9). `basis` is data in the source's
 * Chinese (instrument + article), not UI text. Instrument short names used in DOMAIN.md:
 * 民事规则 = 《人民检察院民事诉讼监督规则》 (2021), 行政规则 = 《人民检察院行政诉讼监督规则》 (2021),
 * 检察建议规定 = 《人民检察院检察建议工作规定》 (2019), 听证规定 = 《人民检察院审查案件听证工作规定》 (2020).
 * Tags follow DOMAIN.md: V verified against the text, S secondary source, U uncertain; a mixed
 * tag (V/S, S/U) takes the weaker one. Only S and U items are configurable.
 */
import { PeriodUnit } from './period';

/** How sure we are of a limit (DOMAIN.md §0). */
export const ConfidenceTag = {
  /** [V] checked against the text of the rule. */
  verified: 'V',
  /** [S] from an official news release or other secondary source. */
  secondary: 'S',
  /** [U] uncertain or inferred: a documented assumption. */
  uncertain: 'U',
} as const;
export type ConfidenceTag = (typeof ConfidenceTag)[keyof typeof ConfidenceTag];

/** Which way a limit runs from its reference day. */
export const TimeLimitDirection = {
  /** Act within `amount` after the start day (due = start + amount). */
  after: 'after',
  /** Act at least `amount` before an event (the hearing notice). */
  before: 'before',
} as const;
export type TimeLimitDirection = (typeof TimeLimitDirection)[keyof typeof TimeLimitDirection];

export type TimeLimitSpec = {
  readonly amount: number;
  readonly unit: PeriodUnit;
  readonly direction: TimeLimitDirection;
  readonly basis: string;
  readonly tag: ConfidenceTag;
  /** True for S and U items: configuration may override the amount. */
  readonly configurable: boolean;
  /** The rule excludes some periods (file retrieval, appraisal, audit…) from the count. */
  readonly allowsExcludedPeriods: boolean;
};

const { calendarDays, workingDays, months, years } = PeriodUnit;

function limit(
  amount: number,
  unit: PeriodUnit,
  basis: string,
  tag: ConfidenceTag,
  options: { direction?: TimeLimitDirection; allowsExcludedPeriods?: boolean } = {},
): TimeLimitSpec {
  return {
    amount,
    unit,
    direction: options.direction ?? TimeLimitDirection.after,
    basis,
    tag,
    configurable: tag !== ConfidenceTag.verified,
    allowsExcludedPeriods: options.allowsExcludedPeriods ?? false,
  };
}

const CIVIL = '《人民检察院民事诉讼监督规则》';
const ADMIN = '《人民检察院行政诉讼监督规则》';
const RECOMMENDATION = '《人民检察院检察建议工作规定》';
const CPL = '《中华人民共和国民事诉讼法》（2023年修正）';
const ASSISTANCE_2016 = '《人民检察院国家司法救助工作细则（试行）》（2016）';
const ASSISTANCE_2014 = '《关于建立完善国家司法救助制度的意见（试行）》（2014）';
const PETITION = '最高人民检察院“群众信访件件有回复”工作制度';

export const TIME_LIMITS = {
  /** Civil supervision application: 2 years after retrial rejected / retrial judgment (fixed). */
  'application.civil': limit(2, years, `${CIVIL}第二十条`, 'V'),
  /** Administrative supervision application: 6 months (several start points; fixed). */
  'application.administrative': limit(6, months, `${ADMIN}第二十条`, 'V'),
  /** Administrative: 控申 handles the application and answers the applicant. */
  'intake.administrative': limit(7, calendarDays, `${ADMIN}第三十一条`, 'V'),
  /** 受理通知书 to the applicant, copy of the application to the other parties. */
  acceptanceNotice: limit(3, calendarDays, `${CIVIL}第三十三条；${ADMIN}第三十二条`, 'V'),
  /** Other parties' written opinion after receiving the copy. */
  otherPartyOpinion: limit(15, calendarDays, `${CIVIL}第三十三条；${ADMIN}第三十二条`, 'V'),
  /** Files to the handling department. */
  transferToHandling: limit(3, calendarDays, `${CIVIL}第三十四条；${ADMIN}第三十三条`, 'V'),
  /** 案管 registration. */
  caseRegistration: limit(3, calendarDays, `${CIVIL}第三十九条；${ADMIN}第三十八条`, 'V'),
  /** Decision on a recusal application. */
  'recusal.decision': limit(3, calendarDays, `${CIVIL}第十七条；${ADMIN}第十七条`, 'V'),
  /** Decision on reconsideration of a recusal decision. */
  'recusal.reconsideration': limit(3, calendarDays, `${CIVIL}第十七条；${ADMIN}第十七条`, 'V'),
  /** Review of a civil supervision case; file retrieval, appraisal, audit… excluded. */
  'review.civil': limit(3, months, `${CIVIL}第五十二条；${CPL}第二百二十条`, 'V', {
    allowsExcludedPeriods: true,
  }),
  /** Review of an administrative supervision case; extension only with the chief's approval. */
  'review.administrative': limit(3, months, `${ADMIN}第五十六条`, 'V', {
    allowsExcludedPeriods: true,
  }),
  /** Investigation commissioned to or ordered of another procuratorate. */
  'investigation.commissioned': limit(
    15,
    calendarDays,
    `${CIVIL}第七十条；${ADMIN}第六十六条`,
    'V',
  ),
  /** Notice to hearing participants, at least this long before the hearing. */
  'hearing.notice': limit(
    3,
    calendarDays,
    `${CIVIL}第五十六条；${ADMIN}第七十条；《人民检察院审查案件听证工作规定》第十条`,
    'S',
    { direction: TimeLimitDirection.before },
  ),
  /** 再审检察建议书 / 提请抗诉报告书 / 抗诉书 / 检察建议书 / 不支持监督申请决定书 after the decision. */
  decisionDocument: limit(
    15,
    calendarDays,
    `${CIVIL}第八十七条至第九十三条、第一百零二条、第一百零八条、第一百零九条；${ADMIN}第九十二条至第九十六条、第一百零六条、第一百一十四条`,
    'V',
  ),
  /** Administrative: file a retrial recommendation with the upper procuratorate. */
  'retrialRecommendation.fileUpward': limit(5, calendarDays, `${ADMIN}第九十二条`, 'V'),
  /** Court's ruling on retrial after receiving a protest. */
  'court.retrialRulingAfterProtest': limit(30, calendarDays, `${CPL}第二百二十二条`, 'V'),
  /** Court's written explanation of enforcement (说明案件执行情况通知书). */
  'court.enforcementExplanation': limit(15, calendarDays, `${ADMIN}第一百一十二条`, 'V'),
  /** Procuratorate's reply to a court's suggestion on its supervision. */
  'courtSuggestion.reply': limit(1, months, `${CIVIL}第一百二十二条`, 'V'),
  /** Court's reply to an enforcement recommendation (+1 month with the president's approval). */
  'court.enforcementRecommendationReply': limit(
    3,
    months,
    '《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》（2016）第十三条',
    'S',
  ),
  /** 复查 application to the upper procuratorate after a 不支持监督申请 decision (civil). */
  'reexamination.application': limit(1, years, `${CIVIL}第一百二十六条`, 'V'),
  /** Reply to a case-flow monitoring notice (administrative). */
  'caseFlowMonitoring.reply': limit(10, calendarDays, `${ADMIN}第一百一十八条`, 'V'),
  /** Investigation for a procuratorial recommendation, from the chief's decision. */
  'recommendation.investigation': limit(2, months, `${RECOMMENDATION}第十五条`, 'V'),
  /** Addressee's written reply to a recommendation (shorter if the recommendation says so). */
  'recommendation.reply': limit(2, months, `${RECOMMENDATION}第十九条`, 'V'),
  /** File a recommendation with the upper procuratorate. */
  'recommendation.fileUpward': limit(5, calendarDays, `${RECOMMENDATION}第二十一条`, 'V'),
  /** Public-interest pre-litigation recommendation: agency reply (article not checked). */
  'publicInterest.preLitigationReply': limit(
    2,
    months,
    '《最高人民法院 最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》（2018）',
    'S',
  ),
  /** The same reply in urgent cases. */
  'publicInterest.preLitigationReplyUrgent': limit(
    15,
    calendarDays,
    '《最高人民法院 最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》（2018）',
    'S',
  ),
  /** Judicial assistance: tell the applicant (once) which materials to supplement. */
  'assistance.supplementNotice': limit(5, workingDays, ASSISTANCE_2016, 'S'),
  /** Judicial assistance: the applicant's window to supplement, else deemed abandoned. */
  'assistance.supplementWindow': limit(30, calendarDays, ASSISTANCE_2016, 'S'),
  /** Judicial assistance: decide whether and how much (2021 细则 figure unverified). */
  'assistance.decision': limit(10, workingDays, ASSISTANCE_2014, 'U'),
  /** Judicial assistance: notify the applicant to collect after the funds arrive. */
  'assistance.notifyAfterFunds': limit(2, workingDays, ASSISTANCE_2014, 'S'),
  /** Petition: procedural reply (accepted / supplement / transferred). */
  'petition.proceduralReply': limit(7, workingDays, PETITION, 'S'),
  /** Petition: reply on the outcome or progress (monthly updates thereafter are expected). */
  'petition.substantiveReply': limit(3, months, PETITION, 'S'),
} satisfies Record<string, TimeLimitSpec>;

export type TimeLimitId = keyof typeof TIME_LIMITS;

/** The table with any configured overrides applied. */
export type TimeLimitTable = Readonly<Record<TimeLimitId, TimeLimitSpec>>;
