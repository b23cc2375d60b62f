/**
 * Issue 11 item 10 as the app shows it: due dates of extensions and of the supplement window,
 * and the extension refusal's detail line.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { attemptTransition, startWorkflow } from '../../../src-shared/workflows';
import type { PersistedWorkflowSnapshot, WorkflowKind } from '../../../src-shared/workflows';
import { computeWorkflowDue } from '../../../src-renderer/src/db/workflowDue';
import { periodAndCitationDetails } from '../../../src-renderer/src/features/workflows/periodAndCitationDetails';
import { resources } from '../../../src-renderer/src/i18n/i18n';
import { chiefApproval } from '../workflows/fixtures';
import { expectOk, reach, send } from '../workflows/walk';

const AT = '2025-12-31T09:00:00+08:00';

function run(
  kind: WorkflowKind,
  input: unknown,
  events: readonly { type: string; data: unknown }[],
): PersistedWorkflowSnapshot {
  const started = startWorkflow(kind, input);
  if (!started.ok) throw new Error(JSON.stringify(started.reason));
  return events.reduce((snapshot, event) => {
    const result = attemptTransition(kind, snapshot, event, {
      by: 'u1',
      role: 'chiefProcurator',
      at: AT,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    return result.snapshot;
  }, started.snapshot);
}

describe('issue 11 item 10: due dates of extended and received periods', () => {
  it('counts an extension from the review’s own last day, not the day a holiday moved it to', () => {
    // 07-01 + 3 months = 10-01 (National Day; due moved to 10-09). One month more runs from
    // 10-01 to Saturday 11-01, so the due date is Monday 11-03, not 11-10 (10-09 + 1 month, moved).
    const snapshot = run('adminResolution', { caseId: 'c1', reviewStartedOn: '2025-07-01' }, [
      {
        type: 'extendReview',
        data: { approval: chiefApproval, extendBy: { amount: 1, unit: 'months' } },
      },
    ]);
    expect(computeWorkflowDue('adminResolution', snapshot)).toMatchObject({
      start: '2025-07-01',
      due: '2025-11-03',
    });
  });

  it('runs the supplement window from the receipt date, or the issue date of an older record', () => {
    const notice = (extra: object) =>
      expectOk(
        send(
          'judicialAssistance',
          reach('judicialAssistance', 'materials'),
          'issueSupplementNotice',
          { issuedOn: '2025-03-05', missing: ['hardshipProof'], ...extra },
          'procurator',
        ),
      );
    const due = (snapshot: PersistedWorkflowSnapshot) =>
      computeWorkflowDue('judicialAssistance', snapshot)?.due;
    expect(due(notice({ receivedOn: '2025-03-12' }))).toBe('2025-04-11');
    expect(due(notice({ transitDays: 5 }))).toBe('2025-04-09');
    // A record made before the window's start was stored: only the issue date is there.
    const older = notice({});
    const context = older.context as { supplement: Record<string, unknown> };
    const { windowStartsOn: _dropped, ...supplement } = context.supplement;
    expect(due({ ...older, context: { ...context, supplement } })).toBe('2025-04-07');
  });
});

describe('issue 11 item 10: the extension refusal names the maximum', () => {
  it('shows the maximum and the latest last day in both languages', async () => {
    const details = {
      maximumAmount: 3,
      maximumUnit: 'months',
      latestLastDay: '2025-07-06',
      requestedLastDay: '2025-07-07',
    };
    for (const [lng, expected] of [
      ['zh-CN', '累计延长不得超过3个月：期限最后一日最迟为2025-07-06'],
      ['en', 'Extensions may total at most 3 months: the last day can be 2025-07-06'],
    ] as const) {
      const i18n = i18next.createInstance();
      await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
      expect(periodAndCitationDetails(details, i18n.t).join('\n')).toContain(expected);
    }
  });
});
