/**
 * Adding a colleague to this workstation (DESIGN.md §5: the role a rule names must act, e.g. the
 * chief procurator decides on assistance). Local sign-in with secrets comes with a later issue;
 * until then a user is a name and a role. Users are device-local: no outbox change.
 */
import type { UserId } from '../../../src-shared/domain/ids';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { auditedWrite } from './auditedWrite';
import type { JianhuDb } from './database';
import { newId } from './newId';
import type { UserRow } from './rowTypes';
import { newUserSchema } from './setup';
import { toIssues, type WriteResult } from './writeResult';

export async function addUser(
  db: JianhuDb,
  actor: Actor,
  input: { name: string; role: string },
  now: Date,
): Promise<WriteResult<UserRow>> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error) };
  const user: UserRow = {
    id: newId(now) as UserId,
    name: parsed.data.name,
    role: parsed.data.role,
    createdAt: now.toISOString(),
    active: true,
  };
  return auditedWrite(db, [db.users], now, ({ deviceId }) => {
    assertActorDevice(actor, deviceId);
    return Promise.resolve({
      audit: [
        {
          userId: actor.userId,
          action: AuditAction.userCreate,
          entity: 'user',
          entityId: user.id,
          success: true,
          diff: { after: { id: user.id, name: user.name, role: user.role } },
        },
      ],
      // Invariant (with auditedWrite): the user row and its 'user.create' entry land together.
      commit: async () => {
        await db.users.add(user);
        return { ok: true, value: user };
      },
    });
  });
}
