/**
 * The stored shapes of guided workflows (issue 3): a workflow row per instance, an append-only
 * step row per transition, a document row per generated draft. They fill the placeholder row
 * types of schema v1 (`WorkflowRow`, `StepRow`, `DocumentRow`); no index changes were needed.
 */
import type { Coverage, PeriodUnit, TimeLimitSource } from '../../../src-shared/calendar';
import type { Role } from '../../../src-shared/domain/codes';
import type { UserId } from '../../../src-shared/domain/ids';
import type { DocumentTemplateId } from '../../../src-shared/documents';
import type { WorkflowKind } from '../../../src-shared/workflows';

/** The due date of the current step, computed with the holiday calendar when the step began. */
export type WorkflowDue = {
  /** Row of src-shared/calendar TIME_LIMITS. */
  limitId: string;
  /** 'after': act by `due`; 'before': the latest day to act before an event (hearing notice). */
  direction: 'after' | 'before';
  /** The date the period counts from (or, for 'before', the event it counts back from). */
  start: string;
  due: string;
  /** 'assumed' when a year in the period has no official holiday table: the UI warns. */
  coverage: Coverage;
  /** Present when the amount came from the server's reference data instead of the shipped table. */
  override?: { amount: number; unit: PeriodUnit; source: TimeLimitSource };
};

export type WorkflowRecord = {
  id: string;
  caseId: string;
  kind: WorkflowKind;
  /** `serializeWorkflowSnapshot` text: JSON carrying kind + machine version + snapshot. */
  snapshot: string;
  /** The current state name (also inside `snapshot`), for lists without parsing. */
  state: string;
  status: 'active' | 'done';
  due: WorkflowDue | null;
  /**
   * Sensitive personal information the snapshot must not hold (PIPL Art. 28), by
   * `<event>.<field>`, e.g. the full bank account of a payment. Never in audit, steps or logs.
   */
  sensitive: Record<string, string>;
  /** Steps taken so far; the next step row gets `stepCount + 1` as its `stepNo`. */
  stepCount: number;
  startedAt: string;
  startedBy: UserId;
  updatedAt: string;
  updatedBy: UserId;
  /** Server revision; 0 until the provincial server accepted the workflow. */
  rev: number;
  /** Local change sequence (shared counter with cases): rises with every write. */
  seq: number;
  /** Fictional demo data (settings → demo data): must never be sent to the province. */
  demo?: true;
};

/** Append-only: one transition. `data` is the step data with sensitive fields masked. */
export type WorkflowStepRecord = {
  id: string;
  workflowId: string;
  caseId: string;
  /** 1-based position in the workflow's history. */
  stepNo: number;
  from: string;
  to: string;
  event: string;
  at: string;
  by: UserId;
  role: Role;
  data: unknown;
  /** Fields of `data` that were masked (their clear value lives only in the workflow row). */
  sensitiveFields: readonly string[];
  /**
   * Who approved the step when its rule named a role the operator lacked: a user present at the
   * desk ('present') or the answer of an approval request ('request').
   */
  approvedBy?: {
    id: string;
    name: string;
    role: Role;
    method: 'present' | 'request';
    requestId: string | null;
  };
  /** The signed-in operator who entered the step when the approver is the one who acted. */
  enteredBy?: { id: string; name: string; role: Role };
  /** Fictional demo data: must never be sent to the province. */
  demo?: true;
};

/** What a stored document is: a draft until someone marks it final (later issue). */
export const DocumentStatus = {
  /** Generated here; the official number is blank for the national system. */
  draft: 'draft',
  /** Issued through the national system. */
  final: 'final',
} as const;
export type DocumentStatus = (typeof DocumentStatus)[keyof typeof DocumentStatus];

export type DocumentRecord = {
  id: string;
  caseId: string;
  workflowId?: string;
  templateId: DocumentTemplateId;
  templateVersion: number;
  /** The document's Chinese title, e.g. 国家司法救助决定书. */
  title: string;
  /** The data the template rendered, as validated: re-renders the same model at any time. */
  data: unknown;
  /** SHA-256 of canonical JSON of { templateId, templateVersion, data }: stable across packings. */
  dataSha256: string;
  /** SHA-256 of the .docx bytes handed to the user (zip times make each packing differ). */
  fileSha256: string;
  status: DocumentStatus;
  createdAt: string;
  createdBy: UserId;
  rev: number;
  seq: number;
};
