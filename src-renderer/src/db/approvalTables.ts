/**
 * Approval requests on the device (migration 0005): the synced fields plus what only this device
 * keeps. Reached through this accessor so database.ts needs no change per table.
 */
import type { Table } from 'dexie';
import type { ApprovalData } from '../../../src-shared/sync/approvals';
import type { JianhuDb } from './database';

export type ApprovalRow = ApprovalData & {
  id: string;
  /** Server revision; 0 until the server accepted the request. */
  rev: number;
  /** A fresh local sequence on every write. */
  seq: number;
  /** Last write, local or pulled (ISO). */
  updatedAt: string;
  /**
   * The requester's device only: the event's data exactly as entered, to take the step with once
   * approved. Never synced (the request carries its digest); sealed at rest.
   */
  localData?: unknown;
};

export function approvalsTable(db: JianhuDb): Table<ApprovalRow, string> {
  return db.table('approvals');
}
