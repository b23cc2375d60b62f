/** Jianhu's sync engine in Chromium, on the app's database (see localWrites.jianhuOpen). */
import { createSyncEngine, enrollDevice } from '../../src-renderer/src/sync';
import { jianhuClient, jianhuDb } from './localWrites';

const pageFetch = (input: string, init: RequestInit) => fetch(input, init);

export async function syncEnroll(serverUrl: string, code: string): Promise<void> {
  await enrollDevice({ db: jianhuDb(), serverUrl, code, fetch: pageFetch, now: () => new Date() });
}

function engine(serverUrl: string, onPhase: (phase: string) => void) {
  return createSyncEngine({
    db: jianhuDb(),
    serverUrl,
    fetch: pageFetch,
    now: () => new Date(),
    random: Math.random,
    onStatus: (status) => {
      if (status.kind === 'syncing') onPhase(status.phase);
    },
  });
}

export type Uploaded = { uploadMs: number; runMs: number; left: number; status: string };

/** Drains the outbox: time until the engine turns to pulling (every push acked), and the whole run. */
export async function syncUpload(serverUrl: string): Promise<Uploaded> {
  let uploadMs = Number.NaN;
  const t0 = performance.now();
  const e = engine(serverUrl, (phase) => {
    if (phase === 'pull' && Number.isNaN(uploadMs)) uploadMs = performance.now() - t0;
  });
  const status = await e.syncNow();
  const runMs = performance.now() - t0;
  return { uploadMs, runMs, left: await jianhuDb().outbox.count(), status: status.kind };
}

export type Downloaded = { pullMs: number; searchableMs: number; cases: number; status: string };

/** A new device: pulls everything, then waits until the search index holds it. */
export async function syncDownload(serverUrl: string): Promise<Downloaded> {
  const t0 = performance.now();
  const status = await engine(serverUrl, () => undefined).syncNow();
  const pullMs = performance.now() - t0;
  await jianhuClient().sync();
  const searchableMs = performance.now() - t0;
  return { pullMs, searchableMs, cases: await jianhuDb().cases.count(), status: status.kind };
}
