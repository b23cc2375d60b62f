/**
 * The sync feature's writes: enrolment, a conflict's resolution (an ordinary, audited case edit
 * that syncs like any other), and leaving the device — refused while changes are pending.
 *
 * In the desktop app main lets the pages reach one server only (`Platform.allowSyncServer`): the
 * enrolled one. Enrolment allows the new server first and goes back to the old one if it fails;
 * removing the device's data allows none; each start tells main again what the database says.
 */
import type { Unit } from '../../../../src-shared/sync/enroll';
import { checkServerUrl, type ServerUrlProblem } from '../../../../src-shared/sync/serverUrl';
import { currentActor } from '../../app/actor';
import { updateCase } from '../../db/cases';
import { markConflictResolved, type ConflictChoice, type ConflictRow } from '../../db/conflicts';
import { getDb } from '../../db/database';
import { getSetup } from '../../db/setup';
import type { WriteResult } from '../../db/writeResult';
import { getPlatform } from '../../platform';
import { serverAnswersNoCors } from '../../sync/originProbe';
import {
  SyncFailure,
  checkNothingPending,
  enrollDevice,
  readSyncOverview,
  removeDeviceData,
  type LeaveCheck,
  type SyncEngine,
  type SyncOverview,
  type SyncStatusCode,
} from '../../sync';

export type EnrolResult =
  | { ok: true; unit: Unit; localUnitCode: string | null }
  /** `problem` says what is wrong with the address when the HTTPS rule refused it. */
  | { ok: false; code: SyncStatusCode; problem: ServerUrlProblem | null };

/**
 * Tells main which server the database is enrolled with, or none. An address the HTTPS rule
 * refuses (stored by an older build) allows none: sync then says `insecure-server-url` itself.
 * Never rejects: a failure leaves main as it was, and the engine's requests say the rest.
 */
async function allowServerOf(overview: SyncOverview): Promise<void> {
  const url = overview.enrollment === null ? null : overview.serverUrl;
  const isAcceptable = url !== null && checkServerUrl(url).ok;
  await getPlatform()
    .allowSyncServer(isAcceptable ? url : null)
    .catch(() => undefined);
}

/**
 * At start: main's allowed server follows the database (a build before it never told main).
 * Never rejects: an unreadable database leaves main as it was, and the engine still starts.
 */
export async function allowEnrolledServer(): Promise<void> {
  const overview = await readSyncOverview(getDb()).catch(() => null);
  if (overview !== null) await allowServerOf(overview);
}

export async function enrolThisDevice(input: {
  serverUrl: string;
  code: string;
  deviceName: string;
}): Promise<EnrolResult> {
  const serverUrl = input.serverUrl.trim();
  const address = checkServerUrl(serverUrl);
  if (!address.ok) return { ok: false, code: 'insecure-server-url', problem: address.problem };
  const db = getDb();
  const before = await readSyncOverview(db);
  try {
    // Main would cancel requests to any server but the allowed one: allow this one first.
    await getPlatform().allowSyncServer(serverUrl);
    const unit = await enrollDevice({
      db,
      serverUrl,
      code: input.code,
      ...(input.deviceName.trim() === '' ? {} : { deviceName: input.deviceName.trim() }),
      fetch: (url, init) => fetch(url, init),
      now: () => new Date(),
      isOnline: () => navigator.onLine,
    });
    const setup = await getSetup(db);
    return { ok: true, unit, localUnitCode: setup?.unit.code ?? null };
  } catch (error) {
    await allowServerOf(before);
    const code = error instanceof SyncFailure ? error.code : 'local-error';
    const refused =
      code === 'server-unreachable' &&
      (await serverAnswersNoCors(serverUrl, (url, init) => fetch(url, init)));
    return { ok: false, code: refused ? 'origin-refused' : code, problem: null };
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
  // No enrolment left, so no server to reach; if this fails, the next start clears it.
  await getPlatform()
    .allowSyncServer(null)
    .catch(() => undefined);
  window.location.reload();
  return removed;
}
