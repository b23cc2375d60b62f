import { describe, expect, it } from 'vitest';
import { startFields } from '../../../src-renderer/src/features/workflows/startFields';
import { cleanValues } from '../../../src-renderer/src/features/workflows/form/formValues';
import { workflowCatalog } from '../../../src-shared/workflows';

describe('issue 15 item 1: the start dialog', () => {
  it('offers no local limits (months cap, ceiling, thresholds) to the handler', () => {
    const names = startFields('judicialAssistance').map((f) => f.name);
    expect(names).not.toContain('config');
    expect(names).not.toContain('caseId');
  });

  it('starts with the 36-month cap even when a form sends a raised one', () => {
    const fields = startFields('judicialAssistance');
    const sent = cleanValues(fields, { config: { monthsCap: 48 } });
    const input = workflowCatalog.judicialAssistance.inputSchema.safeParse({
      ...sent,
      caseId: 'case-1',
    });
    expect(
      input.success && (input.data as { config: { monthsCap: number } }).config.monthsCap,
    ).toBe(36);
  });
});

describe('issue 15 item 1: the administrative review start', () => {
  it('issue 15 item 1: offers no extension maximum to the handler', () => {
    const names = startFields('adminResolution').map((f) => f.name);
    expect(names).not.toContain('extensionMaximum');
    expect(names).toContain('reviewStartedOn');
  });
});
