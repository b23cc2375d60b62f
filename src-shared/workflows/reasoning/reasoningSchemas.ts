/** Step data of interpretation & reasoning (DOMAIN.md §5). */
import { z } from 'zod';
import { StatuteId } from '../legal/statutes';
import { entityId, enumOf, isoDate, longText, shortText, text } from '../schemas';
import {
  ApplicantReaction,
  AttendeeCapacity,
  DeliveryMode,
  ReasoningTrigger,
} from './reasoningLists';

/** A citation chosen from the statute table; `edition` only when citing an older numbering. */
export const citationSchema = z.object({
  statuteId: enumOf(StatuteId),
  article: z.int().min(1).max(2000),
  item: text(20).optional(),
  edition: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const reasoningTriggerSchema = z
  .object({
    kind: enumOf(ReasoningTrigger),
    /** The decision's date: starts the 15-day window of a 不支持监督申请决定书. */
    decidedOn: isoDate.optional(),
    relatedWorkflowId: entityId.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'notSupportSupervision' && !t.decidedOn) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'decision date required' });
    }
  });

export const reasoningSchemas = {
  addGround: z.object({ groundId: entityId, summary: text(2000) }),
  answerGround: z.object({
    groundId: entityId,
    response: longText,
    citations: z.array(citationSchema).default([]),
  }),
  completeDraft: z.object({
    completedOn: isoDate,
    facts: longText,
    legalStandard: z.array(citationSchema).min(1),
    conclusion: longText,
    /** e.g. a 复查 application to the upper procuratorate within 1 year (民事规则 Art. 126). */
    remedies: text(2000),
    socialAssistance: text(2000).optional(),
  }),
  reviseDraft: z.object({ notedOn: isoDate, reason: text(1000) }),
  deliver: z
    .object({
      deliveredOn: isoDate,
      mode: enumOf(DeliveryMode),
      place: shortText.optional(),
      attendees: z
        .array(z.object({ name: text(100), capacity: enumOf(AttendeeCapacity) }))
        .default([]),
      hearingWorkflowId: entityId.optional(),
    })
    .superRefine((d, ctx) => {
      if (d.mode !== 'written' && !d.place) {
        ctx.addIssue({ code: 'custom', path: ['place'], message: 'place required' });
      }
    }),
  recordReaction: z.object({
    recordedOn: isoDate,
    reaction: enumOf(ApplicantReaction),
    note: text(2000).optional(),
  }),
  recordFollowUpVisit: z.object({ visitId: entityId, visitedOn: isoDate, summary: longText }),
  complete: z.object({ completedOn: isoDate }),
} as const;
