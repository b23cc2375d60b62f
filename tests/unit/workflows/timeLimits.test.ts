/**
 * The workflows name time limits of the deadline engine (src-shared/calendar) by id and say
 * which context date starts each one. Every id must exist in the engine's table, and in every
 * reachable snapshot of a state the `from` date must be there to compute from.
 */
import { describe, expect, it } from 'vitest';
import { TIME_LIMITS, isTimeLimitId } from '../../../src-shared/calendar/timeLimits';
import { isNoticeInTime as calendarNoticeInTime } from '../../../src-shared/calendar/hearingNotice';
import { parseIsoDate } from '../../../src-shared/calendar/isoDate';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import { isNoticeInTime } from '../../../src-shared/workflows/hearing/noticeInTime';
import { workflowKinds } from '../../../src-shared/workflows/workflowKind';
import { ruleApplies, timeLimitsOf } from '../../../src-shared/workflows/timeLimitRules';
import { simpleWalks } from './walk';

const refs = workflowKinds.flatMap((kind) =>
  Object.entries(workflowCatalog[kind].states).flatMap(([state, meta]) =>
    timeLimitsOf(meta).map((ref) => ({ kind, state, ref })),
  ),
);

function at(context: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined,
      context,
    );
}

describe('time-limit references', () => {
  it("every limitId exists in the deadline engine's table", () => {
    const ids = [...new Set(refs.map((r) => r.ref.limitId))].sort();
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(ids.filter((id) => !isTimeLimitId(id))).toEqual([]);
  });

  it("the hearing notice and 15-day document windows match the engine's amounts", () => {
    expect(TIME_LIMITS['hearing.notice']).toMatchObject({ amount: 3, unit: 'calendarDays' });
    expect(TIME_LIMITS.decisionDocument).toMatchObject({ amount: 15, unit: 'calendarDays' });
  });

  it.each(refs)(
    '$kind / $state: `$ref.from` holds a date whenever the state is reached',
    ({ kind, state, ref }) => {
      const snapshots = simpleWalks(kind).filter((w) => w.target === state);
      expect(snapshots.length).toBeGreaterThan(0);
      for (const walk of snapshots) {
        if (!ruleApplies(ref, walk.targetContext)) continue;
        const start =
          at(walk.targetContext, ref.from) ??
          (ref.fallbackFrom === undefined ? undefined : at(walk.targetContext, ref.fallbackFrom));
        expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (ref.excludedFrom)
          expect(Array.isArray(at(walk.targetContext, ref.excludedFrom))).toBe(true);
        if (ref.extensionsFrom)
          expect(Array.isArray(at(walk.targetContext, ref.extensionsFrom))).toBe(true);
      }
    },
  );

  it('the hearing guard counts notice days exactly as the deadline engine does', () => {
    const hearing = '2025-10-10';
    for (let d = 1; d <= 9; d++) {
      const notice = `2025-10-0${String(d)}`;
      expect(isNoticeInTime(notice, hearing, 3)).toBe(
        calendarNoticeInTime(parseIsoDate(notice), parseIsoDate(hearing), 3),
      );
    }
  });
});
