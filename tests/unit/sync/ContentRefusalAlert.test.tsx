// @vitest-environment jsdom
/** The case page's alert words each content refusal in the person's language, with the server's note. */
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import type { ContentRefusalNote } from '../../../src-renderer/src/sync/contentRefusals';
import { stubMatchMedia } from '../../helpers/jsdomMantine';

const refusals = vi.fn<() => Promise<ContentRefusalNote[]>>();
vi.mock('../../../src-renderer/src/db/database', () => ({ getDb: () => ({}) }));
vi.mock('../../../src-renderer/src/sync', () => ({ listContentRefusals: () => refusals() }));

const { ContentRefusalAlert } =
  await import('../../../src-renderer/src/features/sync/ContentRefusalAlert');

beforeAll(() => {
  stubMatchMedia();
  initI18n('zh-CN');
});
afterEach(cleanup);

describe('ContentRefusalAlert', () => {
  it('shows a refused change of the case with its translated reason and the server’s note', async () => {
    refusals.mockResolvedValue([
      {
        deviceSeq: 3,
        op: 'update',
        deviceTime: '2026-12-01T02:00:00.000Z',
        code: 'record-too-large',
        reason: 'facts is longer than 200000 characters',
      },
    ]);
    render(
      <MantineProvider>
        <ContentRefusalAlert entity="case" entityId="case-1" />
      </MantineProvider>,
    );
    const alert = await screen.findByTestId('content-refusal');
    expect(alert.textContent).toContain('省级服务器拒收了本记录的一项更改');
    expect(alert.textContent).toContain('文字内容或整条记录超过服务器允许的长度');
    expect(alert.textContent).toContain('facts is longer than 200000 characters');
  });

  it('shows nothing when no change of the record was refused', async () => {
    refusals.mockResolvedValue([]);
    render(
      <MantineProvider>
        <ContentRefusalAlert entity="case" entityId="case-2" />
      </MantineProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('content-refusal')).toBeNull();
    expect(refusals).toHaveBeenCalled();
  });
});
