/**
 * `GET /sync/pull`: the device's unit's records changed since a cursor, in pages ordered by the
 * server's own sequence (never by device clocks), and `GET /records/:entity/:entityId`.
 */
import { z } from 'zod';
import { outboxChangeSchema } from './change';
import { MAX_PULL_LIMIT } from './protocol';
import { serverRecordSchema } from './push';

/** An opaque position in the server's sequence; '0' (or none) = from the beginning. */
export const cursorSchema = z
  .string()
  .regex(/^\d{1,15}$/, { error: 'cursor must be a cursor from a previous pull' });

export const pullQuerySchema = z.strictObject({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/** The latest state of one record; earlier states of it in the same range are not repeated. */
export const serverChangeSchema = serverRecordSchema.extend({
  /** The server sequence of this state: pages are ordered by it. */
  seq: z.number().int().positive(),
  /** The change that produced this state (a device can recognise its own). */
  changeId: z.uuid(),
});
export type ServerChange = z.infer<typeof serverChangeSchema>;

export const pullResponseSchema = z.object({
  changes: z.array(serverChangeSchema),
  /** Pass it to the next pull; store it only after the page is applied locally. */
  nextCursor: cursorSchema,
  /** True when another page is waiting. */
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const recordParamsSchema = z.strictObject({
  entity: outboxChangeSchema.shape.entity,
  entityId: outboxChangeSchema.shape.entityId,
});
export type RecordParams = z.infer<typeof recordParamsSchema>;
