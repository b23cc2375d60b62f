import { describe, expect, it } from 'vitest';
import {
  CN_2025,
  CN_HOLIDAY_TABLES,
  buildCalendar,
  holidayTableSchema,
  parseIsoDate,
} from '../../../src-shared/calendar';
import type { HolidayTable } from '../../../src-shared/calendar';

const d = parseIsoDate;

/** A plausible 2027 table as the server might send it (dates invented for the test). */
const TABLE_2027 = {
  year: 2027,
  source: {
    title: '测试用2027年节假日安排',
    documentNumber: '测试〔2026〕1号',
    issuedOn: '2026-11-01',
  },
  blocks: [{ holiday: 'newYear', from: '2027-01-01', to: '2027-01-03' }],
  makeUpWorkdays: [{ date: '2027-01-09', holiday: 'newYear' }],
};

describe('holidayTableSchema', () => {
  it.each(CN_HOLIDAY_TABLES.map((t) => [t.year, t] as const))(
    'accepts the shipped %i table',
    (_, table) => {
      expect(holidayTableSchema.safeParse(table).success).toBe(true);
    },
  );

  it('accepts a well-formed reference-data table and brands its dates', () => {
    const parsed = holidayTableSchema.parse(TABLE_2027);
    expect(parsed.blocks[0]?.from).toBe('2027-01-01');
  });

  it.each([
    [
      'a weekday make-up day',
      { makeUpWorkdays: [{ date: '2027-01-06', holiday: 'newYear' }] },
      'validation.calendar.makeUpNotWeekend',
    ],
    [
      'a make-up day inside a block',
      { makeUpWorkdays: [{ date: '2027-01-02', holiday: 'newYear' }] },
      'validation.calendar.makeUpInsideBlock',
    ],
    [
      'a repeated make-up day',
      {
        makeUpWorkdays: [
          { date: '2027-01-09', holiday: 'newYear' },
          { date: '2027-01-09', holiday: 'newYear' },
        ],
      },
      'validation.calendar.duplicateMakeUp',
    ],
    [
      'a reversed block',
      { blocks: [{ holiday: 'newYear', from: '2027-01-03', to: '2027-01-01' }] },
      'validation.calendar.blockOrder',
    ],
    [
      'a 20-day block',
      { blocks: [{ holiday: 'springFestival', from: '2027-02-01', to: '2027-02-20' }] },
      'validation.calendar.blockTooLong',
    ],
    [
      'overlapping blocks',
      {
        blocks: [
          { holiday: 'newYear', from: '2027-01-01', to: '2027-01-03' },
          { holiday: 'springFestival', from: '2027-01-03', to: '2027-01-05' },
        ],
      },
      'validation.calendar.blocksOverlap',
    ],
    [
      'a block in another year',
      { blocks: [{ holiday: 'newYear', from: '2026-01-01', to: '2026-01-03' }] },
      'validation.calendar.outsideYear',
    ],
    [
      'an impossible date',
      { blocks: [{ holiday: 'newYear', from: '2027-02-30', to: '2027-03-01' }] },
      'validation.date',
    ],
    [
      'an unknown holiday',
      { blocks: [{ holiday: 'christmas', from: '2027-01-01', to: '2027-01-01' }] },
      'validation.choose',
    ],
    ['no blocks at all', { blocks: [] }, 'validation.calendar.noBlocks'],
    ['a fractional year', { year: 2027.5 }, 'validation.calendar.year'],
    [
      'a missing document number',
      { source: { ...TABLE_2027.source, documentNumber: ' ' } },
      'validation.required',
    ],
  ] as const)('rejects %s', (_, patch, message) => {
    const result = holidayTableSchema.safeParse({ ...TABLE_2027, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe('buildCalendar', () => {
  it('throws on a malformed table instead of guessing', () => {
    const broken: HolidayTable = {
      ...CN_2025,
      makeUpWorkdays: [{ date: d('2025-10-10'), holiday: 'nationalDayMidAutumn' }], // a Friday
    };
    expect(() => buildCalendar([broken])).toThrow(/2025.*makeUpNotWeekend/);
  });

  it('takes later years from reference data and turns coverage official', () => {
    const withServer = buildCalendar([...CN_HOLIDAY_TABLES, holidayTableSchema.parse(TABLE_2027)]);
    expect(withServer.coverage(d('2027-05-03'))).toBe('official');
    expect(withServer.isStatutoryHoliday(d('2027-01-01'))).toBe(true);
    expect(withServer.isWorkingDay(d('2027-01-09'))).toBe(true);
    // the shipped calendar knows only the 放假办法's own days of 2027, not the notice's make-up days
    expect(buildCalendar(CN_HOLIDAY_TABLES).isWorkingDay(d('2027-01-01'))).toBe(false);
    expect(buildCalendar(CN_HOLIDAY_TABLES).isWorkingDay(d('2027-01-09'))).toBe(false);
    expect(buildCalendar(CN_HOLIDAY_TABLES).coverage(d('2027-01-01'))).toBe('assumed');
  });

  it('lets a later table for the same year replace the shipped one', () => {
    const corrected: HolidayTable = {
      ...CN_2025,
      blocks: CN_2025.blocks.map((b) =>
        b.holiday === 'nationalDayMidAutumn' ? { ...b, to: d('2025-10-07') } : b,
      ),
    };
    const calendar = buildCalendar([...CN_HOLIDAY_TABLES, corrected]);
    expect(calendar.isWorkingDay(d('2025-10-08'))).toBe(true);
    expect(calendar.isStatutoryHoliday(d('2025-10-07'))).toBe(true);
  });
});
