// @vitest-environment jsdom
/**
 * The case list while only the database's first page is known: the count of every case, the rows
 * as read with that page (before their own reads return), the rest of the scroll range as
 * placeholders, the list marked busy and the export (which needs every id) not offered yet.
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import type { CaseSearchResult } from '../../../src-renderer/src/features/cases/caseSearch';
import { stubMantineLayout, stubMatchMedia } from '../../helpers/jsdomMantine';
import { validInput } from '../db/fixtures';

const record = {
  ...validInput(1),
  id: 'case-1',
  provisionalNo: '340102-2026-00001',
  status: 'received',
  deleted: 0,
} as unknown as CaseRecord;
let answer: CaseSearchResult;

vi.mock('../../../src-renderer/src/features/cases/caseListStore', () => ({
  useCaseList: () => ({ text: '', filters: {}, sort: 'updatedAt' }),
}));
vi.mock('../../../src-renderer/src/features/cases/caseSearch', () => ({
  useCaseSearch: () => answer,
}));
// The rows' own reads have not returned yet.
vi.mock('../../../src-renderer/src/features/cases/useCasesByIds', () => ({
  useCasesByIds: () => new Map(),
}));
vi.mock('../../../src-renderer/src/features/cases/CaseListFilters', () => ({
  CaseListFilters: () => null,
}));
vi.mock('../../../src-renderer/src/features/sync', () => ({
  SyncStateBadge: () => null,
  useRecordSyncStates: () => undefined,
}));

const { CaseListPage } = await import('../../../src-renderer/src/features/cases/CaseListPage');

beforeAll(() => {
  stubMatchMedia();
  stubMantineLayout();
  // A viewport for the virtual list: jsdom lays nothing out.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 640 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 800 });
  initI18n('zh-CN');
});
afterEach(cleanup);

function show() {
  render(
    <MantineProvider>
      <MemoryRouter>
        <CaseListPage />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('the case list before the search index is loaded', () => {
  it('shows every case counted, the first page’s rows, placeholders for the rest, busy', () => {
    answer = {
      ids: [record.id],
      total: 100_000,
      terms: [],
      ready: true,
      complete: false,
      records: new Map([[record.id, record]]),
    };
    show();
    expect(screen.getByText('共 100,000 件')).toBeTruthy();
    const list = screen.getByRole('list', { name: '案件' });
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('listitem', { name: record.title })).toBeTruthy();
    // The scroll range is the whole list's: 100,000 rows of 64 px.
    expect(list.style.height).toBe(`${String(100_000 * 64)}px`);
    expect(
      screen.getByRole('button', { name: '导出案件列表（Excel）' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('is the whole list once the index answered: not busy, export offered', () => {
    answer = { ids: [record.id], total: 1, terms: [], ready: true, complete: true };
    show();
    const list = screen.getByRole('list', { name: '案件' });
    expect(list.getAttribute('aria-busy')).toBe('false');
    expect(list.style.height).toBe('64px');
    expect(
      screen.getByRole('button', { name: '导出案件列表（Excel）' }).hasAttribute('disabled'),
    ).toBe(false);
  });
});
