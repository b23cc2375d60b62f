/**
 * Whether a device has uploaded everything, from what it reported at its last sync and when the
 * server last heard from it; and the worst of a unit's devices, for "find the county that has
 * not uploaded for a week". Pure: `now` comes in.
 */
import { z } from 'zod';
import { unitSchema } from '../sync/enroll';

/** A device silent for this many whole days or more is "not seen for N days", whatever it said. */
export const NOT_SEEN_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export const UploadStatus = {
  /** Its last report showed an empty outbox and no attachment waiting. */
  allUploaded: 'allUploaded',
  /** Seen lately, but its app is older than the outbox report: nothing is known of its outbox. */
  unreported: 'unreported',
  /** Its last report showed changes or attachments not yet on the server. */
  pending: 'pending',
  /** No push or pull for NOT_SEEN_AFTER_DAYS days or more. */
  notSeen: 'notSeen',
} as const;
export type UploadStatus = (typeof UploadStatus)[keyof typeof UploadStatus];

/** Worse statuses rank higher: a unit shows its worst device. */
const SEVERITY: Readonly<Record<UploadStatus, number>> = {
  allUploaded: 0,
  unreported: 1,
  pending: 2,
  notSeen: 3,
};

/** A device as stored: last contact, the last outbox report, the audit-chain flag. */
export type DeviceUploadFacts = {
  /** The latest of enrolment, last push and last pull (ISO). */
  lastContactAt: string;
  report: {
    reportedAt: string;
    changes: number;
    refused: number;
    attachments: number;
    oldestChangeAt: string | null;
  } | null;
  auditFlagged: boolean;
};

const count = z.int().nonnegative();

export const deviceUploadStateSchema = z.object({
  status: z.enum(Object.values(UploadStatus)),
  /** Outbox rows the device reported (refused ones included); 0 when it reported none. */
  pendingChanges: count,
  refusedChanges: count,
  pendingAttachments: count,
  oldestPendingAt: z.iso.datetime({ offset: true }).nullable(),
  lastContactAt: z.iso.datetime({ offset: true }),
  /** Whole days since the last contact. */
  daysSinceContact: count,
  /** When the device last reported its outbox; null for an app too old to report. */
  reportedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The server refused a push of its audit chain and an operator has not cleared it yet. */
  auditFlagged: z.boolean(),
});
export type DeviceUploadState = z.infer<typeof deviceUploadStateSchema>;

export function deviceUploadState(facts: DeviceUploadFacts, now: Date): DeviceUploadState {
  const elapsed = now.getTime() - Date.parse(facts.lastContactAt);
  const daysSinceContact = Math.max(0, Math.floor(elapsed / DAY_MS));
  const report = facts.report;
  const pendingChanges = report?.changes ?? 0;
  const pendingAttachments = report?.attachments ?? 0;
  let status: UploadStatus;
  if (daysSinceContact >= NOT_SEEN_AFTER_DAYS) status = UploadStatus.notSeen;
  else if (report === null) status = UploadStatus.unreported;
  else if (pendingChanges + pendingAttachments > 0) status = UploadStatus.pending;
  else status = UploadStatus.allUploaded;
  return {
    status,
    pendingChanges,
    refusedChanges: report?.refused ?? 0,
    pendingAttachments,
    oldestPendingAt: report?.oldestChangeAt ?? null,
    lastContactAt: facts.lastContactAt,
    daysSinceContact,
    reportedAt: report?.reportedAt ?? null,
    auditFlagged: facts.auditFlagged,
  };
}

/** Within one status, which device is worse: more waiting, or silent for longer. */
function weight(state: DeviceUploadState): number {
  return state.status === UploadStatus.notSeen
    ? state.daysSinceContact
    : state.pendingChanges + state.pendingAttachments;
}

/** The worst of some devices' states; null when there are none. */
export function worstUploadState(states: readonly DeviceUploadState[]): DeviceUploadState | null {
  let worst: DeviceUploadState | null = null;
  for (const state of states) {
    if (
      worst === null ||
      SEVERITY[state.status] > SEVERITY[worst.status] ||
      (state.status === worst.status && weight(state) > weight(worst))
    )
      worst = state;
  }
  return worst;
}

export const deviceUploadRowSchema = z.object({
  deviceId: z.uuid(),
  name: z.string().nullable(),
  unitCode: z.string(),
  lastSeq: count,
  auditHeadSeq: count,
  state: deviceUploadStateSchema,
});
export type DeviceUploadRow = z.infer<typeof deviceUploadRowSchema>;

export const unitUploadRowSchema = z.object({
  unit: unitSchema.extend({ parentCode: z.string().nullable() }),
  /** Devices of this unit itself (not of the units below it) that are not revoked. */
  devices: count,
  /** The worst of those devices; null when the unit has none. */
  worst: deviceUploadStateSchema.nullable(),
  /** How many of them have their audit chain flagged. */
  auditFlagged: count,
  /**
   * A county (基层院) without any device that is not revoked: its cases reach no one above it,
   * however quiet it looks. A city or the province may well work without a workstation.
   */
  noDeviceEnrolled: z.boolean(),
});
export type UnitUploadRow = z.infer<typeof unitUploadRowSchema>;

export const uploadOverviewSchema = z.object({
  units: z.array(unitUploadRowSchema),
  devices: z.array(deviceUploadRowSchema),
  generatedAt: z.iso.datetime({ offset: true }),
});
export type UploadOverview = z.infer<typeof uploadOverviewSchema>;
