/** Step data of public hearings (DOMAIN.md §6.4). */
import { z } from 'zod';
import {
  approvalSchema,
  closureSchema,
  entityId,
  enumOf,
  isoDate,
  isoDateTime,
  longText,
  shortText,
  text,
} from '../schemas';
import {
  AgendaStep,
  HearingOpenness,
  HearingProcedure,
  OfficerCriterion,
  OfficerPosition,
  type OfficerCriterion as Criterion,
} from './hearingLists';

/** Every criterion answered explicitly; a blank is a missing field, not a pass. */
const eligibility = z.object(
  Object.fromEntries(Object.values(OfficerCriterion).map((id) => [id, z.boolean()])) as Record<
    Criterion,
    z.ZodBoolean
  >,
);

export const hearingInputSchema = z.object({
  caseId: entityId,
  procedure: enumOf(HearingProcedure),
  /** Cases involving minors are not heard in public (听证规定 Art. 5). */
  involvesMinor: z.boolean().default(false),
});

export const hearingSchemas = {
  approveHearing: z.object({
    approvedOn: isoDate,
    openness: enumOf(HearingOpenness),
    reason: text(2000),
    plannedHearingDate: isoDate.optional(),
  }),
  refuseHearing: z.object({ decidedOn: isoDate, reasons: longText }),
  addOfficer: z.object({
    officerId: entityId,
    name: text(100),
    /** The pool entry the officer comes from (听证员库). */
    poolEntryId: entityId,
    isPeoplesSupervisor: z.boolean(),
    eligibility,
    conflictDeclaration: z.object({
      declaredOn: isoDate,
      hasConflict: z.boolean(),
      statement: text(2000),
    }),
  }),
  removeOfficer: z.object({ officerId: entityId, reason: text(1000) }),
  publishPublicNotice: z.object({ publishedOn: isoDate, channel: shortText }),
  sendNotice: z.object({
    noticeDate: isoDate,
    hearingDate: isoDate,
    /** The app's deadline-engine result; the guard re-checks it from the two dates. */
    noticeInTime: z.boolean(),
    venue: shortText,
    presidingProcurator: text(100),
    participantsNotified: z.array(text(100)).min(1),
  }),
  postpone: closureSchema,
  openHearing: z.object({
    openedAt: isoDateTime,
    clerk: text(100),
    attendanceChecked: z.literal(true),
    disciplineAnnounced: z.literal(true),
  }),
  logAgendaStep: z.object({ step: enumOf(AgendaStep), at: isoDateTime, summary: longText }),
  recordOpinion: z.object({
    officerId: entityId,
    position: enumOf(OfficerPosition),
    reasons: longText,
  }),
  closeHearing: z.object({ closedAt: isoDateTime }),
  completeRecords: z.object({
    transcript: z.object({
      completedOn: isoDate,
      checkedByParties: z.boolean(),
      /** Who refused to sign, so the refusal is noted in the transcript. */
      signatureRefusals: z.array(text(100)).default([]),
    }),
    deliberation: z.object({
      recordedOn: isoDate,
      signedByPresiding: z.boolean(),
      signedByOfficers: z.boolean(),
    }),
    /** SHA-256 of the audio-video file (行政规则 Art. 72 requires full recording). */
    avRecordingSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }),
  decide: z.object({
    decidedOn: isoDate,
    /** Whether the decision adopts the handling the procuratorate proposed to the officers. */
    adoptsProposal: z.boolean(),
    summary: longText,
    /** Needed when the decision departs from the officers' majority [U: 听证规定 Art. 16+]. */
    deviationApproval: approvalSchema.optional(),
  }),
} as const;
