// @vitest-environment jsdom
/**
 * A step form whose proposals arrive late (the server's wage table read from a slow disk) keeps
 * what the person already typed: the late start replays the edits over the new proposals.
 */
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { workflowCatalog, type AvailableEvent } from '../../../src-shared/workflows';
import type { WorkflowRecord } from '../../../src-renderer/src/db/workflowRows';
import { EventDialog } from '../../../src-renderer/src/features/workflows/EventDialog';
import type { WorkflowView } from '../../../src-renderer/src/features/workflows/workflowView';
import { initI18n } from '../../../src-renderer/src/i18n/i18n';
import { stubMantineLayout, stubMatchMedia } from '../../helpers/jsdomMantine';

// undefined while the table is still being read, null once read and none came from the server.
const wageTable = vi.hoisted((): { current: null | undefined } => ({ current: undefined }));
vi.mock('../../../src-renderer/src/features/workflows/useReferenceWageBases', () => ({
  useReferenceWageBases: () => wageTable.current,
}));
vi.mock('../../../src-renderer/src/features/workflows/useDuplicateAssistance', () => ({
  useDuplicateAssistance: () => [],
}));
vi.mock('../../../src-renderer/src/features/hearingPool', () => ({
  useOfficerPool: () => [],
}));
vi.mock('../../../src-renderer/src/app/useCurrentUser', () => ({ useCurrentUser: () => null }));

beforeAll(() => {
  stubMatchMedia();
  stubMantineLayout();
  initI18n('zh-CN');
});
afterEach(cleanup);

const def = workflowCatalog.judicialAssistance;
const event: AvailableEvent = {
  type: 'recordHarm',
  titleKey: 'workflow.judicialAssistance.events.recordHarm',
  allowedRoles: ['procurator'],
  requiredFields: def.events['recordHarm']?.schema as AvailableEvent['requiredFields'],
  allowed: true,
};
const workflow = { id: 'wf-1', kind: 'judicialAssistance', due: null } as unknown as WorkflowRecord;
const view = { def, context: {}, events: [event] } as unknown as WorkflowView;
const caseRecord = { id: 'case-1', department: 'civil', parties: [] } as unknown as CaseRecord;

const dialog = () => (
  <MantineProvider>
    <EventDialog
      workflow={workflow}
      view={view}
      event={event}
      caseRecord={caseRecord}
      onClose={() => undefined}
    />
  </MantineProvider>
);

describe('a step form whose proposals arrive late', () => {
  it('keeps what was typed before the wage table was read', () => {
    wageTable.current = undefined;
    const { rerender } = render(dialog());
    const description = document.querySelector('textarea');
    if (!description) throw new Error('no text area in the form');
    fireEvent.change(description, { target: { value: '拖欠工资三个月，生活困难' } });

    wageTable.current = null; // read: no table from the server, the shipped one applies
    rerender(dialog());

    expect(document.querySelector('textarea')?.value).toBe('拖欠工资三个月，生活困难');
  });
});
