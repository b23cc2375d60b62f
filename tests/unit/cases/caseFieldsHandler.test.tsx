// @vitest-environment jsdom
/**
 * The case card's required selects keep their value when the same option is chosen again; the
 * case type proposes a department.
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { stubMantineLayout, stubMatchMedia } from '../../helpers/jsdomMantine';

vi.mock('../../../src-renderer/src/features/cases/useUsers', () => ({
  useUsers: () => [
    { id: 'user-1', name: '李明' },
    { id: 'user-2', name: '王芳' },
  ],
}));

const { CaseFields } = await import('../../../src-renderer/src/features/cases/CaseFields');
const { emptyDraft, withCaseType } =
  await import('../../../src-renderer/src/features/cases/caseDraft');

beforeAll(() => {
  stubMatchMedia();
  stubMantineLayout();
  initI18n('zh-CN');
});
afterEach(cleanup);

function Form() {
  const [draft, setDraft] = useState(() => emptyDraft('user-1', '2026-11-20'));
  return <CaseFields draft={draft} errors={{}} onChange={setDraft} />;
}

describe('CaseFields', () => {
  it('issue 15 item 7: re-selecting the pre-filled 承办人 keeps it', async () => {
    render(
      <MantineProvider>
        <Form />
      </MantineProvider>,
    );
    const handler = screen.getByLabelText(/^承办人/, { selector: 'input' });
    expect(handler).toHaveProperty('value', '李明');
    fireEvent.click(handler);
    fireEvent.click(await screen.findByRole('option', { name: '李明' }));
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(handler).toHaveProperty('value', '李明');
  });

  const choose = async (label: RegExp, option: string) => {
    fireEvent.click(screen.getByLabelText(label, { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: option }));
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  };
  const renderForm = () =>
    render(
      <MantineProvider>
        <Form />
      </MantineProvider>,
    );

  it('choosing the case type proposes its department', async () => {
    renderForm();
    const department = screen.getByLabelText(/^承办部门/, { selector: 'input' });
    expect(department).toHaveProperty('value', '');
    await choose(/^案件类型/, '民事生效裁判监督');
    expect(department).toHaveProperty('value', '民事检察部门');
  });

  it('a department chosen first is never replaced by the case type’s', () => {
    const chosen = { ...emptyDraft('user-1', '2026-11-20'), department: 'complaints' };
    expect(withCaseType(chosen, 'civilJudgment').department).toBe('complaints');
    expect(withCaseType(emptyDraft('user-1', '2026-11-20'), 'administrative')).toMatchObject({
      caseType: 'administrative',
      department: 'administrative',
    });
  });
});
