/**
 * One year's public-holiday arrangement as the State Council General Office publishes it
 * (国务院办公厅关于…年部分节假日安排的通知): the rest blocks (放假调休) and the weekend days that
 * become working days (调休上班). The shipped years live in ./holidays; later years arrive as
 * server reference data and must pass `holidayTableSchema` before `buildCalendar` sees them.
 * Validation messages are i18n keys (`validation.calendar.*`).
 */
import { z } from 'zod';
import { addDays, diffDays, isWeekend, isoDateSchema, toDayNumber, yearOf } from './isoDate';
import type { IsoDate } from './isoDate';

/** The holidays a notice arranges; UI labels are i18n keys `calendar.holiday.<key>`. */
export const HolidayKey = {
  /** 元旦 New Year's Day. */
  newYear: 'newYear',
  /** 春节 Spring Festival. */
  springFestival: 'springFestival',
  /** 清明节 Qingming Festival. */
  qingming: 'qingming',
  /** 劳动节 Labour Day. */
  labourDay: 'labourDay',
  /** 端午节 Dragon Boat Festival. */
  dragonBoat: 'dragonBoat',
  /** 中秋节 Mid-Autumn Festival. */
  midAutumn: 'midAutumn',
  /** 国庆节 National Day. */
  nationalDay: 'nationalDay',
  /** 国庆节、中秋节 merged into one block (e.g. 2025). */
  nationalDayMidAutumn: 'nationalDayMidAutumn',
} as const;
export type HolidayKey = (typeof HolidayKey)[keyof typeof HolidayKey];

/** The notice a table was typed from, so every date can be traced to its source. */
export type HolidaySource = {
  /** Full title, e.g. 国务院办公厅关于2025年部分节假日安排的通知. */
  readonly title: string;
  /** Document number, e.g. 国办发明电〔2024〕12号. */
  readonly documentNumber: string;
  readonly issuedOn: IsoDate;
  readonly url?: string;
};

/** A run of consecutive rest days (放假调休), both ends included. */
export type HolidayBlock = {
  readonly holiday: HolidayKey;
  readonly from: IsoDate;
  readonly to: IsoDate;
};

/** A Saturday or Sunday that is a working day (调休上班) for the named holiday. */
export type MakeUpWorkday = { readonly date: IsoDate; readonly holiday: HolidayKey };

export type HolidayTable = {
  readonly year: number;
  readonly source: HolidaySource;
  readonly blocks: readonly HolidayBlock[];
  readonly makeUpWorkdays: readonly MakeUpWorkday[];
};

/** The longest block ever arranged is 9 days (2026 Spring Festival); 14 leaves room, not typos. */
const MAX_BLOCK_DAYS = 14;

/**
 * Make-up days and block ends may spill into the neighbouring month of the next or previous year
 * (the 2019 notice put a make-up day on 2018-12-29), but no further.
 */
function isNearYear(date: IsoDate, year: number): boolean {
  const y = yearOf(date);
  if (y === year) return true;
  const month = Number(date.slice(5, 7));
  return (y === year - 1 && month === 12) || (y === year + 1 && month === 1);
}

const text = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, {
      error: 'validation.tooLong',
    });

const sourceSchema = z.object({
  title: text(200),
  documentNumber: text(100),
  issuedOn: isoDateSchema,
  url: z.url({ error: 'validation.url' }).optional(),
});

const holidayKeySchema = z.enum(HolidayKey, { error: 'validation.choose' });

const blockSchema = z.object({ holiday: holidayKeySchema, from: isoDateSchema, to: isoDateSchema });

const makeUpSchema = z.object({ date: isoDateSchema, holiday: holidayKeySchema });

const YEAR_ERROR = 'validation.calendar.year';

/** Checks a table from reference data: shape, then the facts a real notice always satisfies. */
export const holidayTableSchema = z
  .object({
    year: z
      .number({ error: YEAR_ERROR })
      .int({ error: YEAR_ERROR })
      .min(1990, { error: YEAR_ERROR })
      .max(2199, { error: YEAR_ERROR }),
    source: sourceSchema,
    blocks: z
      .array(blockSchema)
      .min(1, { error: 'validation.calendar.noBlocks' })
      .max(20, { error: 'validation.tooLong' }),
    makeUpWorkdays: z.array(makeUpSchema).max(20, { error: 'validation.tooLong' }),
  })
  .superRefine((table, ctx) => {
    const fail = (path: (string | number)[], message: string) => {
      ctx.addIssue({ code: 'custom', path, message });
    };
    const restDays = new Set<number>();
    table.blocks.forEach((block, i) => {
      const length = diffDays(block.from, block.to) + 1;
      if (length < 1 || length > MAX_BLOCK_DAYS) {
        const key =
          length < 1 ? 'validation.calendar.blockOrder' : 'validation.calendar.blockTooLong';
        fail(['blocks', i, 'to'], key);
        return;
      }
      const touchesYear = yearOf(block.from) === table.year || yearOf(block.to) === table.year;
      const endsNear = isNearYear(block.from, table.year) && isNearYear(block.to, table.year);
      if (!touchesYear || !endsNear) fail(['blocks', i], 'validation.calendar.outsideYear');
      for (let offset = 0; offset < length; offset++) {
        const day = toDayNumber(addDays(block.from, offset));
        if (restDays.has(day)) {
          fail(['blocks', i], 'validation.calendar.blocksOverlap');
          break;
        }
        restDays.add(day);
      }
    });
    const seen = new Set<string>();
    table.makeUpWorkdays.forEach((makeUp, i) => {
      const path = ['makeUpWorkdays', i, 'date'];
      if (seen.has(makeUp.date)) fail(path, 'validation.calendar.duplicateMakeUp');
      seen.add(makeUp.date);
      if (!isNearYear(makeUp.date, table.year)) fail(path, 'validation.calendar.outsideYear');
      if (!isWeekend(makeUp.date)) fail(path, 'validation.calendar.makeUpNotWeekend');
      if (restDays.has(toDayNumber(makeUp.date))) {
        fail(path, 'validation.calendar.makeUpInsideBlock');
      }
    });
  }) satisfies z.ZodType<HolidayTable>;
