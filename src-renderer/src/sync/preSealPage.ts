/**
 * Before a pulled page's transaction: its cases' sensitive values sealed ahead with WebCrypto
 * (security/preSealing.ts), for the rows the page will most likely store. The guess is the row a
 * case takes on a device that has no local row and no pending change of it (a new device's whole
 * first download); where the planned row turns out different, sealRow seals it itself. Never
 * fails the pull: a pre-seal that breaks only leaves the synchronous seal to do the work.
 */
import { planRemoteCase } from '../db/applyRemote';
import type { JianhuDb } from '../db/database';
import { splitRevision } from '../db/revisions';
import { preSealRows } from '../security/preSealing';
import type { ServerState } from './apply';

const NO_PENDING: ReadonlySet<string> = new Set();

export async function preSealPage(db: JianhuDb, states: readonly ServerState[]): Promise<void> {
  if (!db.keyring?.isUnlocked()) return;
  const rows = states.flatMap((state) => {
    const plan = state.entity === 'case' ? planRemoteCase(undefined, NO_PENDING, state) : null;
    if (!plan) return [];
    const { row } = splitRevision(plan.record);
    return [{ row, primaryKey: row.id }];
  });
  try {
    await preSealRows(db.keyring.keys(), db.cases.name, rows);
  } catch {
    // Sealed synchronously in the transaction instead (see the file comment).
  }
}
