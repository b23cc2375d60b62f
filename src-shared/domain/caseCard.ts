/**
 * The case card (案卡): the structured sheet of one livelihood case (DOMAIN.md §3–§7, §8.1).
 * Validation messages are i18n keys (`validation.*`) so the UI shows them in the current language.
 */
import { z } from 'zod';
import {
  CaseSource,
  CaseStatus,
  CaseType,
  Department,
  FocalPoint,
  IdType,
  PartyRole,
  Sex,
  VulnerableFlag,
  codeValues,
} from './codes';
import { checkResidentId } from './residentId';
import type { ResidentIdProblem } from './residentId';
import type { CaseId, PartyId, UserId } from './ids';
import { boundedText, missingOr, optionalText, requiredText } from './textFields';
import { caseTypeDetailsSchema, cardKindOf } from './caseTypeDetails';
import { MAX_CASE_RESULT } from './leadOutcome';

/** A calendar date as YYYY-MM-DD (dates of the case are legal dates, not instants). */
export const isoDate = z.iso.date({ error: missingOr('validation.date') });

/** Written out in full (not built from the problem) so the locale check can find every key. */
const RESIDENT_ID_MESSAGES = {
  format: 'validation.residentId.format',
  region: 'validation.residentId.region',
  birthDate: 'validation.residentId.birthDate',
  checksum: 'validation.residentId.checksum',
} as const satisfies Record<ResidentIdProblem, string>;

const phone = z
  .string({ error: missingOr('validation.phone') })
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, { error: 'validation.phone' });

export const partySchema = z
  .object({
    id: z
      .string()
      .min(1)
      .transform((v) => v as PartyId),
    role: z.enum(codeValues(PartyRole), { error: 'validation.choose' }),
    name: requiredText(100),
    sex: z.enum(codeValues(Sex), { error: 'validation.choose' }).default('unknown'),
    birthDate: isoDate.optional(),
    ethnicity: optionalText(20),
    occupation: optionalText(50),
    employer: optionalText(100),
    address: optionalText(200),
    phone: phone.optional(),
    idType: z.enum(codeValues(IdType), { error: 'validation.choose' }).default('residentId'),
    idNumber: optionalText(40),
    flags: z.array(z.enum(codeValues(VulnerableFlag), { error: 'validation.choose' })).default([]),
  })
  .superRefine((party, ctx) => {
    if (!party.idNumber) return;
    if (party.idType === 'residentId') {
      const problem = checkResidentId(party.idNumber);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['idNumber'],
          message: RESIDENT_ID_MESSAGES[problem],
        });
      }
    } else if (party.idType === 'creditCode' && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(party.idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'validation.creditCode' });
    }
  });
export type Party = z.infer<typeof partySchema>;

export const agentSchema = z.object({
  name: requiredText(100),
  /** 律师, 法律援助, 近亲属, other. Free text kept short; the server maps it. */
  kind: optionalText(30),
  organisation: optionalText(100),
  phone: phone.optional(),
});
export type Agent = z.infer<typeof agentSchema>;

/** An underlying court case, e.g. "（2021）皖0102民初1234号", with its court. */
export const courtCaseSchema = z.object({
  number: requiredText(60),
  court: optionalText(100),
});
export type CourtCase = z.infer<typeof courtCaseSchema>;

/** What a person fills in. System fields (id, numbers, revisions) are added by the repository. */
export const caseCardSchema = z
  .object({
    title: requiredText(200),
    caseType: z.enum(codeValues(CaseType), { error: 'validation.choose' }),
    source: z.enum(codeValues(CaseSource), { error: 'validation.choose' }),
    focalPoint: z.enum(codeValues(FocalPoint), { error: 'validation.choose' }),
    status: z.enum(codeValues(CaseStatus), { error: 'validation.choose' }).default('received'),
    /** The number 统一业务应用系统 assigns: opaque, stored as received (DOMAIN.md §7). */
    officialNo: optionalText(100),
    courtCases: z.array(courtCaseSchema).max(20).default([]),
    adminOrgan: optionalText(100),
    parties: z.array(partySchema).min(1, { error: 'validation.partiesRequired' }).max(200),
    agent: agentSchema.optional(),
    claims: boundedText(5000).default(''),
    facts: boundedText(20000).default(''),
    handlerId: z
      .string({ error: missingOr('validation.invalid') })
      .min(1, { error: 'validation.required' })
      .transform((v) => v as UserId),
    department: z.enum(codeValues(Department), { error: 'validation.choose' }),
    receivedAt: isoDate,
    acceptedAt: isoDate.optional(),
    /** 办理结果: how the case ended, reported to the province with its lead (leadOutcome.ts). */
    result: optionalText(MAX_CASE_RESULT),
    /** The card of the case's livelihood field (caseTypeDetails.ts); absent on older records. */
    typeDetails: caseTypeDetailsSchema.optional(),
  })
  .superRefine((card, ctx) => {
    if (card.typeDetails && card.typeDetails.kind !== cardKindOf(card.focalPoint)) {
      ctx.addIssue({
        code: 'custom',
        path: ['typeDetails', 'kind'],
        message: 'validation.typeDetails.kindMismatch',
      });
    }
    if (card.acceptedAt && card.acceptedAt < card.receivedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['acceptedAt'],
        message: 'validation.acceptedBeforeReceived',
      });
    }
  });
export type CaseCardInput = z.input<typeof caseCardSchema>;
export type CaseCard = z.output<typeof caseCardSchema>;

/**
 * A case as stored on the device: the card plus what the system keeps about it. Its server
 * revision is kept apart (the device's `revisions` table), so taking a revision never rewrites it.
 */
export type CaseRecord = CaseCard & {
  id: CaseId;
  /** Local provisional number, e.g. "340102-2026-00017" (see provisionalNumber.ts). */
  provisionalNo: string;
  /** 6-digit code of the procuratorate that owns the case. */
  unitCode: string;
  createdAt: string;
  updatedAt: string;
  createdBy: UserId;
  updatedBy: UserId;
  /** Soft delete: 1 = in the deleted-cases view (a number so IndexedDB can index it). */
  deleted: 0 | 1;
  /** Local change sequence: rises with every write to this row; search catch-up reads by it. */
  seq: number;
  /** A fictional case loaded as demo data: kept on this device, never sent to the province. */
  demo?: true;
};
