/** Step data of judicial assistance (DOMAIN.md §4.5, §4.7), one schema per event type. */
import { z } from 'zod';
import { Department, VulnerableFlag } from '../../domain/codes';
import {
  approvalSchema,
  closureSchema,
  entityId,
  enumOf,
  isoDate,
  longText,
  positiveYuan,
  roleSchema,
  shortText,
  text,
  yuan,
} from '../schemas';
import {
  ApplicantRelation,
  AssistanceExclusion,
  AssistanceMaterial,
  AssistanceSituation,
  ContactMethod,
  HarmKind,
  NoCompensationReason,
  PaymentMethod,
  ReferralAgency,
} from './assistanceLists';
import { WageSeries } from './wageBase';

const materials = z.array(enumOf(AssistanceMaterial)).max(20);

/** Each of the six exclusions must be answered explicitly: silence is a missing field. */
const exclusionAnswers = z.object(
  Object.fromEntries(Object.values(AssistanceExclusion).map((id) => [id, z.boolean()])) as Record<
    AssistanceExclusion,
    z.ZodBoolean
  >,
);

/** The wage base as the amount steps record it (the table's entry without its source). */
export const wageBaseInputSchema = z.object({
  provinceCode: z.string().regex(/^\d{6}$/),
  dataYear: z.int().min(2000).max(2100),
  series: z.enum([WageSeries.nonPrivateUnits, WageSeries.onPostEmployees]),
  annualWage: positiveYuan,
});

/** The duplicate check the app computes over local requests, with the reason to go on anyway. */
const duplicateFields = {
  duplicateCheck: z.enum(['clear', 'overridden-with-reason']),
  duplicateOverrideReason: text(1000).optional(),
};

