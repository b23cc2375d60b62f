/**
 * Step data of civil reconciliation (检察和解, DOMAIN.md §3A) and administrative substantive
 * resolution (行政争议实质性化解, §3B). One schema table; the administrative variant tightens two.
 */
import { z } from 'zod';
import {
  approvalSchema,
  closureSchema,
  entityId,
  enumOf,
  isoDate,
  longText,
  positiveYuan,
  shortText,
  text,
} from '../schemas';
import { extensionSpanSchema } from './extensionMaximum';

/** Which rule set the reconciliation runs under. */
export const ReconciliationVariant = {
  /** 民事诉讼监督规则: termination under Art. 73, no extension of the 3-month review. */
  civil: 'civil',
  /** 行政诉讼监督规则: termination under Art. 81, extension with the chief's approval (Art. 56). */
  admin: 'admin',
} as const;
export type ReconciliationVariant =
  (typeof ReconciliationVariant)[keyof typeof ReconciliationVariant];

/** Who took part in a session (i18n `workflow.lists.participantKind.<id>`). */
export const ParticipantKind = {
  /** 当事人. */
  party: 'party',
  /** 代理人. */
  agent: 'agent',
  /** 人民调解员. */
  peoplesMediator: 'peoplesMediator',
  /** 村（居）委会干部. */
  villageOfficial: 'villageOfficial',
  /** 行政机关代表. */
  organRepresentative: 'organRepresentative',
  /** 检察人员. */
  procuratorate: 'procuratorate',
  /** 其他. */
  other: 'other',
} as const;

/** Periods the 3-month review limit does not count (民事规则 Art. 52; 行政规则 Art. 56). */
export const ExcludedPeriodReason = {
  /** 调卷. */
  fileRetrieval: 'fileRetrieval',
  /** 鉴定. */
  appraisal: 'appraisal',
  /** 评估. */
  evaluation: 'evaluation',
  /** 审计. */
  audit: 'audit',
  /** 专家咨询. */
  expertConsultation: 'expertConsultation',
} as const;

export const ReminderMethod = {
  /** 电话. */
  phone: 'phone',
  /** 走访. */
  visit: 'visit',
  /** 书面. */
  written: 'written',
} as const;

/** What a later agreement at the performance stage is (i18n `workflow.lists.amendmentKind`). */
export const AmendmentKind = {
  /** 补充协议: adds to the signed agreement; recorded here with the terms as they now stand. */
  supplementary: 'supplementary',
  /** 变更协议: changes terms of the signed agreement. */
  amended: 'amended',
} as const;

const period = z
  .object({ from: isoDate, to: isoDate, reason: enumOf(ExcludedPeriodReason) })
  .refine((p) => p.to >= p.from, { path: ['to'], error: 'to before from' });

const instalment = z.object({
  instalmentNo: z.int().min(1).max(120),
  dueOn: isoDate,
  amount: positiveYuan,
});

const agreementBase = z.object({
  draftedOn: isoDate,
  terms: longText,
  obligations: z
    .array(
      z.object({
        obligor: text(100),
        obligee: text(100),
        description: text(1000),
        amount: positiveYuan.optional(),
      }),
    )
    .min(1),
  /** The performance schedule; empty when nothing is paid in instalments. */
  schedule: z.array(instalment).max(120).default([]),
  /** The clause by which the applicant waives the right to apply for supervision (Art. 73/81). */
  waivesSupervision: z.boolean(),
  waiverClause: text(1000).optional(),
  /** What the administrative organ undertakes, each with its lawful basis (ALL Art. 60). */
  organCommitments: z
    .array(z.object({ description: text(1000), legalBasis: text(300) }))
    .optional(),
});

