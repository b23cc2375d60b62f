/**
 * A lead's (线索) life (DESIGN.md §3, DOMAIN.md §8.2): new → verifying → became case N, or
 * dismissed with a reason. Pure rules: the repository asks `decideLeadStatus` and stores what it
 * returns; the UI asks `allowedLeadActions` to show only the buttons that can succeed.
 */
import { assertNever } from '../assertNever';

/** Where a lead stands. */
export const LeadStatus = {
  /** Handed down or entered, nobody has looked at it yet. */
  new: 'new',
  /** A person is checking whether it holds (核查). */
  verifying: 'verifying',
  /** It became a case: `caseId` names it. Final. */
  becameCase: 'becameCase',
  /** It does not hold: `dismissReason` says why. Final. */
  dismissed: 'dismissed',
} as const;
export type LeadStatus = (typeof LeadStatus)[keyof typeof LeadStatus];

export const LEAD_STATUSES: readonly LeadStatus[] = Object.values(LeadStatus);

/** Most characters of a dismissal reason. */
export const MAX_DISMISS_REASON = 500;

/** What a person does to a lead. */
export type LeadStatusChange =
  { to: 'verifying' } | { to: 'dismissed'; reason: string } | { to: 'becameCase'; caseId: string };

/** Why a status change is refused. */
export const LeadRefusal = {
  /** The change is not a step the lead's current status allows. */
  notAllowed: 'not-allowed',
  /** A dismissal needs a reason (1..MAX_DISMISS_REASON characters after trimming). */
  reasonRequired: 'reason-required',
  /** "Became case" needs the new case's id. */
  caseRequired: 'case-required',
} as const;
export type LeadRefusal = (typeof LeadRefusal)[keyof typeof LeadRefusal];

/** The synced fields a status change sets; every one of them, so a status never keeps a stale reason. */
export type LeadStatusFields = {
  status: LeadStatus;
  dismissReason: string | null;
  caseId: string | null;
  /** When the status last changed (ISO), and by whom. */
  statusAt: string;
  statusBy: string;
};

/** Targets each status may move to. Final statuses move nowhere. */
const NEXT: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  new: ['verifying', 'dismissed'],
  verifying: ['becameCase', 'dismissed'],
  becameCase: [],
  dismissed: [],
};

export function isLeadStatus(value: unknown): value is LeadStatus {
  return typeof value === 'string' && (LEAD_STATUSES as readonly string[]).includes(value);
}

export function canMoveLead(from: LeadStatus, to: LeadStatus): boolean {
  return NEXT[from].includes(to);
}

/** The statuses a lead in `from` may move to, in the order the UI shows them. */
export function allowedLeadActions(from: LeadStatus): readonly LeadStatus[] {
  return NEXT[from];
}

export type LeadDecision =
  { ok: true; fields: LeadStatusFields } | { ok: false; code: LeadRefusal };

/** Decides a change against the current status; `at` and `by` come from the caller. */
export function decideLeadStatus(
  from: LeadStatus,
  change: LeadStatusChange,
  at: string,
  by: string,
): LeadDecision {
  if (!canMoveLead(from, change.to)) return { ok: false, code: LeadRefusal.notAllowed };
  const base = { statusAt: at, statusBy: by, dismissReason: null, caseId: null };
  switch (change.to) {
    case 'verifying':
      return { ok: true, fields: { ...base, status: 'verifying' } };
    case 'dismissed': {
      const reason = change.reason.trim();
      if (reason === '' || reason.length > MAX_DISMISS_REASON)
        return { ok: false, code: LeadRefusal.reasonRequired };
      return { ok: true, fields: { ...base, status: 'dismissed', dismissReason: reason } };
    }
    case 'becameCase': {
      const caseId = change.caseId.trim();
      if (caseId === '') return { ok: false, code: LeadRefusal.caseRequired };
      return { ok: true, fields: { ...base, status: 'becameCase', caseId } };
    }
    default:
      return assertNever(change);
  }
}
