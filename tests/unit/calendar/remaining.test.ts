import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAY_TABLES,
  buildCalendar,
  isNoticeInTime,
  latestNoticeDate,
  parseIsoDate,
  remaining,
} from '../../../src-shared/calendar';
import type { DeadlineState } from '../../../src-shared/calendar';

const d = parseIsoDate;
const calendar = buildCalendar(CN_HOLIDAY_TABLES);

describe('remaining', () => {
  it.each([
    // today, due, daysLeft, workingDaysLeft, state
    ['2025-10-16', '2025-10-16', 0, 0, 'dueToday'],
    ['2025-10-15', '2025-10-16', 1, 1, 'dueSoon'],
    // Nine calendar days, but 10-01..08 are holidays: only 10-09 is a working day.
    ['2025-09-30', '2025-10-09', 9, 1, 'dueSoon'],
    ['2025-10-14', '2025-10-17', 3, 3, 'dueSoon'], // the window's edge
    ['2025-10-13', '2025-10-20', 7, 5, 'ok'],
    ['2025-10-10', '2025-10-16', 6, 5, 'ok'], // counts the make-up Saturday 10-11
    // Overdue: working days after the due date up to today are 10-11 (make-up Sat) and 10-13.
    ['2025-10-13', '2025-10-10', -3, -2, 'overdue'],
    ['2026-02-13', '2026-02-24', 11, 2, 'dueSoon'], // 02-14 make-up + 02-24 across Spring Festival
  ] as const)(
    'today %s, due %s → %i days, %i working days, %s',
    (today, due, days, working, state) => {
      const result = remaining({ today: d(today), due: d(due), calendar });
      expect(result.daysLeft).toBe(days);
      expect(result.workingDaysLeft).toBe(working);
      expect(result.state).toBe<DeadlineState>(state);
      expect(result.coverage).toBe('official');
    },
  );

  it('honours a configured warning window', () => {
    const result = remaining({
      today: d('2025-10-13'),
      due: d('2025-10-20'),
      calendar,
      dueSoonWorkingDays: 5,
    });
    expect(result.state).toBe('dueSoon');
  });

  it('flags a due date in a year without a table', () => {
    expect(remaining({ today: d('2026-12-30'), due: d('2027-01-05'), calendar }).coverage).toBe(
      'assumed',
    );
  });
});

describe('hearing notice (a period counted backwards)', () => {
  it.each([
    // hearing, days, latest planned notice day, why
    ['2025-03-20', 3, '2025-03-17', 'Thu hearing → Mon'],
    ['2025-03-18', 3, '2025-03-14', 'hearing − 3 is a Saturday → back to Friday'],
    [
      '2025-10-10',
      3,
      '2025-09-30',
      'hearing − 3 is inside National Day 2025 → last working day before',
    ],
    ['2025-10-13', 3, '2025-10-10', 'Mon hearing → Fri 10-10, a working day'],
    [
      '2026-02-26',
      5,
      '2026-02-14',
      'hearing − 5 is 02-21 (Spring Festival) → the make-up Saturday 02-14',
    ],
  ] as const)('%s, %i days → %s (%s)', (hearing, days, latest, _why) => {
    expect(latestNoticeDate(d(hearing), days, calendar)).toBe(latest);
    expect(isNoticeInTime(d(latest), d(hearing), days)).toBe(true);
  });

  it.each([
    ['2025-10-07', '2025-10-10', true], // exactly 3 days: 10-07, 08, 09 are counted
    ['2025-10-08', '2025-10-10', false], // only 2 days
    ['2025-03-15', '2025-03-18', true], // a Saturday notice (by phone) is still legal
    ['2025-03-20', '2025-03-18', false], // after the hearing
  ] as const)('notice %s for a hearing on %s in time: %s', (notice, hearing, ok) => {
    expect(isNoticeInTime(d(notice), d(hearing), 3)).toBe(ok);
  });

  it.each([0, -1, 2.5, 61])('rejects a notice period of %d days', (days) => {
    expect(() => isNoticeInTime(d('2025-03-10'), d('2025-03-20'), days)).toThrow(RangeError);
    expect(() => latestNoticeDate(d('2025-03-20'), days, calendar)).toThrow(RangeError);
  });
});
