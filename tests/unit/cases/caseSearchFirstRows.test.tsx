// @vitest-environment jsdom
/**
 * While the search worker is still reading its saved index, the plain case list is answered from
 * IndexedDB (the stored count and the newest rows, marked incomplete), and the index's answer
 * replaces it once loaded; a search with words waits for the index. The index is let start
 * restoring only once those first rows are shown (a search with words lets it start at once).
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openJianhuDb, setDb, type JianhuDb } from '../../../src-renderer/src/db/database';
import { MetaKey } from '../../../src-renderer/src/db/meta';
import {
  setSearchClient,
  startSearchIndex,
  type SearchClient,
} from '../../../src-renderer/src/search';
import type { SearchStatus } from '../../../src-renderer/src/search/searchProtocol';
import { useCaseSearch } from '../../../src-renderer/src/features/cases/caseSearch';
import { unlockedKeyring, validInput } from '../db/fixtures';

vi.mock('../../../src-renderer/src/search', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  startSearchIndex: vi.fn(),
}));

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
  vi.mocked(startSearchIndex).mockClear();
  setSearchClient(null);
  db?.close();
  db = null;
});

/** Cases written raw, the last one deleted; the stored count is what the test says it is. */
async function seed(count: number, stored: number | null = count - 1): Promise<string[]> {
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
  if (stored === null) await db.meta.delete(MetaKey.liveCases);
  else await db.meta.put({ key: MetaKey.liveCases, value: stored });
  return ids;
}

describe('the case list while the index loads', () => {
  it('shows the count and newest rows from the database, then the index answer', async () => {
    const ids = await seed(4);
    if (!db) throw new Error('seeded');
    const pageReads = vi.spyOn(db.cases, 'orderBy');
    const fake = fakeClient();
    setSearchClient(fake.client);
    const { result } = renderHook(() =>
      useCaseSearch({ text: '', filters: NO_FILTERS, sort: 'updatedAt' }),
    );
    expect(startSearchIndex).not.toHaveBeenCalled();
    // The last one is deleted: 3 cases, newest first, with their rows; not the whole list yet.
    await waitFor(() => expect(result.current.ready).toBe(true));
    // Only now, with the rows shown, may the index start reading its segments.
    await waitFor(() => expect(startSearchIndex).toHaveBeenCalledTimes(1));
    expect(result.current).toMatchObject({
      total: 3,
      ids: [ids[2], ids[1], ids[0]],
      complete: false,
    });
    expect([...(result.current.records?.keys() ?? [])]).toEqual([ids[2], ids[1], ids[0]]);

    // A partial answer given while loading does not replace them.
    act(() => fake.asked[0]?.resolve({ ids: [], total: 0, terms: [] }));
    expect(result.current.total).toBe(3);

    // The segments are read, the index still loads: the page stays, and is not read again.
    act(() => fake.setStatus({ version: 1 }));
    await waitFor(() => expect(fake.asked.length).toBe(2));
    act(() => fake.asked[1]?.resolve({ ids: [], total: 0, terms: [] }));
    expect(result.current).toMatchObject({ total: 3, ids: [ids[2], ids[1], ids[0]] });
    expect(pageReads).toHaveBeenCalledTimes(1);

    act(() => fake.setStatus({ phase: 'ready', version: 2 }));
    await waitFor(() => expect(fake.asked.length).toBe(3));
    act(() => fake.asked[2]?.resolve({ ids: [ids[0] ?? ''], total: 1, terms: [] }));
    await waitFor(() =>
      expect(result.current).toMatchObject({ total: 1, ready: true, complete: true }),
    );
  });

  it('takes the total from the stored count, and counts the rows only when it is unknown', async () => {
    // A stored figure unlike the rows shows that it is read, not counted.
    await seed(4, 1234);
    const fake = fakeClient();
    setSearchClient(fake.client);
    const stored = renderHook(() =>
      useCaseSearch({ text: '', filters: NO_FILTERS, sort: 'updatedAt' }),
    );
    await waitFor(() => expect(stored.result.current.total).toBe(1234));
    cleanup();
    db?.close();

    await seed(4, null);
    setSearchClient(fakeClient().client);
    const counted = renderHook(() =>
      useCaseSearch({ text: '', filters: NO_FILTERS, sort: 'receivedAt' }),
    );
    await waitFor(() => expect(counted.result.current.total).toBe(3));
    expect(counted.result.current.ids).toHaveLength(3);
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
    expect(startSearchIndex).toHaveBeenCalled();
    act(() => fake.asked[0]?.resolve({ ids: ['x'], total: 1, terms: ['工资'] }));
    await waitFor(() => expect(result.current.total).toBe(1));
    expect(result.current.ready).toBe(false);
  });
});
