import { useLiveQuery } from 'dexie-react-hooks';
import type { LeadStatus } from '../../../../src-shared/domain/leadStatus';
import { getDb } from '../../db/database';
import { getLead, listLeads } from '../../db/leadQueries';
import type { LeadRow } from '../../db/rowTypes';

/** The unit's leads (newest first), live; undefined while loading. */
export function useLeads(status: LeadStatus | undefined): LeadRow[] | undefined {
  return useLiveQuery(() => listLeads(getDb(), { status }), [status]);
}

/** One lead, live; null when there is none, undefined while loading. */
export function useLead(id: string | undefined): LeadRow | null | undefined {
  return useLiveQuery(
    async () => (id === undefined ? null : ((await getLead(getDb(), id)) ?? null)),
    [id],
  );
}
