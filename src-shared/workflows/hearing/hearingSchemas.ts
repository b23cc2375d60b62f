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
  AdministrativeAgendaItem,
  AgendaStep,
  HearingOpenness,
  HearingProcedure,
  OfficerCriterion,
  OfficerPosition,
  OfficerSelectionMethod,
  type OfficerCriterion as Criterion,
} from './hearingLists';

/** Every criterion answered explicitly; a blank is a missing field, not a pass. */
const eligibility = z.object(
  Object.fromEntries(Object.values(OfficerCriterion).map((id) => [id, z.boolean()])) as Record<
    Criterion,
    z.ZodBoolean
  >,
);

/** One officer on the panel; `selection` is absent on records made before it was kept. */
const officerSchema = z.object({
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
  selection: z.object({ method: enumOf(OfficerSelectionMethod) }).optional(),
});

const hexSeed = z.string().regex(/^[0-9a-f]{16,64}$/);

/**
 * Officers chosen from the unit's pool in one go: invited by name, or drawn at random with the
 * seed and the candidates recorded so the draw can be redone. Qualifications were checked when
 * the pool admitted the person; only the case-specific recusals are asked here.
 */
const selectOfficersSchema = z.object({
  selectedOn: isoDate,
  method: enumOf(OfficerSelectionMethod),
  /** Active entries in the pool when the selection was made. */
  poolSize: z.int().min(1).max(10_000),
  /** Pool entries excluded for an interest in this case (回避). */
  recusedPoolEntryIds: z.array(entityId).max(1000).default([]),
  /** Random draw: how many, from which candidates (pool minus recusals), with which seed. */
  drawCount: z.int().min(1).max(50).optional(),
  poolCandidateIds: z.array(entityId).max(10_000).optional(),
  drawSeed: hexSeed.optional(),
  /** The chosen entries, in drawn order for a draw. */
  poolEntryIds: z.array(entityId).min(1).max(50),
  officers: z.array(officerSchema).min(1).max(50),
});

/** The administrative-hearing checklist, every item answered. */
const administrativeAgendaSchema = z.object({
  confirmedAt: isoDateTime,
  items: z.object(
    Object.fromEntries(
      Object.values(AdministrativeAgendaItem).map((id) => [id, z.boolean()]),
    ) as Record<AdministrativeAgendaItem, z.ZodBoolean>,
  ),
});

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
    /** Officers on the panel; absent: the configured default [U] (officerRules.ts). */
    officerCount: z.int().min(1).max(15).optional(),
  }),
  refuseHearing: z.object({ decidedOn: isoDate, reasons: longText }),
  addOfficer: officerSchema,
  selectOfficers: selectOfficersSchema,
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
  confirmAdministrativeAgenda: administrativeAgendaSchema,
  closeHearing: z.object({ closedAt: isoDateTime }),
  completeRecords: z.object({
    transcript: z.object({
      completedOn: isoDate,
      checkedByParties: z.boolean(),
      /** Who signed or sealed it; absent on records made before signatures were kept. */
      signedBy: z.array(text(100)).max(200).optional(),
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
    /**
     * The chief procurator's acknowledgement when the decision departs from the officers'
     * majority: reported of 听证规定 Art. 16 onward, not verified [U] (DOMAIN.md §6.4).
     */
    deviationApproval: approvalSchema.optional(),
  }),
} as const;
