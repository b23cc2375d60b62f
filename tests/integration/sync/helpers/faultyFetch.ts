/**
 * A fetch that misbehaves on cue, for property tests that need many fast runs (the TCP-level
 * faults live in faultProxy.ts). It also records every changeId pushed, to check afterwards that
 * each one is stored on the server exactly once.
 */
import type { FetchLike } from '../../../../src-renderer/src/sync';

/** What happens to one request. */
export type FetchFault =
  /** Never reaches the server. */
  | 'drop-request'
  /** The server handles it; the answer is lost on the way back. */
  | 'drop-response'
  /** Sent twice (a retrying middlebox); the second answer is returned. */
  | 'duplicate';

export type FaultyFetch = {
  fetch: FetchLike;
  /** Faults for the next requests, in order; `null` lets one through untouched. */
  plan: (FetchFault | null)[];
  sentChangeIds: Set<string>;
};

function changeIdsOf(body: RequestInit['body']): string[] {
  if (typeof body !== 'string') return [];
  const parsed = JSON.parse(body) as { changes?: { changeId: string }[] };
  return (parsed.changes ?? []).map((c) => c.changeId);
}

export function createFaultyFetch(): FaultyFetch {
  const state: FaultyFetch = {
    plan: [],
    sentChangeIds: new Set(),
    fetch: async (input, init) => {
      const fault = state.plan.shift() ?? null;
      if (fault === 'drop-request') throw new TypeError('fetch failed (dropped request)');
      for (const id of changeIdsOf(init.body)) state.sentChangeIds.add(id);
      if (fault === 'duplicate') {
        const first = await fetch(input, init);
        await first.text();
        return fetch(input, init);
      }
      const response = await fetch(input, init);
      if (fault === 'drop-response') {
        await response.text();
        throw new TypeError('fetch failed (dropped response)');
      }
      return response;
    },
  };
  return state;
}
