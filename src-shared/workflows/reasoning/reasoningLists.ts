/** Data lists of interpretation & reasoning (DOMAIN.md §5); labels `workflow.lists.<list>.<id>`. */

/** Decisions that call for reasoning with the applicant. */
export const ReasoningTrigger = {
  /** 不支持监督申请: the 15-day decision-document window applies. */
  notSupportSupervision: 'notSupportSupervision',
  /** 不予受理. */
  notAccepted: 'notAccepted',
  /** 终结审查. */
  reviewTerminated: 'reviewTerminated',
  /** 不予救助. */
  assistanceRefused: 'assistanceRefused',
  /** 不予抗诉 / 不提请抗诉. */
  notProtested: 'notProtested',
  /** 信访答复. */
  petitionReply: 'petitionReply',
  /** 不同意听证申请. */
  hearingRefused: 'hearingRefused',
} as const;
export type ReasoningTrigger = (typeof ReasoningTrigger)[keyof typeof ReasoningTrigger];

/** How the reasoning reaches the applicant. */
export const DeliveryMode = {
  /** 书面送达. */
  written: 'written',
  /** 当面释法说理. */
  faceToFace: 'faceToFace',
  /** 检察宣告. */
  announcement: 'announcement',
  /** 公开听证. */
  publicHearing: 'publicHearing',
} as const;

/** The applicant's response. */
export const ApplicantReaction = {
  /** 服判息诉: accepts. */
  accepts: 'accepts',
  /** 继续申诉信访. */
  continuesPetition: 'continuesPetition',
  /** 撤回申请、息诉罢访. */
  withdraws: 'withdraws',
} as const;

/** In what capacity someone attended a delivery. */
export const AttendeeCapacity = {
  /** 司法警察. */
  judicialPolice: 'judicialPolice',
  /** 律师. */
  lawyer: 'lawyer',
  /** 人民监督员. */
  peoplesSupervisor: 'peoplesSupervisor',
  /** 人大代表. */
  npcDeputy: 'npcDeputy',
  /** 政协委员. */
  cppccMember: 'cppccMember',
  /** 特约检察员. */
  specialProcurator: 'specialProcurator',
  /** 村（居）委会干部. */
  villageOfficial: 'villageOfficial',
  /** 亲属. */
  relative: 'relative',
  /** 其他. */
  other: 'other',
} as const;