function requireDuplicateReason(
  a: { duplicateCheck?: string | undefined; duplicateOverrideReason?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (a.duplicateCheck === 'overridden-with-reason' && !a.duplicateOverrideReason) {
    ctx.addIssue({ code: 'custom', path: ['duplicateOverrideReason'], message: 'reason required' });
  }
}

export const assistanceConfigSchema = z.object({
  /** The role that decides (default 检察长; local rules may name another). */
  deciderRole: roleSchema.default('chiefProcurator'),
  /** Approver of 先行救助: the deputy chief in charge per the 2016 rules; no such role yet [U]. */
  advanceApproverRole: roleSchema.default('chiefProcurator'),
  /** The cap in months; 先行救助 counts toward it (advance + decision), DOMAIN.md §4.5 [U]. */
  monthsCap: z.number().positive().max(120).default(36),
  /** Who may approve a grant despite an Art. 8 exclusion (一般不予救助): the chief [U]. */
  exceptionApproverRole: roleSchema.default('chiefProcurator'),
  localCeiling: positiveYuan.optional(),
  approvalThresholds: z
    .array(z.object({ atLeast: positiveYuan, approverRole: roleSchema }))
    .default([]),
});
export type AssistanceConfig = z.infer<typeof assistanceConfigSchema>;

export const assistanceSchemas = {
  inform: z.object({
    informedOn: isoDate,
    method: enumOf(ContactMethod),
    /** The case-handling department that found the lead and informed (主动告知). */
    leadFrom: enumOf(Department),
  }),
  requestAdvance: z
    .object({
      requestedOn: isoDate,
      urgency: z.enum(['lifeThreatening', 'urgentTreatment']),
      summary: longText,
      // Optional: requests recorded before the repeat check existed have no answer.
      duplicateCheck: duplicateFields.duplicateCheck.optional(),
      duplicateOverrideReason: duplicateFields.duplicateOverrideReason,
    })
    .superRefine(requireDuplicateReason),
  approveAdvance: z.object({
    approvedOn: isoDate,
    approverName: text(50),
    amount: positiveYuan,
    /** The base the cap is checked against (optional in old records; the guard asks for it). */
    wageBase: wageBaseInputSchema.optional(),
  }),
  declineAdvance: closureSchema,
  receiveApplication: z
    .object({
      receivedOn: isoDate,
      form: z.enum(['written', 'oral']),
      /** Staff write a record of an oral application (笔录). */
      oralRecord: z.object({ recordedBy: text(50), summary: longText }).optional(),
      applicantRelation: enumOf(ApplicantRelation),
      capacity: z.enum(['full', 'limited', 'none']),
      legalRepresentative: text(100).optional(),
      hasAgent: z.boolean().default(false),
    })
    .superRefine((a, ctx) => {
      if (a.form === 'oral' && !a.oralRecord) {
        ctx.addIssue({
          code: 'custom',
          path: ['oralRecord'],
          message: 'oral application record required',
        });
      }
      if (a.capacity !== 'full' && !a.legalRepresentative) {
        ctx.addIssue({
          code: 'custom',
          path: ['legalRepresentative'],
          message: 'legal representative required',
        });
      }
    }),
  confirmMaterials: z.object({ checkedOn: isoDate, received: materials }),
  /**
   * `receivedOn` (the applicant received the notice) and `transitDays` (days the posted notice
   * spent in the post, 在途时间) move the start of the 30-day window; both are optional so that
   * records of earlier versions, which have neither, still validate.
   */
  issueSupplementNotice: z
    .object({
      issuedOn: isoDate,
      missing: materials.min(1),
      receivedOn: isoDate.optional(),
      transitDays: z.int().min(1).max(30).optional(),
    })
    .refine((n) => n.receivedOn === undefined || n.receivedOn >= n.issuedOn, {
      path: ['receivedOn'],
      error: 'received before issued',
    }),
  receiveSupplement: z.object({ suppliedOn: isoDate, received: materials }),
  /**
   * The engine rechecks from the notice's receipt (or issue) date that the 30-day window has run out.
   * `windowExpired` is what older clients sent: still accepted in stored records, never trusted.
   */
  lapseSupplement: z.object({ notedOn: isoDate, windowExpired: z.boolean().optional() }),
  recordHousehold: z.object({
    members: z.int().min(1).max(30),
    monthlyIncome: yuan,
    workingCapacity: z.enum(['full', 'partial', 'none']),
    lowIncomeStatus: z.enum(['dibao', 'povertyMonitoring', 'none']),
    specialGroups: z.array(enumOf(VulnerableFlag)).default([]),
    hardshipProofIssuer: z.enum([
      'villageCommittee',
      'residentsCommittee',
      'employer',
      'civilAffairs',
    ]),
  }),
  recordHarm: z.object({
    kind: enumOf(HarmKind),
    description: longText,
    medicalCosts: yuan.optional(),
    propertyLoss: yuan.optional(),
    compensationReceived: yuan,
    noCompensationReason: enumOf(NoCompensationReason),
  }),
  recordVisit: z.object({
    visitId: entityId,
    visitedOn: isoDate,
    purpose: z.enum(['review', 'followUp']),
    place: shortText,
    summary: longText,
  }),
  recordReferral: z.object({
    referralId: entityId,
    agency: enumOf(ReferralAgency),
    referredOn: isoDate,
    need: text(1000),
  }),
  recordReferralOutcome: z.object({
    referralId: entityId,
    outcomeOn: isoDate,
    outcome: z.enum(['assisted', 'declined', 'pending']),
    detail: text(1000),
  }),
  assessEligibility: z
    .object({
      assessedOn: isoDate,
      situations: z.array(enumOf(AssistanceSituation)).min(1),
      situationNote: text(1000).optional(),
      exclusions: exclusionAnswers,
      /**
       * Art. 8 says 一般不予救助: an exclusion may be set aside exceptionally, for the reasons
       * given here and with the approval of the configured role (the chief).
       */
      exceptionApproval: approvalSchema.optional(),
      /** Computed by the app over local cases (same person + same source case). */
      ...duplicateFields,
    })
    .superRefine((a, ctx) => {
      requireDuplicateReason(a, ctx);
      if (a.situations.includes('otherNecessary') && !a.situationNote) {
        ctx.addIssue({ code: 'custom', path: ['situationNote'], message: 'explain the situation' });
      }
    }),
  calculateAmount: z.object({
    calculatedOn: isoDate,
    wageBase: wageBaseInputSchema,
    /** The base is not of the decision's previous year (the table lacks it): confirmed. */
    staleBaseConfirmed: z.boolean().default(false),
    /** Checked by the calculator (rejects absurd values with a reason rather than here). */
    months: z.number(),
    exceedReason: text(2000).optional(),
    approval: approvalSchema.optional(),
  }),
  decide: z.object({
    decidedOn: isoDate,
    amount: positiveYuan,
    /** Decided in a later year than the amount's base implies: the older base is confirmed. */
    staleBaseConfirmed: z.boolean().default(false),
  }),
  refuse: z.object({
    decidedOn: isoDate,
    grounds: z
      .array(z.enum([...Object.values(AssistanceExclusion), 'notEligible', 'other']))
      .min(1),
    reasoning: longText,
  }),
  requestFunds: z.object({ requestedOn: isoDate }),
  fundsArrived: z.object({ arrivedOn: isoDate }),
  notifyApplicant: z.object({ notifiedOn: isoDate, method: enumOf(ContactMethod) }),
  pay: z
    .object({
      paidOn: isoDate,
      method: enumOf(PaymentMethod),
      amount: positiveYuan,
      payeeName: text(100),
      /** Sensitive personal information (PIPL Art. 28): the context keeps only a mask. */
      bankAccount: z
        .string()
        .regex(/^[0-9 ]{8,40}$/)
        .optional(),
    })
    .superRefine((p, ctx) => {
      if (p.method === 'bankTransfer' && !p.bankAccount) {
        ctx.addIssue({ code: 'custom', path: ['bankAccount'], message: 'account required' });
      }
    }),
  withdraw: closureSchema,
  closeCase: z.object({ closedOn: isoDate, summary: text(2000).optional() }),
} as const;
