/**
 * A device that pushes its whole outbox in batches through whichever server a balancer picks,
 * as the app's engine does: a batch leaves the outbox only once a server answered every change of
 * it; a cut connection or a 5xx sends the same batch again to the next server.
 */
import type { PushChange } from '../../../../src-shared/sync/push';
import { pushResponseSchema } from '../../../../src-shared/sync/push';
import { create, nextId, update } from './changes';

export type PushTally = {
  requests: number;
  /** Batches sent again after a cut connection or a 5xx. */
  retries: number;
  /** 5xx answers (a cut connection is not one). */
  serverErrors: number;
  /** The device's last sequence as the final answer gave it. */
  lastSeq: number;
};

/** What every case of `outboxOf` says in the end. */
export const FINAL_CLAIMS = '请求二';

/** `records` cases, each created and then updated twice (3 changes each, sequences 1, 2, 3 …). */
export function outboxOf(records: number, label: string): PushChange[] {
  const changes: PushChange[] = [];
  for (let i = 0; i < records; i++) {
    const id = nextId();
    const seq = 3 * i;
    changes.push(create(seq + 1, id, { title: `${label}-${String(i)}` }));
    // Both updates are made on rev 1, before the first was answered: the server overlays the
    // device's own later patches, so neither conflicts.
    changes.push(update(seq + 2, id, 1, { claims: '请求一' }));
    changes.push(update(seq + 3, id, 1, { claims: FINAL_CLAIMS, facts: `事实 ${String(i)}` }));
  }
  return changes;
}

/** Sends `changes` in batches of `batchSize`; `pick()` names the server of each request. */
export async function pushOutbox(
  token: string,
  changes: readonly PushChange[],
  batchSize: number,
  pick: () => string,
  {
    maxRetries = 30,
    onSettled = () => undefined,
  }: {
    maxRetries?: number;
    /** Called when a request to `url` ends, answered or cut. */
    onSettled?: (url: string) => void;
  } = {},
): Promise<PushTally> {
  const tally: PushTally = { requests: 0, retries: 0, serverErrors: 0, lastSeq: 0 };
  for (let from = 0; from < changes.length;) {
    const batch = changes.slice(from, from + batchSize);
    tally.requests += 1;
    let body: unknown = null;
    const url = pick();
    try {
      const response = await fetch(`${url}/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ changes: batch }),
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status >= 500) tally.serverErrors += 1;
      else if (response.status !== 200)
        throw new Error(`push answered ${String(response.status)}: ${await response.text()}`);
      else body = await response.json();
    } catch (error) {
      // A cut connection or a refused one (the server is gone): retry below. Anything else fails.
      if (!(error instanceof TypeError) && !(error instanceof DOMException)) throw error;
    } finally {
      onSettled(url);
    }
    if (body === null) {
      tally.retries += 1;
      if (tally.retries > maxRetries) throw new Error('too many retries');
      continue;
    }
    const answer = pushResponseSchema.parse(body);
    for (const result of answer.results) {
      const first = result.status === 'duplicate' ? result.original : result;
      if (first.status !== 'applied')
        throw new Error(`change ${result.changeId} answered ${JSON.stringify(result)}`);
    }
    tally.lastSeq = answer.lastSeq;
    from += batch.length;
  }
  return tally;
}
