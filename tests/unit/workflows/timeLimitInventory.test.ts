/**
 * Item 4: every time limit of DOMAIN §9 (TIME_LIMITS) drives something — a workflow state that
 * waits on it, a case-level reminder, or the acceptance check of the application period — or it
 * is listed below as not modelled, with the reason. A new limit that drives nothing fails here.
 */
import { describe, expect, it } from 'vitest';
import { TIME_LIMITS, type TimeLimitId } from '../../../src-shared/calendar/timeLimits';
import { CASE_REMINDER_RULES } from '../../../src-shared/workflows/caseReminderRules';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import {
  applicationLimitOf,
  checkApplicationInTime,
} from '../../../src-shared/workflows/intake/applicationPeriod';
import { timeLimitsOf } from '../../../src-shared/workflows/timeLimitRules';
import { workflowKinds } from '../../../src-shared/workflows/workflowKind';

/**
 * Limits of acts the app does not record, so nothing could start their count. Keep this short:
 * wiring one means recording its triggering act, then deleting its line here.
 */
const NOT_MODELLED: Readonly<Partial<Record<TimeLimitId, string>>> = {
  // No recusal application is recorded anywhere in the app (民事/行政规则 Art. 17).
  'recusal.decision': 'recusal applications are not recorded',
  'recusal.reconsideration': 'recusal applications are not recorded',
  // Commissioning another procuratorate to investigate is not a step of any workflow.
  'investigation.commissioned': 'commissioned investigations are not recorded',
  // The 说明案件执行情况通知书 to a court (行政规则 Art. 112) is not among the app's documents.
  'court.enforcementExplanation': 'the enforcement-explanation notice is not modelled',
  // A court's suggestion on the procuratorate's own supervision (民事规则 Art. 122) is not recorded.
  'courtSuggestion.reply': "courts' suggestions are not recorded",
  // Case-flow monitoring notices (行政规则 Art. 118) belong to 案管's own system.
  'caseFlowMonitoring.reply': 'case-flow monitoring notices are not recorded',
};

type Driver = { limitId: string; by: string };

const stateDrivers: Driver[] = workflowKinds.flatMap((kind) =>
  Object.entries(workflowCatalog[kind].states).flatMap(([state, meta]) =>
    timeLimitsOf(meta).map((ref) => ({ limitId: ref.limitId, by: `${kind}.${state}` })),
  ),
);
const caseDrivers: Driver[] = CASE_REMINDER_RULES.map((rule) => ({
  limitId: rule.limitId,
  by: `case reminder${rule.kind ? ` (${rule.kind})` : ''}`,
}));
const intakeDrivers: Driver[] = (['civil', 'administrative'] as const).map((procedure) => ({
  limitId: applicationLimitOf(procedure),
  by: 'supervisionIntake.accept guard',
}));
const drivers = [...stateDrivers, ...caseDrivers, ...intakeDrivers];
const ids = Object.keys(TIME_LIMITS) as TimeLimitId[];

describe('item 4: every §9 time limit drives a reminder or a check', () => {
  it('the table holds the 32 limits of DOMAIN §9', () => {
    expect(ids).toHaveLength(32);
  });

  it('each limit is driven by a state, a case reminder or the intake check, or listed as not modelled', () => {
    const driven = new Set(drivers.map((d) => d.limitId));
    const idle = ids.filter((id) => !driven.has(id) && NOT_MODELLED[id] === undefined);
    expect(idle).toEqual([]);
    expect(driven.size).toBe(26);
  });

  it('lists as not modelled only limits that really drive nothing', () => {
    const exempt = Object.keys(NOT_MODELLED);
    expect(exempt.filter((id) => drivers.some((d) => d.limitId === id))).toEqual([]);
    expect(exempt.every((id) => id in TIME_LIMITS)).toBe(true);
    expect(exempt).toHaveLength(6);
  });

  it('names only limits of the table', () => {
    expect(drivers.filter((d) => !(d.limitId in TIME_LIMITS))).toEqual([]);
  });

  it.each(['civil', 'administrative'] as const)(
    'checks the %s application period at acceptance from the recorded start',
    (procedure) => {
      const start = procedure === 'civil' ? '2023-02-28' : '2024-08-28';
      // The last day is 2025-02-28 (a Friday): received on it passes, a working day later not.
      expect(
        checkApplicationInTime({ procedure, periodStartsOn: start, receivedOn: '2025-02-28' }),
      ).toEqual({ ok: true });
      expect(
        checkApplicationInTime({ procedure, periodStartsOn: start, receivedOn: '2025-03-03' }),
      ).toMatchObject({
        ok: false,
        messageKey: 'workflow.refusal.applicationPeriodPassed',
        details: { due: '2025-02-28', start },
      });
    },
  );
});
