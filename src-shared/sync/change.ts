/**
 * One local change waiting in the outbox for the provincial server (DESIGN.md §4).
 * The same shape travels in `POST /sync/push`; the server answers each change by its changeId.
 */
import { z } from 'zod';
import { codeValues } from '../domain/codes';

/** Entities that sync. Append-only ones (steps, audit) never conflict. */
export const SyncEntity = {
  /** The case card. */
  case: 'case',
  /** A workflow instance (snapshot, step data, due dates). */
  workflow: 'workflow',
  /** Append-only: one workflow transition. */
  step: 'step',
  /** A generated document's metadata. */
  document: 'document',
  /** Append-only: one audit entry (hash-chained per device). */
  audit: 'audit',
  /** A lead (线索) and its status. */
  lead: 'lead',
  /** A file attached to a case: its metadata (the bytes travel by hash, see blobs.ts). */
  attachment: 'attachment',
  /** A user of the unit: name, role, administrator right, active (never a password; users.ts). */
  user: 'user',
  /** An approval request and its answer (approvals.ts); the server checks its lifecycle. */
  approval: 'approval',
} as const;
export type SyncEntity = (typeof SyncEntity)[keyof typeof SyncEntity];

/** What the change does to the record. */
export const ChangeOp = {
  /** A new record; `patch` holds every field (or null when the engine reads it at collect time). */
  create: 'create',
  /** Changed fields only, each with its new value. */
  update: 'update',
  /** Soft delete. */
  delete: 'delete',
  /** Undo of a soft delete. */
  restore: 'restore',
} as const;
export type ChangeOp = (typeof ChangeOp)[keyof typeof ChangeOp];

export const outboxChangeSchema = z.object({
  /** UUIDv7 made on the device: the idempotency key of the change. */
  changeId: z.uuid(),
  /** Strictly increasing per device, without gaps: lets the server drop a resent batch. */
  deviceSeq: z.number().int().positive(),
  entity: z.enum(codeValues(SyncEntity)),
  entityId: z.string().min(1).max(64),
  op: z.enum(['create', 'update', 'delete', 'restore']),
  /** The server revision the change was made against; 0 = the record was never accepted. */
  baseRev: z.number().int().nonnegative(),
  /** Field → new value (top-level fields of the record). */
  patch: z.record(z.string(), z.unknown()).nullable(),
  /** When the person acted, by the device clock (ISO 8601). Kept beside the server's receipt time. */
  deviceTime: z.iso.datetime({ offset: true }),
});
export type OutboxChange = z.infer<typeof outboxChangeSchema>;
