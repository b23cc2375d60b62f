/**
 * Row shapes of the local database (DESIGN.md §3). Cases are `CaseRecord` from src-shared; the
 * rest are local bookkeeping or tables whose full shape later issues settle (leads, workflows…).
 */
import type { OutboxChange } from '../../../src-shared/sync/change';
import type { LeadData } from '../../../src-shared/sync/leads';
import type { Role } from '../../../src-shared/domain/codes';
import type { DeviceId, UserId } from '../../../src-shared/domain/ids';
import type { AuditAction } from './auditActions';

/** One hash-chained audit entry. `hash` = SHA-256(prevHash + canonical JSON of the rest). */
export type AuditEntry = {
  /** Position in the chain, 1-based and gapless (the primary key). */
  seq: number;
  /** UUIDv7 of the entry: lets the server de-duplicate when audit entries sync. */
  id: string;
  /** Device time of the act, ISO 8601. */
  at: string;
  userId: UserId;
  deviceId: DeviceId;
  action: AuditAction;
  /** What kind of thing was acted on ('case', 'setup', …). */
  entity: string;
  entityId: string;
  /** False for a refused act that is still worth recording (e.g. deleting a missing case). */
  success: boolean;
  /** What changed, with ID numbers, phones and bank accounts masked (never in clear). */
  diff: unknown;
  prevHash: string;
  hash: string;
};

/** An outbox row: exactly the wire `OutboxChange` plus what only this device needs to know. */
export type OutboxRow = OutboxChange & {
  /** Push attempts so far; the sync engine's watchdog reads it. */
  attempts: number;
  /** Last push attempt (ISO) or null before the first one. */
  lastAttemptAt: string | null;
  /** Error code of the last failed attempt, or null. Never personal data. */
  lastError: string | null;
  /**
   * The server's reason for refusing the change (e.g. which fields a content refusal found
   * wrong): field paths and rules, never values. Absent unless refused.
   */
  refusalReason?: string;
};

/** A person who works at this desk. Their sign-in secret is a `CredentialRow` (credentials.ts). */
export type UserRow = {
  id: UserId;
  name: string;
  role: Role;
  createdAt: string;
  /** False once the user is retired: kept for the audit trail, hidden from pickers. */
  active: boolean;
  /**
   * May create users, assign roles, reset passwords and set the lock policy. Absent on rows of
   * builds before sign-in (read as false).
   */
  isAdmin?: boolean;
  /**
   * Server revision (synced as entity 'user', src-shared/sync/users.ts); 0 until the server
   * accepted the user. Absent only on rows of builds before users synced, until the schema
   * upgrade to version 5 queues their first sending (migrations/0005-approvals.ts).
   */
  rev?: number;
  /** Last write, local or pulled (ISO; absent on rows of older builds). */
  updatedAt?: string;
};

/** A key/value row: device identity, counters, the unit, sync cursors. See meta.ts for the keys. */
export type MetaRow = { key: string; value: unknown };

/** A persisted segment of the search index (owned by search/; opaque here). */
export type SearchSegmentRow = { key: string } & Record<string, unknown>;

/**
 * A lead (线索): its synced fields (`LeadData`, src-shared/sync/leads.ts) plus what only the device
 * keeps — `rev` (0 until the server accepted it) and `seq` (a fresh local sequence on every write).
 */
export type LeadRow = LeadData & {
  id: string;
  rev: number;
  seq: number;
  /** Last write, local or pulled (ISO). */
  updatedAt: string;
};
/** A workflow instance attached to a case. */
export type WorkflowRow = { id: string; caseId: string; kind: string; seq: number } & Record<
  string,
  unknown
>;
/** Append-only: one workflow transition. */
export type StepRow = { id: string; workflowId: string; at: string } & Record<string, unknown>;
/** A generated document's metadata. */
export type DocumentRow = { id: string; caseId: string; workflowId?: string } & Record<
  string,
  unknown
>;
/** Where an attachment's bytes stand with the provincial server. */
export const AttachmentUpload = {
  /** Added on this device; the server does not hold every byte yet. */
  pending: 'pending',
  /** The server holds every byte and verified the hash. */
  done: 'done',
  /** The server refused the bytes (hash mismatch, too large): kept here, not sent again by itself. */
  failed: 'failed',
  /** Fetched from the server (added on another device): nothing to send. */
  remote: 'remote',
} as const;
export type AttachmentUpload = (typeof AttachmentUpload)[keyof typeof AttachmentUpload];

/**
 * An attachment's bytes, stored once per content hash (several cases may attach the same file).
 * Who attached what to which case is a `CaseAttachmentRow` (attachmentTables.ts).
 */
export type AttachmentRow = {
  sha256: string;
  blob: Blob;
  size: number;
  mime: string;
  upload: AttachmentUpload;
  /** Bytes the server confirmed so far (its `Upload-Offset`): where a broken upload resumes. */
  uploadedBytes: number;
  /** Error code of the last refused upload (never personal data), or null. */
  uploadError: string | null;
  /** When the bytes were stored on this device (ISO). */
  storedAt: string;
  /** 1: `blob` holds the bytes encrypted (attachmentBytes.ts); absent on rows of older builds. */
  sealed?: 1;
};
/** Versioned reference data pulled from the server (holidays, wage bases, templates…). */
export type ReferenceRow = { key: string } & Record<string, unknown>;
