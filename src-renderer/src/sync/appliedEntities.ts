/**
 * Which entities the stored cursor was pulled for. A pull page moves the cursor past every state in
 * it, also past states of entities the build that pulled it passed over (an older build stored only
 * cases). So the cursor is stored with the list of entities applied up to it, and a build that
 * stores more starts its next pull from '0' once: states are applied by revision, so what the
 * device already holds is skipped and only what it passed over is written.
 */
import type { JianhuDb } from '../db/database';
import { APPLIED_ENTITIES } from '../db/remotePlan';

/** Meta key of the marker: the entities applied up to the stored cursor (absent: cases only). */
export const APPLIED_ENTITIES_KEY = 'sync.appliedEntities';

/** True when the stored cursor was pulled for every entity this build applies. */
export async function hasAppliedAllEntities(db: JianhuDb): Promise<boolean> {
  const value = (await db.meta.get(APPLIED_ENTITIES_KEY))?.value;
  if (!Array.isArray(value)) return false;
  return APPLIED_ENTITIES.every((entity) => value.includes(entity));
}

/** Where this run's pull starts: the stored cursor, or '0' after an upgrade that applies more. */
export async function pullStart(
  db: JianhuDb,
  cursor: string,
): Promise<{ cursor: string; isReset: boolean }> {
  if (await hasAppliedAllEntities(db)) return { cursor, isReset: false };
  return { cursor: '0', isReset: cursor !== '0' };
}

/** Inside the transaction that stores a cursor: that cursor covers every entity of this build. */
export async function writeAppliedEntities(db: JianhuDb): Promise<void> {
  await db.meta.put({ key: APPLIED_ENTITIES_KEY, value: [...APPLIED_ENTITIES] });
}
