/**
 * The sync feature's writes: enrolment, a conflict's resolution (an ordinary, audited case edit
 * that syncs like any other), and leaving the device — refused while changes are pending.
 */
import type { Unit } from '../../../../src-shared/sync/enroll';
import { currentActor } from '../../app/actor';
import { useSession } from '../../app/sessionStore';
import { updateCase } from '../../db/cases';
import { markConflictResolved, type ConflictChoice, type ConflictRow } from '../../db/conflicts';
import { getDb } from '../../db/database';
import { getSetup } from '../../db/setup';
import type { WriteResult } from '../../db/writeResult';
import {
  SyncFailure,
  checkNothingPending,
  enrollDevice,
  removeDeviceData,
  type LeaveCheck,
  type SyncEngine,
  type SyncStatusCode,
} from '../../sync';

export type EnrolResult =
  { ok: true; unit: Unit; localUnitCode: string | null } | { ok: false; code: SyncStatusCode };

export async function enrolThisDevice(input: {
  serverUrl: string;
  code: string;
  deviceName: string;
}): Promise<EnrolResult> {
  const db = getDb();
  try {
    const unit = await enrollDevice({
      db,
      serverUrl: input.serverUrl,
      code: input.code,
      ...(input.deviceName.trim() === '' ? {} : { deviceName: input.deviceName.trim() }),
      fetch: (url, init) => fetch(url, init),
      now: () => new Date(),
      isOnline: () => navigator.onLine,
    });
    const setup = await getSetup(db);
    return { ok: true, unit, localUnitCode: setup?.unit.code ?? null };
  } catch (error) {
    return { ok: false, code: error instanceof SyncFailure ? error.code : 'local-error' };
  }
}

/**
 * Writes the values a person chose for a conflict's fields as one case edit, then marks the
 * conflict resolved. A field absent on the chosen side is cleared.
 */
export async function resolveConflict(
  conflict: ConflictRow,
  values: Record<string, unknown>,
  choices: Record<string, ConflictChoice>,
  onWritten: () => void,
): Promise<WriteResult<unknown>> {
  const db = getDb();
  // Every conflicting field is sent, also one kept at the server's value (nothing changes here):
  // only a change that sets them all closes the conflict on the provincial server.
  const result = await updateCase(db, await currentActor(), conflict.entityId, values, new Date(), {
    confirm: conflict.fields.map((f) => f.field),
  });
  if (!result.ok) return result;
  await markConflictResolved(db, conflict.id, choices, new Date());
  onWritten();
  return result;
}

/**
 * A conflict on a record that is not a case card: the server's version stands (this device
 * already holds it: the ack took the server's state); marking it resolved only clears the inbox.
 * The server's own conflict row closes with the next change this device makes to the record.
 */
export async function acknowledgeConflict(conflict: ConflictRow): Promise<void> {
  const choices = Object.fromEntries(conflict.fields.map((f) => [f.field, 'server' as const]));
  await markConflictResolved(getDb(), conflict.id, choices, new Date());
}

/** Deletes this device's database once nothing is pending; the page reloads to the first run. */
export async function removeLocalData(engine: SyncEngine | null): Promise<LeaveCheck> {
  const db = getDb();
  const check = await checkNothingPending(db);
  if (!check.ok) return check;
  engine?.stop();
  const removed = await removeDeviceData(db);
  if (!removed.ok) {
    engine?.start();
    return removed;
  }
  window.location.reload();
  return removed;
}

/** Ends the session at this desk, refused while changes wait for the server. */
export async function signOut(): Promise<LeaveCheck> {
  const check = await checkNothingPending(getDb());
  if (check.ok) useSession.getState().setUser(null);
  return check;
}
