import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_TABLES,
  TIME_LIMITS,
  applyTimeLimitOverrides,
  buildCalendar,
  computeLimitDeadline,
  parseIsoDate,
  timeLimitEntries,
} from '../../../src-shared/calendar';
import type { TimeLimitId } from '../../../src-shared/calendar';

const d = parseIsoDate;
const calendar = buildCalendar(CN_HOLIDAY_TABLES);

describe('TIME_LIMITS (DOMAIN.md §9)', () => {
  it.each([
    // id, amount, unit, tag
    ['review.civil', 3, 'months', 'V'],
    ['review.administrative', 3, 'months', 'V'],
    ['hearing.notice', 3, 'calendarDays', 'S'],
    ['decisionDocument', 15, 'calendarDays', 'V'],
    ['acceptanceNotice', 3, 'calendarDays', 'V'],
    ['assistance.supplementNotice', 5, 'workingDays', 'S'],
    ['assistance.supplementWindow', 30, 'calendarDays', 'S'],
    ['assistance.decision', 10, 'workingDays', 'U'],
    ['assistance.notifyAfterFunds', 2, 'workingDays', 'S'],
    ['recommendation.reply', 2, 'months', 'V'],
    ['recommendation.fileUpward', 5, 'calendarDays', 'V'],
    ['petition.proceduralReply', 7, 'workingDays', 'S'],
    ['petition.substantiveReply', 3, 'months', 'S'],
    ['application.civil', 2, 'years', 'V'],
    ['court.retrialRulingAfterProtest', 30, 'calendarDays', 'V'],
  ] as const)('%s is %i %s [%s]', (id, amount, unit, tag) => {
    expect(TIME_LIMITS[id]).toMatchObject({ amount, unit, tag });
  });

  it('makes exactly the [S] and [U] limits configurable and names a Chinese basis for each', () => {
    for (const entry of timeLimitEntries()) {
      expect(entry.configurable, entry.id).toBe(entry.tag !== 'V');
      expect(entry.basis, entry.id).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('marks the hearing notice as a before-rule and only the review limits as excluding periods', () => {
    const before = timeLimitEntries().filter((e) => e.direction === 'before');
    expect(before.map((e) => e.id)).toEqual(['hearing.notice']);
    const excluding = timeLimitEntries().filter((e) => e.allowsExcludedPeriods);
    expect(excluding.map((e) => e.id)).toEqual(['review.civil', 'review.administrative']);
  });
});

describe('applyTimeLimitOverrides', () => {
  it('applies valid amounts to configurable limits and reports the rest', () => {
    const { table, rejected } = applyTimeLimitOverrides({
      'assistance.decision': 7,
      'petition.proceduralReply': 5,
      'review.civil': 6, // [V]: fixed by the rule
      'assistance.notifyAfterFunds': 0,
      'assistance.supplementWindow': 2.5,
      'petition.substantiveReply': '3',
      'no.such.limit': 3,
    });
    expect(table['assistance.decision'].amount).toBe(7);
    expect(table['petition.proceduralReply'].amount).toBe(5);
    expect(table['review.civil'].amount).toBe(3);
    expect(table['assistance.notifyAfterFunds'].amount).toBe(2);
    expect(table['assistance.supplementWindow'].amount).toBe(30);
    expect(rejected).toEqual([
      { id: 'review.civil', problem: 'notConfigurable' },
      { id: 'assistance.notifyAfterFunds', problem: 'invalidAmount' },
      { id: 'assistance.supplementWindow', problem: 'invalidAmount' },
      { id: 'petition.substantiveReply', problem: 'invalidAmount' },
      { id: 'no.such.limit', problem: 'unknownId' },
    ]);
    expect(TIME_LIMITS['assistance.decision'].amount).toBe(10); // the default is untouched
  });
});

describe('computeLimitDeadline', () => {
  it.each([
    // id, start, due
    ['assistance.decision', '2025-09-26', '2025-10-16'], // 10 working days across National Day
    ['assistance.notifyAfterFunds', '2025-09-30', '2025-10-10'], // 10-09 = 1, 10-10 = 2
    ['petition.proceduralReply', '2026-02-12', '2026-02-28'], // 02-13, 02-14*, 02-24..27, 02-28* (* make-up)
    ['decisionDocument', '2025-09-20', '2025-10-09'], // 15 days → 10-05, in the block
    ['review.civil', '2025-07-01', '2025-10-09'], // 3 months → 10-01, in the block
  ] as const)('%s from %s is due %s', (id, start, due) => {
    expect(computeLimitDeadline({ id, start: d(start), calendar }).due).toBe(due);
  });

  it('uses an overridden table', () => {
    const { table } = applyTimeLimitOverrides({ 'assistance.decision': 5 });
    const id: TimeLimitId = 'assistance.decision';
    expect(computeLimitDeadline({ id, start: d('2025-09-26'), calendar, table }).due).toBe(
      '2025-10-10',
    );
  });

  it('takes excluded periods only where the rule has them', () => {
    const excluded = [{ from: d('2025-08-01'), to: d('2025-08-10') }];
    const review = computeLimitDeadline({
      id: 'review.civil',
      start: d('2025-07-01'),
      calendar,
      excluded,
    });
    // 10-01 + 10 excluded days = 10-11, a make-up Saturday: a working day, so it stays.
    expect(review.due).toBe('2025-10-11');
    expect(() =>
      computeLimitDeadline({ id: 'decisionDocument', start: d('2025-07-01'), calendar, excluded }),
    ).toThrow(RangeError);
  });

  it('refuses the before-rule (use latestNoticeDate)', () => {
    expect(() =>
      computeLimitDeadline({ id: 'hearing.notice', start: d('2025-07-01'), calendar }),
    ).toThrow(/latestNoticeDate/);
  });
});
