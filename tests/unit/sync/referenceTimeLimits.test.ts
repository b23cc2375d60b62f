/**
 * Issue 11 item 8: overrides of the configurable ([S]/[U]) time limits come from the server's
 * reference data, are applied in the app's deadline computation, and name their source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { timeLimitOverridesSchema } from '../../../src-shared/calendar';
import { REFERENCE_DATA_SCHEMAS, isReferenceKind } from '../../../src-shared/sync/reference';
import { setReferenceTimeLimits } from '../../../src-renderer/src/db/activeTimeLimits';
import { computeWorkflowDue } from '../../../src-renderer/src/db/workflowDue';
import { reach } from '../workflows/walk';

const SOURCE = {
  title: '安徽省人民检察院国家司法救助工作实施办法',
  documentNumber: '皖检发〔2026〕1号',
};

afterEach(() => {
  setReferenceTimeLimits(undefined);
});

describe('issue 11 item 8: time-limit overrides from reference data', () => {
  it('is a reference kind whose payload refuses [V] limits, unknown ids and bad amounts', () => {
    expect(isReferenceKind('timeLimits')).toBe(true);
    const ok = { source: SOURCE, amounts: { 'assistance.supplementWindow': 60 } };
    expect(REFERENCE_DATA_SCHEMAS.timeLimits.safeParse(ok).success).toBe(true);
    const bad = timeLimitOverridesSchema.safeParse({
      source: SOURCE,
      amounts: { 'application.civil': 3, 'no.such': 3, 'assistance.decision': 0 },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['amounts.application.civil', 'validation.timeLimit.notConfigurable'],
      ['amounts.no.such', 'validation.timeLimit.unknownId'],
      ['amounts.assistance.decision', 'validation.timeLimit.invalidAmount'],
    ]);
  });

  it('moves the supplement window to the configured 60 days and names the source', () => {
    // Notice 2025-03-05: 30 days → 04-04, in the Qingming block → 04-07 (shipped default).
    const snapshot = reach('judicialAssistance', 'awaitingSupplement');
    const shipped = computeWorkflowDue('judicialAssistance', snapshot);
    expect(shipped).toMatchObject({ limitId: 'assistance.supplementWindow', due: '2025-04-07' });
    expect(shipped).not.toHaveProperty('override');

    setReferenceTimeLimits({ source: SOURCE, amounts: { 'assistance.supplementWindow': 60 } });
    // 60 days → 05-04, inside the Labour Day block (05-01..05) → 05-06.
    expect(computeWorkflowDue('judicialAssistance', snapshot)).toEqual({
      limitId: 'assistance.supplementWindow',
      direction: 'after',
      start: '2025-03-05',
      due: '2025-05-06',
      coverage: 'official',
      override: { amount: 60, unit: 'calendarDays', source: SOURCE },
    });
  });

  it('leaves limits the payload does not name on the shipped amount, without a source', () => {
    setReferenceTimeLimits({ source: SOURCE, amounts: { 'assistance.decision': 7 } });
    const snapshot = reach('judicialAssistance', 'awaitingSupplement');
    expect(computeWorkflowDue('judicialAssistance', snapshot)).toMatchObject({
      due: '2025-04-07',
    });
    expect(computeWorkflowDue('judicialAssistance', snapshot)).not.toHaveProperty('override');
  });
});
