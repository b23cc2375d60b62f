/**
 * What the server checks, beyond the merge, before it stores a change of some entities (pure, run
 * by planPush for every change in order):
 *
 * - `user` and `approval` records must be whole, valid records after the merge (their zod schema
 *   in src-shared/sync): the server hands them to every workstation of the unit, and checks
 *   approvals against users, so a half or malformed one is refused at the door (`bad-request`).
 * - An approval request moves only as its lifecycle allows (`checkApprovalChange`), checked
 *   against the stored state and against the answerer's role as the unit's synced users say —
 *   never as the answer claims. A change that is not a legal step from the stored state is refused
 *   with the rule's code; so the second of two answers is refused, not kept as a field conflict.
 * - Neither is ever deleted: a user is retired (`active: false`), a request withdrawn.
 */
import type { ChangeOp, SyncEntity } from '../../src-shared/sync/change';
import { approvalDataSchema, checkApprovalChange } from '../../src-shared/sync/approvals';
import type { RejectionCode } from '../../src-shared/sync/errors';
import type { FieldConflict } from '../../src-shared/sync/merge';
import { userDataSchema } from '../../src-shared/sync/users';
import type { z } from 'zod';
import { recordKey, type RecordState } from './pushState';

/** The role of an active user of the unit as the server holds it, or null when it knows none. */
export type RoleOf = (userId: string) => string | null;

/**
 * The role of each active user among `records` (the unit's records a push loaded, with the batch's
 * changes so far): a user whose record is missing, retired, deleted or malformed has none.
 */
export function unitRoleOf(records: ReadonlyMap<string, RecordState>): RoleOf {
  return (userId) => {
    const user = records.get(recordKey('user', userId));
    const parsed = user && !user.deleted ? userDataSchema.safeParse(user.data) : null;
    return parsed?.success && parsed.data.active ? parsed.data.role : null;
  };
}

export type Refusal = { code: RejectionCode; reason: string };

export type RuledChange =
  | { ok: true; data: Record<string, unknown>; conflicts: FieldConflict[] }
  | ({ ok: false } & Refusal);

/** Ops an entity never takes; null when `op` is allowed. */
export function refuseOp(entity: SyncEntity, op: ChangeOp): Refusal | null {
  if (op !== 'delete' && op !== 'restore') return null;
  if (entity === 'user')
    return { code: 'bad-request', reason: 'a user is retired (active: false), never deleted' };
  if (entity === 'approval')
    return { code: 'approval-invalid-transition', reason: 'a request is withdrawn, never deleted' };
  return null;
}

/** Where a record failed its schema: field paths only, never the values (they may be personal). */
function invalid(entity: string, error: z.ZodError): Refusal {
  const paths = [...new Set(error.issues.map((i) => i.path.join('.') || '(record)'))];
  return { code: 'bad-request', reason: `not a valid ${entity} record: ${paths.join(', ')}` };
}

/**
 * The record as the change would leave it: the merge's result, with this change's value where the
 * merge kept the server's (a conflicting field). Built with fromEntries, so a field named
 * "__proto__" stays data.
 */
function asProposed(
  merged: Record<string, unknown>,
  conflicts: readonly FieldConflict[],
): Record<string, unknown> {
  const conflicting = new Set(conflicts.map((c) => c.field));
  return Object.fromEntries([
    ...Object.entries(merged).filter(([field]) => !conflicting.has(field)),
    ...conflicts.flatMap((c) => (c.client === undefined ? [] : [[c.field, c.client] as const])),
  ]);
}

/**
 * Checks the merged state of one change. `before` is the stored data (null for a new record),
 * `merged`/`conflicts` what mergeRecord made of the change. Returns what to store and which
 * conflicts to keep, or the refusal.
 */
export function ruleChange(
  entity: SyncEntity,
  before: Record<string, unknown> | null,
  merged: Record<string, unknown>,
  conflicts: FieldConflict[],
  roleOf: RoleOf,
): RuledChange {
  if (entity === 'approval') return ruleApproval(before, merged, conflicts, roleOf);
  if (entity === 'user') {
    const parsed = userDataSchema.safeParse(merged);
    if (!parsed.success) return invalidChange(entity, parsed);
  }
  return { ok: true, data: merged, conflicts };
}

/**
 * A request's life is one line of steps: two changes made from one state cannot both be steps
 * from it, so a change is judged whole, as a step from the stored state, and stored whole.
 */
function ruleApproval(
  before: Record<string, unknown> | null,
  merged: Record<string, unknown>,
  conflicts: readonly FieldConflict[],
  roleOf: RoleOf,
): RuledChange {
  const proposed = asProposed(merged, conflicts);
  const after = approvalDataSchema.safeParse(proposed);
  if (!after.success) return invalidChange('approval', after);
  const stored = before === null ? null : approvalDataSchema.safeParse(before);
  if (stored && !stored.success) {
    return { ok: false, code: 'approval-invalid-transition', reason: 'stored state unreadable' };
  }
  const answererId = after.data.answeredBy?.id;
  const refusal = checkApprovalChange(
    stored?.data ?? null,
    after.data,
    answererId === undefined ? null : roleOf(answererId),
  );
  if (refusal) return { ok: false, code: refusal, reason: `approval: ${refusal}` };
  return { ok: true, data: proposed, conflicts: [] };
}

function invalidChange(entity: string, result: { error: z.ZodError }): RuledChange {
  return { ok: false, ...invalid(entity, result.error) };
}
