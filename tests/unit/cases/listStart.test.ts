/**
 * A sign-in warms the case list: the plain list's first page is asked for at once (the search
 * worker is left to start with the list page), and the list takes that answer instead of reading
 * again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let loaded = false;

vi.mock('../../../src-renderer/src/db/caseQueries', () => ({
  readListStart: vi.fn((_db: unknown, { sort }: { sort: string }) => {
    calls.push(`read ${sort}`);
    return Promise.resolve({ total: 7, rows: [{ id: `newest by ${sort}` }] });
  }),
}));
vi.mock('../../../src-renderer/src/db/database', () => ({ getDb: () => ({}) }));
vi.mock('../../../src-renderer/src/search', () => ({
  isSearchLoaded: () => loaded,
  getSearchClient: () => {
    calls.push('search started');
    return {};
  },
}));

const { firstPage, warmCaseList } =
  await import('../../../src-renderer/src/features/cases/listStart');
const { useCaseList } = await import('../../../src-renderer/src/features/cases/caseListStore');

beforeEach(() => {
  calls.length = 0;
  loaded = false;
  useCaseList.getState().reset();
});
afterEach(async () => {
  // Nothing warmed may be left for the next test.
  await firstPage('updatedAt');
});

describe('warming the case list at sign-in', () => {
  it('asks for the first page without starting the search worker, and the list takes it', async () => {
    warmCaseList();
    expect(calls).toEqual(['read updatedAt']);

    const answer = await firstPage('updatedAt');
    expect(answer).toMatchObject({ total: 7, ids: ['newest by updatedAt'], complete: false });
    expect(answer.records?.get('newest by updatedAt')).toEqual({ id: 'newest by updatedAt' });
    expect(calls).toEqual(['read updatedAt']);

    // Taken once: a later question reads again.
    await firstPage('updatedAt');
    expect(calls).toEqual(['read updatedAt', 'read updatedAt']);
  });

  it('reads in the order the list is sorted by, and again when the order changed since', async () => {
    useCaseList.getState().setSort('receivedAt');
    warmCaseList();
    await firstPage('updatedAt');
    expect(calls).toEqual(['read receivedAt', 'read updatedAt']);
  });

  it('reads nothing for a list with words or filters, nor once the index is loaded', () => {
    useCaseList.getState().setFilter('caseType', 'civilEnforcement');
    warmCaseList();
    expect(calls).toEqual([]);

    calls.length = 0;
    useCaseList.getState().reset();
    loaded = true;
    warmCaseList();
    expect(calls).toEqual([]);
  });
});
