/**
 * The unit's hearing-officer pool (听证员库), kept on the workstation in `meta` (sealed: entries
 * may carry phone numbers), changed only by an administrator, each change audited. The audit
 * entry names the entry and what changed, never the contact number.
 */
import {
  officerPoolEntrySchema,
  officerPoolSchema,
  type OfficerPoolEntry,
} from '../../../src-shared/workflows';
import type { Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import type { JianhuDb } from './database';
import { newId } from './newId';
import { readAdmin } from './users';
import { refusal, toIssues, type WriteResult } from './writeResult';

export const OFFICER_POOL_KEY = 'hearing.officerPool';

export async function readOfficerPool(db: JianhuDb): Promise<OfficerPoolEntry[]> {
  const parsed = officerPoolSchema.safeParse((await db.meta.get(OFFICER_POOL_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** What the audit keeps of an entry: no contact number. */
const audited = ({ contact: _contact, ...entry }: OfficerPoolEntry) => ({
  ...entry,
  hasContact: _contact !== undefined,
});

export type OfficerPoolInput = Omit<OfficerPoolEntry, 'id'> & { id?: string };

/** Adds an entry (no id) or replaces the one with the id (an edit, or a change of `isActive`). */
export async function saveOfficerPoolEntry(
  db: JianhuDb,
  actor: Actor,
  input: OfficerPoolInput,
  now: Date,
): Promise<WriteResult<OfficerPoolEntry>> {
  const parsed = officerPoolEntrySchema.safeParse({ ...input, id: input.id ?? newId(now) });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  if (!(await readAdmin(db, actor))) return refusal('hearingPool.refusal.adminOnly');
  const entry = parsed.data;
  // Read inside the write's transaction: two administrators' edits cannot overwrite each other.
  return auditedWrite<WriteResult<OfficerPoolEntry>>(
    db,
    [],
    now,
    async () => {
      const pool = await readOfficerPool(db);
      const before = pool.find((e) => e.id === entry.id);
      if (input.id !== undefined && !before) {
        return { skip: refusal('hearingPool.refusal.unknownEntry') };
      }
      const next = before ? pool.map((e) => (e.id === entry.id ? entry : e)) : [...pool, entry];
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.officerPoolUpdate,
            entity: 'device',
            entityId: entry.id,
            success: true,
            diff: { before: before ? audited(before) : null, after: audited(entry) },
          },
        ],
        commit: async () => {
          await db.meta.put({ key: OFFICER_POOL_KEY, value: next });
          return { ok: true, value: entry };
        },
      };
    },
    { inTransaction: true },
  );
}
