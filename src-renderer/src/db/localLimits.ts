/**
 * The unit's local limits of the workflows (issue 15 item 1): reference data kept on the
 * workstation in `meta`, changed only by an administrator, each change audited with the limits
 * before and after. A workflow starts with them (workflowRepository.ts); the handler never sets them.
 */
import {
  DEFAULT_LOCAL_LIMITS,
  localLimitsSchema,
  type LocalLimits,
  type LocalLimitsInput,
} from '../../../src-shared/workflows';
import type { Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import type { JianhuDb } from './database';
import { readAdmin } from './users';
import { refusal, toIssues, type WriteResult } from './writeResult';

export const LOCAL_LIMITS_KEY = 'workflow.localLimits';

/** The stored limits; the national ones where none were set (or the stored value is unreadable). */
export async function readLocalLimits(db: JianhuDb): Promise<LocalLimits> {
  const parsed = localLimitsSchema.safeParse((await db.meta.get(LOCAL_LIMITS_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_LOCAL_LIMITS;
}

export async function saveLocalLimits(
  db: JianhuDb,
  actor: Actor,
  /** The settings form's values as entered (an empty box is a missing value): checked here. */
  input: LocalLimitsInput | Record<string, unknown>,
  now: Date,
): Promise<WriteResult<LocalLimits>> {
  const parsed = localLimitsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  if (!(await readAdmin(db, actor))) return refusal('localLimits.refusal.adminOnly');
  const limits = parsed.data;
  return auditedWrite<WriteResult<LocalLimits>>(
    db,
    [],
    now,
    async () => {
      // Read inside the write's transaction, so the audit's "before" is what was replaced.
      const before = await readLocalLimits(db);
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.localLimitsUpdate,
            entity: 'device',
            entityId: LOCAL_LIMITS_KEY,
            success: true,
            diff: { before, after: limits },
          },
        ],
        commit: async () => {
          await db.meta.put({ key: LOCAL_LIMITS_KEY, value: limits });
          return { ok: true, value: limits };
        },
      };
    },
    { inTransaction: true },
  );
}
