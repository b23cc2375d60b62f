// @vitest-environment jsdom
/** A converted lead shows how its case stands: the status in words and the result. */
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LeadRow } from '../../../src-renderer/src/db/rowTypes';
import { LeadDetail } from '../../../src-renderer/src/features/leads/LeadDetail';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { stubMatchMedia } from '../../helpers/jsdomMantine';

const lead: LeadRow = {
  id: 'lead-1',
  rev: 3,
  seq: 1,
  updatedAt: '2026-03-01T00:00:00.000Z',
  origin: 'local',
  modelName: null,
  modelCode: null,
  batch: null,
  externalId: null,
  title: '某工地拖欠工资线索',
  content: '',
  parties: [],
  amount: null,
  focalPoint: 'workers',
  region: null,
  occurredAt: null,
  status: 'becameCase',
  dismissReason: null,
  caseId: 'case-1',
  statusAt: null,
  statusBy: null,
  createdAt: '2026-03-01T00:00:00.000Z',
  caseOutcome: {
    caseStatus: 'concluded',
    isClosed: true,
    result: '工资已全部追回',
    reportedAt: '2026-04-01T00:00:00.000Z',
  },
};

beforeAll(() => {
  stubMatchMedia();
  initI18n('zh-CN');
});
afterEach(cleanup);

describe('LeadDetail', () => {
  it('shows the outcome of the case the lead became', () => {
    render(
      <MantineProvider>
        <MemoryRouter>
          <LeadDetail lead={lead} />
        </MemoryRouter>
      </MantineProvider>,
    );
    expect(screen.getByText('案件办理情况')).toBeTruthy();
    expect(screen.getByText('已办结：工资已全部追回')).toBeTruthy();
  });
});
