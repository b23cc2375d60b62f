/**
 * `POST /sync/audit`: a device sends its hash-chained audit entries (DESIGN.md §3) in seq order,
 * and the server answers with the head it has acknowledged. `GET /sync/audit` tells a device that
 * lost track (new enrollment, a refused push) where the server's copy of its chain ends.
 * The server re-hashes every entry with src-shared/audit and refuses (409 `audit-chain-broken`)
 * any batch that does not continue the chain it holds.
 */
import { z } from 'zod';
import { isStorableText } from './storableJson';

/** Most entries in one push: keeps one transaction short (a busy day is a few hundred entries). */
export const MAX_AUDIT_BATCH = 500;
/** Largest `POST /sync/audit` body the server reads. */
export const MAX_AUDIT_BODY_BYTES = 4 * 1024 * 1024;
/** What a client aims a batch at; one entry larger than this still travels alone. */
export const AUDIT_BATCH_TARGET_BYTES = 1024 * 1024;
/**
 * Deepest nesting of a diff. Diffs are a few levels deep; the bound keeps re-hashing (recursive
 * canonical JSON) safe from a body built to exhaust the stack.
 */
export const MAX_AUDIT_DIFF_DEPTH = 64;

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'a lower-case SHA-256' });

function text(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine(isStorableText, { error: 'text with NUL or a lone surrogate' });
}

function isShallowerThan(value: unknown, depth: number): boolean {
  if (depth < 0) return false;
  if (Array.isArray(value)) return value.every((item) => isShallowerThan(item, depth - 1));
  if (value !== null && typeof value === 'object')
    return Object.values(value).every((item) => isShallowerThan(item, depth - 1));
  return true;
}

/** One entry exactly as the device hashed it (AuditChainEntry in src-shared/audit). */
export const auditEntrySchema = z.strictObject({
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  id: text(100),
  at: text(64),
  userId: text(200),
  /** The device's own id, the same in every entry of its chain. */
  deviceId: text(100),
  action: text(100),
  entity: text(100),
  entityId: text(400),
  success: z.boolean(),
  // Hashed as canonical JSON and stored as that text, so any JSON value is storable.
  diff: z
    .unknown()
    .optional()
    .refine((diff) => isShallowerThan(diff, MAX_AUDIT_DIFF_DEPTH), {
      error: `diff nested deeper than ${MAX_AUDIT_DIFF_DEPTH} levels`,
    }),
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type AuditEntryWire = z.infer<typeof auditEntrySchema>;

export const auditPushRequestSchema = z.strictObject({
  /** Optional echo of the server's device id: a mismatch with the token's device is refused (403). */
  deviceId: z.uuid().optional(),
  /** Consecutive entries in seq order, starting at or below the server's head + 1. */
  entries: z.array(auditEntrySchema).min(1).max(MAX_AUDIT_BATCH),
});
export type AuditPushRequest = z.infer<typeof auditPushRequestSchema>;

/** Where the server's copy of a device's chain ends (0 and the genesis hash when empty). */
export const auditHeadSchema = z.object({
  seq: z.number().int().nonnegative(),
  hash: sha256HexSchema,
});
export type AuditHead = z.infer<typeof auditHeadSchema>;

/** The answer to `POST /sync/audit`: the acknowledged head, after the batch. */
export const auditPushResponseSchema = auditHeadSchema;
export type AuditPushResponse = z.infer<typeof auditPushResponseSchema>;

/** The answer to `GET /sync/audit`. */
export const auditStateSchema = z.object({
  head: auditHeadSchema,
  /** True while the server refuses this device's audit pushes, until an administrator clears it. */
  isFlagged: z.boolean(),
});
export type AuditState = z.infer<typeof auditStateSchema>;
