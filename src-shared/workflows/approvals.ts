/**
 * Approvals that mean something (DESIGN.md §5): a step whose rule names a role is taken by a user
 * holding that role at that moment — the operator, an approver present at the same desk who
 * confirms with their own password, or an approver on another workstation answering an approval
 * request. Two kinds of rule exist in the workflows:
 * - the step itself belongs to a role (allowedRoles, the configured decider of assistance, the
 *   advance approver): the approver is then the one who acts;
 * - the step's data must carry an approval (an amount above the cap, an extended review, a
 *   decision against the hearing officers' majority): the approval's role, name and date are
 *   then filled by the system from the confirmed person, never typed.
 * Pure: the device's repository decides who is confirmed; this module says what is needed and
 * where the approval goes.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../audit/canonicalJson';
import type { Role } from '../domain/codes';
import { codeValues, Role as Roles } from '../domain/codes';
import type { Refusal } from './refusal';

/** Where an event's data carries an approval: an object field, or the event's own fields (''). */
export const APPROVAL_FIELDS: Readonly<Record<string, string>> = {
  /** Assistance amount above the cap or a threshold (细则 Art. 12; local thresholds). */
  calculateAmount: 'approval',
  /** Administrative review extended (行政诉讼监督规则 Art. 56). */
  extendReview: 'approval',
  /** A hearing decision departing from the officers' majority. */
  decide: 'deviationApproval',
  /** A grant despite an Art. 8 exclusion (一般不予救助), approved by the chief. */
  assessEligibility: 'exceptionApproval',
  /** 先行救助 approved (its approver's name and date are the event's own fields). */
  approveAdvance: '',
};

/** The fields of an approval the system fills (the form never shows them). */
export const APPROVER_FIELDS = ['approverRole', 'approverName', 'approvedOn'] as const;

/** What a refusal asks for: someone with one of `roles`, acting or approving the data. */
export type ApprovalNeed = { mode: 'actor' | 'data'; roles: readonly Role[] };

const ROLES: readonly string[] = codeValues(Roles);

function rolesIn(value: unknown): Role[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.filter((v): v is Role => typeof v === 'string' && ROLES.includes(v));
}

/** Refusals about a missing approval in the data, with the detail naming the role. */
const DATA_APPROVAL_KEYS: Readonly<Record<string, string>> = {
  'workflow.refusal.approvalMissing': 'approverRole',
  'workflow.refusal.exclusionApplies': 'approverRole',
  'workflow.refusal.wrongApprover': 'expected',
  'workflow.refusal.extensionNeedsChief': 'requiredRole',
  'workflow.refusal.majorityDeviationNeedsAcknowledgement': 'requiredRole',
};

/**
 * What would let a refused step through, or null when no person's approval can (a missing
 * field, a step out of order, a precondition of the case).
 */
export function approvalNeedOf(refusal: Refusal): ApprovalNeed | null {
  const details = refusal.details ?? {};
  if (refusal.code === 'wrong-role') {
    const roles = rolesIn(
      details['allowedRoles'] ?? details['deciderRole'] ?? details['approverRole'],
    );
    return roles.length > 0 ? { mode: 'actor', roles } : null;
  }
  const detailKey = DATA_APPROVAL_KEYS[refusal.messageKey];
  if (detailKey === undefined) return null;
  const roles = rolesIn(details[detailKey]);
  return roles.length > 0 ? { mode: 'data', roles } : null;
}

/** Who confirmed an approval, as the data records them. */
export type Confirmer = { name: string; role: Role };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The event's data with its approval filled from `confirmer` (role, name, date `today`), or with
 * any typed approver fields removed when nobody confirmed. An approval object is made only when
 * the data already has one (its reason) or `confirmer` is an approver asked for by a refusal
 * (`isRequested`); data of events without an approval is returned as it is.
 */
export function withApprover(
  eventType: string,
  data: unknown,
  confirmer: Confirmer | null,
  today: string,
  isRequested: boolean,
): unknown {
  const field = APPROVAL_FIELDS[eventType];
  if (field === undefined || !isRecord(data)) return data;
  const stamp = confirmer
    ? { approverRole: confirmer.role, approverName: confirmer.name, approvedOn: today }
    : {};
  if (field === '') {
    const { approverName: _name, approvedOn: _on, ...rest } = data;
    return confirmer ? { ...rest, approverName: confirmer.name, approvedOn: today } : rest;
  }
  const existing = data[field];
  if (!isRecord(existing) && !(confirmer && isRequested)) return data;
  const base = isRecord(existing) ? existing : {};
  // The reason stays the person's own words: when it is missing the schema refuses the step and
  // the form asks for it.
  const { approverRole: _r, approverName: _n, approvedOn: _d, ...kept } = base;
  return { ...data, [field]: { ...kept, ...stamp } };
}

/**
 * What an approval request pins: SHA-256 (hex) of the canonical JSON of the workflow, the event
 * and its data as entered. The step can be taken with the approval only with exactly that data.
 */
export function approvalDigest(workflowId: string, eventType: string, data: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ workflowId, event: eventType, data }))));
}
