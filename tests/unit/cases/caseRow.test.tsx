// @vitest-environment jsdom
/**
 * One line of the case list: masked ID number and phone, the facts' words when only they match,
 * and the sync badges from the state read for the whole screen (none until it is read).
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { CaseRow } from '../../../src-renderer/src/features/cases/CaseRow';
import type { RecordSyncState } from '../../../src-renderer/src/features/sync';
import { stubMatchMedia } from '../../helpers/jsdomMantine';
import { residentId, validInput } from '../db/fixtures';

const record = {
  ...validInput(7),
  id: 'case-7',
  provisionalNo: '340102-2026-00007',
  status: 'received',
  deleted: 0,
} as unknown as CaseRecord;

beforeAll(() => {
  stubMatchMedia();
  initI18n('zh-CN');
});
afterEach(cleanup);

function show(sync: RecordSyncState | undefined, terms: readonly string[] = []) {
  render(
    <MantineProvider>
      <MemoryRouter>
        <CaseRow record={record} terms={terms} sync={sync} />
      </MemoryRouter>
    </MantineProvider>,
  );
  return screen.getByRole('listitem', { name: record.title });
}

describe('a line of the case list', () => {
  it('links the title to the case and masks the ID number and phone', () => {
    const row = show({ isAccepted: true, hasConflict: false });
    expect(screen.getByRole('link', { name: record.title }).getAttribute('href')).toBe(
      '/cases/case-7',
    );
    expect(row.textContent).toContain('340102-2026-00007');
    expect(row.textContent).not.toContain(residentId(7));
    expect(row.textContent).not.toContain('13812345678');
    expect(row.textContent).toContain('138****5678');
  });

  it('says why the case was found when only its facts match', () => {
    const row = show({ isAccepted: true, hasConflict: false }, ['建筑工地']);
    expect(row.querySelector('mark')?.textContent).toBe('建筑工地');
  });

  it('shows "not synced" until the server accepted the case, and a conflict link', () => {
    show({ isAccepted: false, hasConflict: true });
    expect(screen.getByText('未同步')).toBeTruthy();
    expect(screen.getByRole('link', { name: '有同步冲突' }).getAttribute('href')).toBe(
      '/sync/conflicts',
    );
  });

  it('shows no sync badge for an accepted case, nor before its state is read', () => {
    show({ isAccepted: true, hasConflict: false });
    expect(screen.queryByText('未同步')).toBeNull();
    cleanup();
    show(undefined);
    expect(screen.queryByText('未同步')).toBeNull();
  });
});
