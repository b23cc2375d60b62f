// @vitest-environment jsdom
/** The empty case list offers the demo data a first user looks for. */
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { stubMantineLayout, stubMatchMedia } from '../../helpers/jsdomMantine';

vi.mock('../../../src-renderer/src/features/cases/caseListStore', () => ({
  useCaseList: () => ({ text: '', filters: {}, sort: 'updatedDesc' }),
}));
vi.mock('../../../src-renderer/src/features/cases/caseSearch', () => ({
  useCaseSearch: () => ({ ready: true, complete: true, total: 0, ids: [], terms: [] }),
}));
vi.mock('../../../src-renderer/src/features/cases/useCasesByIds', () => ({
  useCasesByIds: () => new Map(),
}));
vi.mock('../../../src-renderer/src/features/cases/CaseListFilters', () => ({
  CaseListFilters: () => null,
}));

const { CaseListPage } = await import('../../../src-renderer/src/features/cases/CaseListPage');

beforeAll(() => {
  stubMatchMedia();
  stubMantineLayout();
  initI18n('zh-CN');
});
afterEach(cleanup);

describe('the empty case list', () => {
  it('issue 15: offers the demo data, saying it stays on this device', () => {
    render(
      <MantineProvider>
        <MemoryRouter>
          <CaseListPage />
        </MemoryRouter>
      </MantineProvider>,
    );
    const link = screen.getByRole('link', { name: '去载入演示数据' });
    expect(link.getAttribute('href')).toBe('/settings');
    expect(screen.getByText(/不会同步到省级服务器/)).toBeTruthy();
  });
});
