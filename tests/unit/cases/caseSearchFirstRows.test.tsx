// @vitest-environment jsdom
/**
 * While the search worker is still reading its saved index, the plain case list is answered from
 * IndexedDB (the count and the newest rows), and the index's answer replaces it once loaded; a
 * search with words waits for the index.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openJianhuDb, setDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { setSearchClient, type SearchClient } from '../../../src-renderer/src/search';
import type { SearchStatus } from '../../../src-renderer/src/search/searchProtocol';
import { useCaseSearch } from '../../../src-renderer/src/features/cases/caseSearch';
import { unlockedKeyring, validInput } from '../db/fixtures';

const NO_FILTERS = {
  caseType: null,
  focalPoint: null,
  status: null,
  handlerId: null,
  deadline: null,
};

type Answer = { ids: string[]; total: number; terms: string[] };

/** A search client whose status the test moves and whose answers it gives by hand. */
function fakeClient() {
  let status: SearchStatus = { phase: 'loading', indexed: 0, pending: 0, version: 0, skipped: 0 };
  const listeners = new Set<(s: SearchStatus) => void>();
  const asked: { text: string; resolve: (a: Answer) => void }[] = [];
  const client = {
    ready: Promise.resolve(),
    query: (q: { text: string }) =>
      new Promise<Answer>((resolve) => asked.push({ text: q.text, resolve })),
    notifyChanged: () => undefined,
    sync: () => Promise.resolve(),
    rebuild: () => Promise.resolve(),
    flush: () => Promise.resolve(),
    get status() {
      return status;
    },
    subscribe: (l: (s: SearchStatus) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose: () => undefined,
  } as unknown as SearchClient;
  return {
    client,
    asked,
    setStatus(next: Partial<SearchStatus>) {
      status = { ...status, ...next };
      for (const l of listeners) l(status);
    },
  };
}

let db: JianhuDb | null = null;
afterEach(() => {
  cleanup();
  setSearchClient(null);
  db?.close();
  db = null;
});

async function seed(count: number): Promise<string[]> {
  db = openJianhuDb(`first-rows-${String(Math.random())}`, { keyring: unlockedKeyring() });
  setDb(db);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `01900000-0000-7000-8000-00000000010${String(i)}`;
    ids.push(id);
    await db.cases.add({
      ...validInput(i + 1),
      id,
      rev: 0,
      seq: i + 1,
      deleted: i === count - 1 ? 1 : 0,
      updatedAt: `2026-05-0${String(i + 1)}T02:00:00.000Z`,
    } as never);
  }
  return ids;
}

describe('the case list while the index loads', () => {
  it('shows the count and newest rows from the database, then the index answer', async () => {
    const ids = await seed(4);
    const fake = fakeClient();
    setSearchClient(fake.client);
    const { result } = renderHook(() =>
      useCaseSearch({ text: '', filters: NO_FILTERS, sort: 'updatedAt' }),
    );
    // The last one is deleted: 3 cases, newest first.
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current).toMatchObject({ total: 3, ids: [ids[2], ids[1], ids[0]] });

    // A partial answer given while loading does not replace them.
    act(() => fake.asked[0]?.resolve({ ids: [], total: 0, terms: [] }));
    expect(result.current.total).toBe(3);

    act(() => fake.setStatus({ phase: 'ready', version: 1 }));
    await waitFor(() => expect(fake.asked.length).toBe(2));
    act(() => fake.asked[1]?.resolve({ ids: [ids[0] ?? ''], total: 1, terms: [] }));
    await waitFor(() => expect(result.current).toMatchObject({ total: 1, ready: true }));
  });

  it('does not answer a search with words from the database', async () => {
    await seed(2);
    const fake = fakeClient();
    setSearchClient(fake.client);
    const { result } = renderHook(() =>
      useCaseSearch({ text: '工资', filters: NO_FILTERS, sort: 'relevance' }),
    );
    await waitFor(() => expect(fake.asked.length).toBe(1));
    expect(result.current.ready).toBe(false);
    act(() => fake.asked[0]?.resolve({ ids: ['x'], total: 1, terms: ['工资'] }));
    await waitFor(() => expect(result.current.total).toBe(1));
    expect(result.current.ready).toBe(false);
  });
});
