/** Reads of the leads table for the leads page (wrapped in `useLiveQuery` by the feature's hooks). */
import type { LeadStatus } from '../../../src-shared/domain/leadStatus';
import type { JianhuDb } from './database';
import type { LeadRow } from './rowTypes';

export type LeadFilter = { status?: LeadStatus | undefined };

/** The unit's leads, newest first; a unit holds hundreds, not hundreds of thousands. */
export async function listLeads(db: JianhuDb, filter: LeadFilter = {}): Promise<LeadRow[]> {
  const rows =
    filter.status === undefined
      ? await db.leads.toArray()
      : await db.leads.where('status').equals(filter.status).toArray();
  return rows.sort((a, b) =>
    a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt),
  );
}

export async function getLead(db: JianhuDb, id: string): Promise<LeadRow | undefined> {
  return db.leads.get(id);
}
