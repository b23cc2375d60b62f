/**
 * Leaving the device (sign-out, removing its data) is refused while changes wait for the server:
 * unsynced work lost at sign-out is one of the failures Jianhu must not have (DESIGN.md §4).
 */
import type { JianhuDb } from '../db/database';

export type LeaveCheck = { ok: true } | { ok: false; pendingCount: number };

export async function checkNothingPending(db: JianhuDb): Promise<LeaveCheck> {
  const pendingCount = await db.outbox.count();
  return pendingCount === 0 ? { ok: true } : { ok: false, pendingCount };
}

/**
 * Deletes this device's whole database, only when nothing is pending. The check and the delete
 * run in the write queue, so no change can slip in between them from this window.
 */
export function removeDeviceData(db: JianhuDb): Promise<LeaveCheck> {
  return db.writes.run(async () => {
    const check = await checkNothingPending(db);
    if (!check.ok) return check;
    await db.delete();
    return check;
  });
}
