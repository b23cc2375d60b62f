/**
 * Schema version 5: approval requests (src-shared/sync/approvals.ts), synced as entity
 * 'approval'. Listed by status (the approver's inbox, the requester's pending ones) and by
 * workflow (the workflow card shows its request). Users are synced from this version on too
 * (entity 'user'); their rows gain `rev`/`seq`/`updatedAt` without an index change.
 */
import type { Migration } from './migration';

export const migration0005: Migration = {
  version: 5,
  stores: {
    approvals: 'id, status, workflowId, seq',
  },
};
