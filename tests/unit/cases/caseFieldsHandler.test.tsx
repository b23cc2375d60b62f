// @vitest-environment jsdom
/** The case card's required selects keep their value when the same option is chosen again. */
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
const { emptyDraft } = await import('../../../src-renderer/src/features/cases/caseDraft');

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
});
