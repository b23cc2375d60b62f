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

export const assistanceConfigSchema = z.object({
  /** The role that decides (default 检察长; local rules may name another). */
  deciderRole: roleSchema.default('chiefProcurator'),
  /** Approver of 先行救助: the deputy chief in charge per the 2016 rules; no such role yet [U]. */
  advanceApproverRole: roleSchema.default('chiefProcurator'),
  monthsCap: z.number().positive().max(120).default(36),
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
  requestAdvance: z.object({
    requestedOn: isoDate,
    urgency: z.enum(['lifeThreatening', 'urgentTreatment']),
    summary: longText,
  }),
  approveAdvance: z.object({ approvedOn: isoDate, approverName: text(50), amount: positiveYuan }),
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
  issueSupplementNotice: z.object({ issuedOn: isoDate, missing: materials.min(1) }),
  receiveSupplement: z.object({ suppliedOn: isoDate, received: materials }),
  /**
   * The engine rechecks from the notice's date that the 30-day window has run out.
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
      /** Computed by the app over local cases (same person + same source case). */
      duplicateCheck: z.enum(['clear', 'overridden-with-reason']),
      duplicateOverrideReason: text(1000).optional(),
    })
    .superRefine((a, ctx) => {
      if (a.duplicateCheck === 'overridden-with-reason' && !a.duplicateOverrideReason) {
        ctx.addIssue({
          code: 'custom',
          path: ['duplicateOverrideReason'],
          message: 'reason required',
        });
      }
      if (a.situations.includes('otherNecessary') && !a.situationNote) {
        ctx.addIssue({ code: 'custom', path: ['situationNote'], message: 'explain the situation' });
      }
    }),
  calculateAmount: z.object({
    calculatedOn: isoDate,
    wageBase: z.object({
      provinceCode: z.string().regex(/^\d{6}$/),
      dataYear: z.int().min(2000).max(2100),
      series: z.enum([WageSeries.nonPrivateUnits, WageSeries.onPostEmployees]),
      annualWage: positiveYuan,
    }),
    /** Checked by the calculator (rejects absurd values with a reason rather than here). */
    months: z.number(),
    exceedReason: text(2000).optional(),
    approval: approvalSchema.optional(),
  }),
  decide: z.object({ decidedOn: isoDate, amount: positiveYuan }),
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