function checkAgreement(a: z.infer<typeof agreementBase>, ctx: z.RefinementCtx): void {
  if (a.waivesSupervision && !a.waiverClause) {
    ctx.addIssue({
      code: 'custom',
      path: ['waiverClause'],
      message: 'waiver clause text required',
    });
  }
  const numbers = a.schedule.map((i) => i.instalmentNo);
  if (new Set(numbers).size !== numbers.length) {
    ctx.addIssue({ code: 'custom', path: ['schedule'], message: 'duplicate instalment number' });
  }
}

/**
 * A supplementary or amended agreement (补充协议 / 变更协议) records the whole agreement as it now
 * stands, so it supersedes the signed one for every later check [U: DOMAIN.md names no separate
 * rule for amendments; the original's checks apply again]. It is made as freely as the original:
 * the parties' own statement that they agree to it is required.
 */
const amendmentFields = {
  amendmentKind: enumOf(AmendmentKind),
  /** Why the signed agreement is supplemented or changed (e.g. it lacked the waiver clause). */
  reason: text(1000),
  voluntarinessStatement: text(2000),
};

const legalityBase = z.object({
  checkedOn: isoDate,
  harmsStateInterest: z.boolean(),
  harmsPublicInterest: z.boolean(),
  harmsThirdPartyInterest: z.boolean(),
  breachesMandatoryLaw: z.boolean(),
  /** Administrative only: the organ promised something the law does not allow (ALL Art. 60). */
  organPromisesBeyondLaw: z.boolean().optional(),
  notes: text(2000).optional(),
});

/** The event table; the machine's event union is derived from it. */
export const reconciliationSchemas = {
  recordExcludedPeriod: period,
  extendReview: z.object({
    approval: approvalSchema,
    extendBy: extensionSpanSchema,
  }),
  proposeReconciliation: z.object({ proposedOn: isoDate, explainedEffects: z.literal(true) }),
  recordWillingness: z.object({
    partyId: entityId,
    partyName: text(100),
    willing: z.boolean(),
    /** The party's own words that they settle voluntarily, not under pressure. */
    voluntarinessStatement: text(2000),
    recordedOn: isoDate,
  }),
  startSessions: z.object({ startedOn: isoDate }),
  recordSession: z.object({
    sessionId: entityId,
    heldOn: isoDate,
    place: shortText,
    participants: z.array(z.object({ name: text(100), kind: enumOf(ParticipantKind) })).min(1),
    summary: longText,
  }),
  draftAgreement: agreementBase.superRefine(checkAgreement),
  reviseAgreement: closureSchema,
  confirmLegality: legalityBase,
  signAgreement: z.object({ signedOn: isoDate, signatories: z.array(text(100)).min(2) }),
  amendAgreement: agreementBase.extend(amendmentFields).superRefine(checkAgreement),
  recordPayment: z.object({ instalmentNo: z.int().min(1), paidOn: isoDate, amount: positiveYuan }),
  recordReminder: z.object({
    instalmentNo: z.int().min(1),
    remindedOn: isoDate,
    method: enumOf(ReminderMethod),
  }),
  terminateReview: z.object({ decidedOn: isoDate }),
  abandonReconciliation: closureSchema,
} as const;

const adminAgreementBase = agreementBase.extend({
  organCommitments: z.array(z.object({ description: text(1000), legalBasis: text(300) })),
});

/** Administrative resolution: the legality check must answer the organ-promise question. */
export const adminSchemaOverrides = {
  confirmLegality: legalityBase.extend({ organPromisesBeyondLaw: z.boolean() }),
  draftAgreement: adminAgreementBase.superRefine(checkAgreement),
  amendAgreement: adminAgreementBase.extend(amendmentFields).superRefine(checkAgreement),
} as const;

export type ExcludedPeriod = z.infer<typeof period>;
export type Agreement = z.infer<typeof agreementBase>;
export type AgreementAmendment = z.infer<typeof reconciliationSchemas.amendAgreement>;
export type Legality = z.infer<typeof legalityBase>;
export type Instalment = z.infer<typeof instalment>;
