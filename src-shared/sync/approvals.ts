/**
 * Approval requests (entity 'approval'): a step whose rule names a role (the chief procurator
 * decides assistance, approves an extension, …) taken by someone without that role waits for a
 * user who has it. When that user is not at the same desk, the request syncs to their
 * workstation, their answer syncs back, and the requester takes the step with it — the request's
 * state visible to both. Pure rules here; the device and the server both apply them.
 *
 * A request pins what is approved: the workflow, the event and the SHA-256 of the event's data as
 * the requester entered it (`dataDigest`); the step can only be taken with exactly that data.
 */
import { z } from 'zod';
import { Role, codeValues } from '../domain/codes';
import { isStorableText } from './storableJson';

/** Where a request stands. */
export const ApprovalStatus = {
  /** Waiting for an answer. */
  pending: 'pending',
  /** Approved by a user with one of the required roles; the requester may take the step. */
  approved: 'approved',
  /** Refused, with a note; the step cannot be taken with it. */
  rejected: 'rejected',
  /** The requester took the step with this approval: it cannot serve twice. */
  used: 'used',
  /** Taken back by the requester before an answer. */
  withdrawn: 'withdrawn',
} as const;
export type ApprovalStatus = (typeof ApprovalStatus)[keyof typeof ApprovalStatus];

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(isStorableText, { error: 'text with NUL or a lone surrogate' });

const roleSchema = z.enum(codeValues(Role));
const instant = z.iso.datetime({ offset: true });

/** A person as the request names them: enough to show and to check the role. */
export const personRefSchema = z.strictObject({
  id: text(64),
  name: text(50),
  role: roleSchema,
});
export type PersonRef = z.infer<typeof personRefSchema>;

export const approvalDataSchema = z.strictObject({
  caseId: text(64),
  /** Shown to the approver: the case's title as the requester saw it. */
  caseTitle: text(200),
  workflowId: text(64),
  workflowKind: text(40),
  /** The workflow event the request is for (e.g. 'decide'). */
  event: text(60),
  /** SHA-256 (hex) of the canonical JSON of the event's data as entered. */
  dataDigest: z.string().regex(/^[0-9a-f]{64}$/),
  /** The event's data with sensitive fields masked: what the approver reads. */
  summary: z.record(z.string(), z.unknown()),
  /** Any one of these roles may answer. */
  requiredRoles: z.array(roleSchema).min(1).max(9),
  /** Why it is asked (typed by the requester). */
  reason: text(1000).nullable(),
  requestedBy: personRefSchema,
  requestedAt: instant,
  status: z.enum(codeValues(ApprovalStatus)),
  answeredBy: personRefSchema.nullable(),
  answeredAt: instant.nullable(),
  /** The approver's note (required when rejecting). */
  note: text(1000).nullable(),
  usedAt: instant.nullable(),
});
export type ApprovalData = z.infer<typeof approvalDataSchema>;

/** Why a change to a request is refused (device and server alike). */
export const ApprovalRefusal = {
  /** It was answered already (or withdrawn, or used): an answer counts once. */
  alreadyAnswered: 'approval-already-answered',
  /** The answering user does not hold one of the required roles, or answers their own request. */
  wrongRole: 'approval-wrong-role',
  /** Any other change the lifecycle does not allow (a used request approved again, fields altered). */
  invalidTransition: 'approval-invalid-transition',
} as const;
export type ApprovalRefusal = (typeof ApprovalRefusal)[keyof typeof ApprovalRefusal];

/** Fields fixed when the request is made: no later change may alter them. */
const FIXED_FIELDS = [
  'caseId',
  'caseTitle',
  'workflowId',
  'workflowKind',
  'event',
  'dataDigest',
  'summary',
  'requiredRoles',
  'reason',
  'requestedBy',
  'requestedAt',
] as const satisfies readonly (keyof ApprovalData)[];

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Checks one step of a request's life: `before` is the stored state (null for a new request),
 * `after` the proposed one. `answererRole` is the role the device or the server knows for
 * `after.answeredBy.id` (the synced user directory), or null when it knows no such active user:
 * an answer from an unknown user is refused, never taken on the answer's own word. Null = allowed.
 */
export function checkApprovalChange(
  before: ApprovalData | null,
  after: ApprovalData,
  answererRole: string | null,
): ApprovalRefusal | null {
  if (before === null) {
    const isFresh =
      after.status === ApprovalStatus.pending &&
      after.answeredBy === null &&
      after.answeredAt === null &&
      after.usedAt === null;
    return isFresh ? null : ApprovalRefusal.invalidTransition;
  }
  if (FIXED_FIELDS.some((field) => !sameJson(before[field], after[field]))) {
    return ApprovalRefusal.invalidTransition;
  }
  if (before.status === after.status) {
    const isSameAnswer =
      sameJson(before.answeredBy, after.answeredBy) &&
      before.answeredAt === after.answeredAt &&
      before.note === after.note;
    if (isSameAnswer && before.usedAt === after.usedAt) return null;
    // Two approvals (or two refusals) of one request: the second answer is refused as such.
    const isAnswered =
      before.status === ApprovalStatus.approved || before.status === ApprovalStatus.rejected;
    return isAnswered && !isSameAnswer
      ? ApprovalRefusal.alreadyAnswered
      : ApprovalRefusal.invalidTransition;
  }
  switch (after.status) {
    case ApprovalStatus.approved:
    case ApprovalStatus.rejected: {
      if (before.status !== ApprovalStatus.pending) return ApprovalRefusal.alreadyAnswered;
      const answerer = after.answeredBy;
      if (!answerer || after.answeredAt === null) return ApprovalRefusal.invalidTransition;
      if (after.status === ApprovalStatus.rejected && after.note === null) {
        return ApprovalRefusal.invalidTransition;
      }
      if (answerer.id === after.requestedBy.id || answererRole === null) {
        return ApprovalRefusal.wrongRole;
      }
      if (answerer.role !== answererRole || !after.requiredRoles.some((r) => r === answererRole)) {
        return ApprovalRefusal.wrongRole;
      }
      return null;
    }
    case ApprovalStatus.used:
      return before.status === ApprovalStatus.approved &&
        after.usedAt !== null &&
        sameJson(before.answeredBy, after.answeredBy)
        ? null
        : ApprovalRefusal.invalidTransition;
    case ApprovalStatus.withdrawn:
      return before.status === ApprovalStatus.pending ? null : ApprovalRefusal.alreadyAnswered;
    case ApprovalStatus.pending:
      return ApprovalRefusal.invalidTransition;
  }
}
