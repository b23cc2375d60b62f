import { describe, expect, it } from 'vitest';
import { buildCalendar, CN_HOLIDAY_TABLES, type IsoDate } from '../../../src-shared/calendar';
import { CaseIndex } from '../../../src-shared/search/caseIndex';
import {
  casesByStepDeadline,
  stepDeadlineClassifier,
  stepDeadlineOf,
} from '../../../src-shared/stats/stepDeadlines';
import { computeUnitFigures, type StatsCaseRow } from '../../../src-shared/stats/unitFigures';
import { doc } from '../search/searchFixtures';

const calendar = buildCalendar(CN_HOLIDAY_TABLES);

describe('stepDeadlineOf', () => {
  // Friday 6 June 2025, no holiday in the following week: Mon 9, Tue 10, Wed 11 are the 3 days.
  const friday = '2025-06-06' as IsoDate;

  it('counts 3 working days after today, skipping the weekend', () => {
    expect(stepDeadlineOf('2025-06-05', friday, calendar)).toBe('overdue');
    expect(stepDeadlineOf('2025-06-06', friday, calendar)).toBe('dueSoon');
    expect(stepDeadlineOf('2025-06-08', friday, calendar)).toBe('dueSoon');
    expect(stepDeadlineOf('2025-06-11', friday, calendar)).toBe('dueSoon');
    expect(stepDeadlineOf('2025-06-12', friday, calendar)).toBeNull();
  });

  it('skips the National Day holiday and counts its make-up Saturday as a working day', () => {
    // 1–8 October 2025 are holidays; Saturday 11 October is worked (State Council notice).
    const eve = '2025-09-30' as IsoDate;
    expect(stepDeadlineOf('2025-10-08', eve, calendar)).toBe('dueSoon');
    expect(stepDeadlineOf('2025-10-11', eve, calendar)).toBe('dueSoon');
    // Sunday 12 October still lies within 3 working days (9, 10, 11); Monday 13 is the 4th.
    expect(stepDeadlineOf('2025-10-12', eve, calendar)).toBe('dueSoon');
    expect(stepDeadlineOf('2025-10-13', eve, calendar)).toBeNull();
  });

  it('leaves a step without a due date out', () => {
    expect(stepDeadlineOf(null, friday, calendar)).toBeNull();
    expect(stepDeadlineOf('', friday, calendar)).toBeNull();
  });

  it('classifies many steps as one by one', () => {
    const classify = stepDeadlineClassifier(friday, calendar);
    for (const due of ['2025-06-05', '2025-06-11', '2025-06-12', '2025-06-05', null]) {
      expect(classify(due)).toBe(stepDeadlineOf(due, friday, calendar));
    }
  });
});

describe('the case list deadline filter and the 工作台 step figures', () => {
  const today = '2025-06-11' as IsoDate;
  const row = (id: string, handlerId: string): StatsCaseRow => ({
    id,
    caseType: 'civilJudgment',
    focalPoint: 'workers',
    status: 'inReview',
    handlerId,
    receivedAt: '2025-06-02',
  });
  const cases = [row('a', 'me'), row('b', 'me'), row('c', 'other'), row('d', 'me')];
  const workflows = [
    // Case a has two overdue steps: one case with a step overdue, one row in the list.
    { caseId: 'a', kind: 'reasoning', state: 'preparation', due: '2025-06-10' },
    { caseId: 'a', kind: 'publicHearing', state: 'notice', due: '2025-06-02' },
    { caseId: 'b', kind: 'reasoning', state: 'delivery', due: '2025-06-13' },
    { caseId: 'b', kind: 'publicHearing', state: 'notice', due: '2025-06-09' },
    { caseId: 'c', kind: 'reasoning', state: 'delivery', due: '2025-06-01' },
    { caseId: 'd', kind: 'reasoning', state: 'delivery', due: '2025-07-30' },
    // A deleted case: not counted, and the list does not show it.
    { caseId: 'gone', kind: 'reasoning', state: 'delivery', due: '2025-06-01' },
  ];

  it('puts a case in every bucket one of its steps is in, once', () => {
    const buckets = casesByStepDeadline(workflows, today, calendar);
    expect([...buckets.overdue].sort()).toEqual(['a', 'b', 'c', 'gone']);
    expect([...buckets.dueSoon]).toEqual(['b']);
  });

  it('lists as many cases as the figure counts', () => {
    const figures = computeUnitFigures({
      cases,
      workflows,
      assistance: [],
      userId: 'me',
      today,
      calendar,
    });
    expect(figures.mine.steps).toEqual({ overdue: 2, dueSoon: 1 });
    expect(figures.unit.steps).toEqual({ overdue: 3, dueSoon: 1 });

    const index = new CaseIndex();
    for (const c of cases) index.upsert(doc({ id: c.id, handlerId: c.handlerId }));
    index.upsert(doc({ id: 'gone', handlerId: 'me', deleted: 1 }));
    const buckets = casesByStepDeadline(workflows, today, calendar);
    const listed = (ids: Set<string>, handlerId?: string) =>
      index.query({ filters: { ids: [...ids], handlerId: handlerId ?? null } }).total;
    expect(listed(buckets.overdue, 'me')).toBe(figures.mine.steps.overdue);
    expect(listed(buckets.dueSoon, 'me')).toBe(figures.mine.steps.dueSoon);
    expect(listed(buckets.overdue)).toBe(figures.unit.steps.overdue);
  });

  it('lists no case when no case has a step in the bucket', () => {
    const index = new CaseIndex();
    index.upsert(doc({ id: 'x' }));
    expect(index.query({ filters: { ids: [] } }).total).toBe(0);
    expect(index.query({ filters: { ids: null } }).total).toBe(1);
  });
});
