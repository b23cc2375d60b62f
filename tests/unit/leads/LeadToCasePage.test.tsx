// @vitest-environment jsdom
/**
 * Converting a lead to a case is two writes (the case, then the lead's "became case"). When the
 * second fails, saving again records it for the case already saved — it never makes a second case.
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { stubMatchMedia } from '../../helpers/jsdomMantine';

const saveCase = vi.fn();
const recordBecameCase = vi.fn();
const navigate = vi.fn();

vi.mock('react-router', () => ({
  useParams: () => ({ id: 'lead-1' }),
  useNavigate: () => navigate,
}));
vi.mock('../../../src-renderer/src/features/cases', () => ({
  CaseFields: () => null,
  saveCase: (...args: unknown[]) => saveCase(...args) as unknown,
}));
vi.mock('../../../src-renderer/src/features/leads/commands', () => ({
  recordBecameCase: (...args: unknown[]) => recordBecameCase(...args) as unknown,
}));
vi.mock('../../../src-renderer/src/features/leads/useLeads', () => ({
  useLead: () => ({ id: 'lead-1', status: 'verifying' }),
}));
vi.mock('../../../src-renderer/src/features/leads/leadDraft', () => ({
  caseDraftFromLead: () => ({ title: '线索转案' }),
}));
vi.mock('../../../src-renderer/src/app/useCurrentUser', () => ({
  useCurrentUser: () => ({ id: 'user-1' }),
}));

const { LeadToCasePage } = await import('../../../src-renderer/src/features/leads/LeadToCasePage');

beforeAll(() => {
  stubMatchMedia();
  initI18n('zh-CN');
});
afterEach(cleanup);

describe('LeadToCasePage', () => {
  it('retries only the lead’s status after it failed, for the case already saved', async () => {
    saveCase.mockResolvedValue({ ok: true, value: { id: 'case-9' } });
    recordBecameCase
      .mockResolvedValueOnce({ ok: false, code: 'not-found' })
      .mockResolvedValueOnce({ ok: true });
    render(
      <MantineProvider>
        <LeadToCasePage />
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '保存案件' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '找不到该线索。');
    fireEvent.click(screen.getByRole('button', { name: '保存案件' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/cases/case-9'));
    expect(saveCase).toHaveBeenCalledTimes(1);
    expect(recordBecameCase.mock.calls).toEqual([
      ['lead-1', 'case-9'],
      ['lead-1', 'case-9'],
    ]);
  });
});
