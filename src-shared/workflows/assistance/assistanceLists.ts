/**
 * The explicit checklists of judicial assistance as data (DOMAIN.md §4.3, §4.5, §4.6). Labels are
 * i18n keys `workflow.lists.<list>.<id>`; `article` is the 2021 细则 article as quoted by the
 * Sanming procuratorate's guide [S] (the full text was not retrieved).
 */

/** 2021 细则 Art. 7: situations in which the procuratorate shall assist. */
export const AssistanceSituation = {
  /** (1) Crime victim seriously injured or disabled; no compensation obtainable; hardship. */
  seriousInjury: 'seriousInjury',
  /** (2) Crime victim needing urgent treatment who cannot afford it. */
  urgentTreatment: 'urgentTreatment',
  /** (3) Victim killed or lost working capacity; dependants in hardship. */
  deathOrIncapacity: 'deathOrIncapacity',
  /** (4) Crime victim with major property loss, in hardship. */
  propertyLoss: 'propertyLoss',
  /** (5) Whistleblower, witness or appraiser retaliated against. */
  retaliation: 'retaliation',
  /** (6) Road-traffic accident or other civil tort, no compensation through litigation. */
  civilTort: 'civilTort',
  /** (7) Other situations the procuratorate finds necessary (incl. eligible 涉法涉诉信访人). */
  otherNecessary: 'otherNecessary',
} as const;
export type AssistanceSituation = (typeof AssistanceSituation)[keyof typeof AssistanceSituation];

/** 2021 细则 Art. 8: "一般不予救助" — generally not assisted. */
export const AssistanceExclusion = {
  /** Major fault in causing the case. */
  majorFault: 'majorFault',
  /** Refused, without good reason, to help establish the facts. */
  refusedCooperation: 'refusedCooperation',
  /** Deliberately false statements or forged evidence. */
  falseStatements: 'falseStatements',
  /** Waived the civil claim or refused compensation from the offender or relatives. */
  waivedCompensation: 'waivedCompensation',
  /** Hardship not caused by the case (refer to social assistance instead). */
  unrelatedHardship: 'unrelatedHardship',
  /** Already reasonably compensated or assisted. */
  alreadyCompensated: 'alreadyCompensated',
} as const;
export type AssistanceExclusion = (typeof AssistanceExclusion)[keyof typeof AssistanceExclusion];

export const assistanceSituations = Object.values(AssistanceSituation).map((id, index) => ({
  id,
  labelKey: `workflow.lists.assistanceSituation.${id}`,
  article: `第7条第${String(index + 1)}项`,
}));

export const assistanceExclusions = Object.values(AssistanceExclusion).map((id, index) => ({
  id,
  labelKey: `workflow.lists.assistanceExclusion.${id}`,
  article: `第8条第${String(index + 1)}项`,
}));

/** Application materials (2016 rules as summarised in DOMAIN.md §4.5 [S]). */
export const AssistanceMaterial = {
  /** 国家司法救助申请书 (not needed when an oral-application record was made). */
  applicationForm: 'applicationForm',
  /** 身份证明. */
  identityProof: 'identityProof',
  /** Proof of actual harm: appraisal, diagnosis, bills, death certificate, loss details. */
  harmProof: 'harmProof',
  /** Proof of the applicant's and family's hardship. */
  hardshipProof: 'hardshipProof',
  /** Statement or proof of compensation or aid already received. */
  compensationStatement: 'compensationStatement',
  /** Proof of relationship (close relatives or dependants of the victim). */
  relationshipProof: 'relationshipProof',
  /** Power of attorney (an agent applies). */
  powerOfAttorney: 'powerOfAttorney',
} as const;
export type AssistanceMaterial = (typeof AssistanceMaterial)[keyof typeof AssistanceMaterial];

/** Agencies of "司法救助+" linkage (DOMAIN.md §4.6). */
export const ReferralAgency = {
  /** 民政. */
  civilAffairs: 'civilAffairs',
  /** 人力资源和社会保障. */
  humanResources: 'humanResources',
  /** 妇联. */
  womensFederation: 'womensFederation',
  /** 残联. */
  disabledPersonsFederation: 'disabledPersonsFederation',
  /** 工会. */
  tradeUnion: 'tradeUnion',
  /** 教育. */
  education: 'education',
  /** 退役军人事务. */
  veteransAffairs: 'veteransAffairs',
  /** 医疗保障. */
  medicalInsurance: 'medicalInsurance',
  /** 乡村振兴. */
  ruralRevitalisation: 'ruralRevitalisation',
  /** 共青团. */
  youthLeague: 'youthLeague',
  /** 法律援助. */
  legalAid: 'legalAid',
  /** 其他. */
  other: 'other',
} as const;

/** Who applies, relative to the victim. */
export const ApplicantRelation = {
  /** 被害人本人. */
  victim: 'victim',
  /** 近亲属. */
  closeRelative: 'closeRelative',
  /** 被扶养人. */
  dependant: 'dependant',
} as const;

/** Why no compensation came through litigation (DOMAIN.md §4.7). */
export const NoCompensationReason = {
  /** 加害人死亡. */
  offenderDead: 'offenderDead',
  /** 加害人无赔偿能力. */
  offenderUnableToPay: 'offenderUnableToPay',
  /** 案件未侦破. */
  unsolved: 'unsolved',
  /** 超过追诉时效. */
  timeBarred: 'timeBarred',
  /** 其他. */
  other: 'other',
} as const;

/** The kind of harm suffered. */
export const HarmKind = {
  /** 人身伤害. */
  injury: 'injury',
  /** 残疾. */
  disability: 'disability',
  /** 死亡. */
  death: 'death',
  /** 财产损失. */
  propertyLoss: 'propertyLoss',
} as const;

/** How assistance was paid. */
export const PaymentMethod = {
  /** 银行转账 (needs the account, stored as sensitive data). */
  bankTransfer: 'bankTransfer',
  /** 现金. */
  cash: 'cash',
  /** 其他. */
  other: 'other',
} as const;

/** How a party was informed or notified. */
export const ContactMethod = {
  /** 书面. */
  written: 'written',
  /** 当面. */
  inPerson: 'inPerson',
  /** 电话. */
  phone: 'phone',
} as const;
