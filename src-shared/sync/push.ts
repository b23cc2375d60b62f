/**
 * `POST /sync/push`: a batch of outbox changes and one answer per change. The client deletes an
 * outbox row only after it holds an answer for that changeId (DESIGN.md §4).
 */
import { z } from 'zod';
import { outboxChangeSchema } from './change';
import { rejectionCodeSchema } from './errors';
import { MAX_PUSH_BATCH } from './protocol';
import { findUnstorableJson, isStorableText } from './storableJson';

/** Most fields one patch may carry (a case card has a few dozen). */
export const MAX_PATCH_FIELDS = 200;

/** A patch the server can store: top-level field → any JSON value jsonb accepts. */
export const patchSchema = z
  .record(
    z
      .string()
      .min(1)
      .max(100)
      .refine(isStorableText, { error: 'field name with NUL or a lone surrogate' }),
    z.unknown(),
  )
  .check((ctx) => {
    const keys = Object.keys(ctx.value);
    if (keys.length > MAX_PATCH_FIELDS) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `more than ${MAX_PATCH_FIELDS} fields`,
      });
    }
    const problem = findUnstorableJson(ctx.value);
    if (problem)
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `patch has ${problem}` });
  });

/** One change as pushed: the outbox shape, with no unknown fields and only storable values. */
export const pushChangeSchema = z.strictObject({
  ...outboxChangeSchema.shape,
  entityId: outboxChangeSchema.shape.entityId.refine(isStorableText, {
    error: 'entityId with NUL or a lone surrogate',
  }),
  patch: patchSchema.nullable(),
  // The format check lets 2026-02-30 through; a date the clock cannot read is refused here.
  deviceTime: outboxChangeSchema.shape.deviceTime.refine((v) => Number.isFinite(Date.parse(v)), {
    error: 'deviceTime is not a real date-time',
  }),
});
export type PushChange = z.infer<typeof pushChangeSchema>;

export const pushRequestSchema = z
  .strictObject({
    /** Optional echo of the device id: a mismatch with the token's device is refused (403). */
    deviceId: z.uuid().optional(),
    /** In ascending deviceSeq order, each changeId and deviceSeq once. */
    changes: z.array(pushChangeSchema).min(1).max(MAX_PUSH_BATCH),
  })
  .check((ctx) => {
    const { changes } = ctx.value;
    const ids = new Set(changes.map((c) => c.changeId));
    if (ids.size !== changes.length) {
      ctx.issues.push({
        code: 'custom',
        input: changes,
        path: ['changes'],
        message: 'a changeId appears twice',
      });
    }
    for (let i = 1; i < changes.length; i++) {
      const previous = changes[i - 1];
      const current = changes[i];
      if (previous && current && current.deviceSeq <= previous.deviceSeq) {
        ctx.issues.push({
          code: 'custom',
          input: changes,
          path: ['changes', i, 'deviceSeq'],
          message: 'deviceSeq must rise strictly within a batch',
        });
        break;
      }
    }
  });
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** A record as the server holds it. */
export const serverRecordSchema = z.object({
  entity: outboxChangeSchema.shape.entity,
  entityId: z.string(),
  /** Server revision: rises by one with every accepted write to the record. */
  rev: z.number().int().nonnegative(),
  /** Every top-level field of the record. */
  data: z.record(z.string(), z.unknown()),
  deleted: z.boolean(),
  /** Server receipt time of the latest write (ISO 8601). */
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ServerRecord = z.infer<typeof serverRecordSchema>;

export const fieldConflictSchema = z.object({
  field: z.string(),
  /** Value at the change's baseRev; absent when the field did not exist there. */
  base: z.unknown().optional(),
  /** Value kept on the server. */
  server: z.unknown().optional(),
  /** Value the device sent. */
  client: z.unknown().optional(),
});

export const appliedResultSchema = z.object({
  status: z.literal('applied'),
  changeId: z.uuid(),
  /** The record's revision after this change. */
  rev: z.number().int().nonnegative(),
});

export const conflictResultSchema = z.object({
  status: z.literal('conflict'),
  changeId: z.uuid(),
  /** The record after merging every non-conflicting field (what the device should now show). */
  serverRecord: serverRecordSchema,
  conflicts: z.array(fieldConflictSchema).min(1),
});

export const rejectedResultSchema = z.object({
  status: z.literal('rejected'),
  changeId: z.uuid(),
  /** An error code, or the approval rule the change broke (see RejectionCode). */
  code: rejectionCodeSchema,
  reason: z.string(),
});

/** The first answer the server gave to a change; a resend gets it back inside `duplicate`. */
export const firstAnswerSchema = z.discriminatedUnion('status', [
  appliedResultSchema,
  conflictResultSchema,
  rejectedResultSchema,
]);
export type FirstAnswer = z.infer<typeof firstAnswerSchema>;

export const duplicateResultSchema = z.object({
  status: z.literal('duplicate'),
  changeId: z.uuid(),
  /** The revision the first answer produced, when it produced one. */
  rev: z.number().int().nonnegative().optional(),
  /** The stored first answer: a resent rejected change is still rejected. */
  original: firstAnswerSchema,
});

export const pushResultSchema = z.discriminatedUnion('status', [
  appliedResultSchema,
  duplicateResultSchema,
  conflictResultSchema,
  rejectedResultSchema,
]);
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  /** One per pushed change, in request order. */
  results: z.array(pushResultSchema),
  /** The highest deviceSeq the server has acknowledged for this device. */
  lastSeq: z.number().int().nonnegative(),
  serverTime: z.iso.datetime({ offset: true }),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;
