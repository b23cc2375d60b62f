/**
 * Code lists of the case card (DOMAIN.md §1.2, §2, §7). Labels are i18n keys `codes.<list>.<value>`;
 * the values are stable identifiers stored in the database and sent to the server.
 */

/** Kinds of case a grassroots procuratorate registers for the special action. */
export const CaseType = {
  /** 民事生效裁判监督: effective civil judgments, rulings and mediation statements. */
  civilJudgment: 'civilJudgment',
  /** 民事审判程序违法监督: illegal conduct of judges in civil trials. */
  civilTrialConduct: 'civilTrialConduct',
  /** 民事执行活动监督: civil enforcement activities. */
  civilEnforcement: 'civilEnforcement',
  /** 行政诉讼监督: administrative litigation supervision (all branches). */
  administrative: 'administrative',
  /** 国家司法救助: national judicial assistance. */
  judicialAssistance: 'judicialAssistance',
  /** 支持起诉: support for prosecution. */
  supportProsecution: 'supportProsecution',
  /** 公益诉讼: public-interest litigation. */
  publicInterest: 'publicInterest',
  /** 信访 / 控告申诉: petitions, complaints and appeals. */
  petition: 'petition',
} as const;
export type CaseType = (typeof CaseType)[keyof typeof CaseType];

/** How the case reached the procuratorate. */
export const CaseSource = {
  /** 当事人申请: a party applied. */
  application: 'application',
  /** 控告 / 举报: a complaint or report. */
  complaint: 'complaint',
  /** 依职权: the procuratorate acted ex officio. */
  exOfficio: 'exOfficio',
  /** 线索 (大数据模型 or other bodies): a lead. */
  lead: 'lead',
} as const;
export type CaseSource = (typeof CaseSource)[keyof typeof CaseSource];

/** The 11 focal points of the 检护民生 special action (DOMAIN.md §1.2), plus "other". */
export const FocalPoint = {
  /** 1 劳动者权益 (incl. flexible and new-form employment; unpaid wages). */
  workers: 'workers',
  /** 2 金融领域民事监督 and 涉房地产纠纷. */
  financeRealEstate: 'financeRealEstate',
  /** 3 伪劣商品 and food & drug safety. */
  counterfeitFoodDrug: 'counterfeitFoodDrug',
  /** 4 公民个人信息保护. */
  personalInformation: 'personalInformation',
  /** 5 司法救助. */
  judicialAssistance: 'judicialAssistance',
  /** 6 社会保险领域. */
  socialInsurance: 'socialInsurance',
  /** 7 残疾人、老年人、未成年人、妇女 (specific groups). */
  specificGroups: 'specificGroups',
  /** 8 国防利益, 军人军属, 英雄烈士. */
  militaryMartyrs: 'militaryMartyrs',
  /** 9 反电信网络诈骗. */
  telecomFraud: 'telecomFraud',
  /** 10 生态环境和资源保护. */
  environment: 'environment',
  /** 11 服务"三农". */
  ruralAffairs: 'ruralAffairs',
  /** 其他民生领域: any other livelihood field (DOMAIN.md §1.2 gap note). */
  other: 'other',
} as const;
export type FocalPoint = (typeof FocalPoint)[keyof typeof FocalPoint];

/** Where a case stands in the local register. */
export const CaseStatus = {
  /** 已收案: received, not yet accepted. */
  received: 'received',
  /** 已受理: accepted. */
  accepted: 'accepted',
  /** 审查中 / 办理中: under review or being handled. */
  inReview: 'inReview',
  /** 中止: suspended. */
  suspended: 'suspended',
  /** 已办结: concluded. */
  concluded: 'concluded',
  /** 已终结: review terminated (终结审查). */
  terminated: 'terminated',
} as const;
export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus];

/** A party's role in the case. */
export const PartyRole = {
  /** 申请人. */
  applicant: 'applicant',
  /** 被申请人. */
  respondent: 'respondent',
  /** 其他当事人 / 第三人. */
  otherParty: 'otherParty',
  /** 被害人 (e.g. in judicial assistance). */
  victim: 'victim',
  /** 近亲属. */
  closeRelative: 'closeRelative',
  /** 行政机关 (as a party). */
  adminOrgan: 'adminOrgan',
  /** 用人单位 / 被告单位. */
  organisation: 'organisation',
} as const;
export type PartyRole = (typeof PartyRole)[keyof typeof PartyRole];

export const Sex = {
  /** 男. */
  male: 'male',
  /** 女. */
  female: 'female',
  /** 未知 / 不适用 (e.g. an organisation). */
  unknown: 'unknown',
} as const;
export type Sex = (typeof Sex)[keyof typeof Sex];

/** Identity document types. */
export const IdType = {
  /** 居民身份证: checked by its GB 11643 checksum. */
  residentId: 'residentId',
  /** 护照. */
  passport: 'passport',
  /** 港澳台居民居住证 / 通行证. */
  hkMacaoTaiwan: 'hkMacaoTaiwan',
  /** 统一社会信用代码 (organisations). */
  creditCode: 'creditCode',
  /** 其他. */
  other: 'other',
} as const;
export type IdType = (typeof IdType)[keyof typeof IdType];

/** Vulnerable-group flags on a party (DOMAIN.md §1.2 item 7–8, §4.7). */
export const VulnerableFlag = {
  /** 农民工. */
  migrantWorker: 'migrantWorker',
  /** 老年人. */
  elderly: 'elderly',
  /** 残疾人. */
  disabled: 'disabled',
  /** 未成年人: all their data is sensitive personal information (PIPL Art. 28). */
  minor: 'minor',
  /** 妇女. */
  woman: 'woman',
  /** 军人军属 / 退役军人. */
  veteranMilitaryFamily: 'veteranMilitaryFamily',
  /** 农村困难群众. */
  ruralHardship: 'ruralHardship',
} as const;
export type VulnerableFlag = (typeof VulnerableFlag)[keyof typeof VulnerableFlag];

/** Roles of people using the app (DESIGN.md §5). */
export const Role = {
  /** 检察官. */
  procurator: 'procurator',
  /** 检察官助理. */
  assistant: 'assistant',
  /** 书记员. */
  clerk: 'clerk',
  /** 部门负责人. */
  departmentHead: 'departmentHead',
  /** 检察长. */
  chiefProcurator: 'chiefProcurator',
  /** 案件管理. */
  caseManagement: 'caseManagement',
  /** 系统管理员 (三员分立). */
  systemAdmin: 'systemAdmin',
  /** 安全管理员 (三员分立). */
  securityAdmin: 'securityAdmin',
  /** 审计管理员 (三员分立). */
  auditAdmin: 'auditAdmin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Departments of a procuratorate that handle livelihood cases (DOMAIN.md §2.1). */
export const Department = {
  /** 控告申诉检察. */
  complaints: 'complaints',
  /** 民事检察. */
  civil: 'civil',
  /** 行政检察. */
  administrative: 'administrative',
  /** 公益诉讼检察. */
  publicInterest: 'publicInterest',
  /** 案件管理. */
  caseManagement: 'caseManagement',
  /** 其他. */
  other: 'other',
} as const;
export type Department = (typeof Department)[keyof typeof Department];

/** The values of a code list, as a non-empty tuple for `z.enum`. */
export function codeValues<T extends Record<string, string>>(
  list: T,
): [T[keyof T], ...T[keyof T][]] {
  return Object.values(list) as [T[keyof T], ...T[keyof T][]];
}
