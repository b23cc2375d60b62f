// @vitest-environment jsdom
/**
 * The leads table as a person sees it: source model (or "entered here"), the status in words,
 * selection by click, and the empty state; plus every status label existing in both locales.
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LEAD_STATUSES } from '../../../src-shared/domain/leadStatus';
import type { LeadRow } from '../../../src-renderer/src/db/rowTypes';
import { LeadList } from '../../../src-renderer/src/features/leads/LeadList';
import { initI18n, resources } from '../../../src-renderer/src/i18n/i18n';
import { stubMatchMedia } from '../../helpers/jsdomMantine';

function row(i: number, over: Partial<LeadRow> = {}): LeadRow {
  return {
    id: `lead-${String(i)}`,
    rev: 1,
    seq: i,
    updatedAt: '2026-03-01T00:00:00.000Z',
    origin: 'model',
    modelName: '社保虚假诉讼监督模型',
    modelCode: null,
    batch: 'B1',
    externalId: `E${String(i)}`,
    title: `线索 ${String(i)}`,
    content: '',
    parties: [],
    amount: 12000,
    focalPoint: null,
    region: null,
    occurredAt: null,
    status: 'new',
    dismissReason: null,
    caseId: null,
    statusAt: null,
    statusBy: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    ...over,
  };
}

beforeAll(() => {
  stubMatchMedia();
  initI18n('zh-CN');
});
afterEach(cleanup);

describe('LeadList', () => {
  it('shows each lead’s source and status, and selects one on click', () => {
    const onSelect = vi.fn();
    render(
      <MantineProvider>
        <LeadList
          leads={[row(1), row(2, { origin: 'local', modelName: null, status: 'dismissed' })]}
          selectedId={null}
          onSelect={onSelect}
        />
      </MantineProvider>,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('社保虚假诉讼监督模型新线索12,000'),
      expect.stringContaining('本院录入已排除'),
    ]);
    fireEvent.click(screen.getByText('线索 2'));
    expect(onSelect).toHaveBeenCalledWith('lead-2');
  });

  it('says so when there are no leads', () => {
    render(
      <MantineProvider>
        <LeadList leads={[]} selectedId={null} onSelect={() => undefined} />
      </MantineProvider>,
    );
    expect(screen.getByText(/没有线索/)).toBeTruthy();
  });

  it('has a label for every status in both locales', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const labels = (
        resources[locale].translation as { leads: { status: Record<string, string> } }
      ).leads.status;
      expect(LEAD_STATUSES.map((s) => typeof labels[s])).toEqual(LEAD_STATUSES.map(() => 'string'));
    }
  });
});
