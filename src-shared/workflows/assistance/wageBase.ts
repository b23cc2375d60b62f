/**
 * The wage base of judicial assistance: the province's previous-year average monthly wage
 * (上一年度职工月平均工资, DOMAIN.md §4.4). A versioned, editable table: the shipped default
 * holds Anhui's 2023 figures (used for 2024 cases); the server may push newer tables.
 */
import { z } from 'zod';

/** Which wage statistic the base uses (DOMAIN.md §4.4: which one Anhui uses was not found). */
export const WageSeries = {
  /** 城镇非私营单位就业人员平均工资: the headline "职工平均工资"; the shipped default [U]. */
  nonPrivateUnits: 'nonPrivateUnits',
  /** 城镇非私营单位在岗职工平均工资: the alternative, slightly higher. */
  onPostEmployees: 'onPostEmployees',
} as const;
export type WageSeries = (typeof WageSeries)[keyof typeof WageSeries];

export const wageBaseEntrySchema = z.object({
  /** GB/T 2260 code, e.g. 340000 for Anhui. */
  provinceCode: z.string().regex(/^\d{6}$/),
  provinceName: z.string().min(1),
  /** The year the statistic describes (cases of dataYear + 1 use it). */
  dataYear: z.int().min(2000).max(2100),
  series: z.enum([WageSeries.nonPrivateUnits, WageSeries.onPostEmployees]),
  /** Yuan per year. */
  annualWage: z.number().positive().max(12_000_000),
  source: z.string().min(1),
});
export type WageBaseEntry = z.infer<typeof wageBaseEntrySchema>;

export const wageBaseTableSchema = z.object({
  version: z.string().min(1),
  /** The series used unless a case says otherwise: editable, because it is an assumption. */
  defaultSeries: z.enum([WageSeries.nonPrivateUnits, WageSeries.onPostEmployees]),
  entries: z.array(wageBaseEntrySchema).min(1),
});
export type WageBaseTable = z.infer<typeof wageBaseTableSchema>;

/**
 * Shipped default. Figures from DOMAIN.md §4.4 (Anhui 2023 statistics). The default series is
 * non-private units because that is the figure the statistics bureau headlines as the average
 * wage, and it gives the lower (conservative) cap; switch `defaultSeries` if Anhui's practice
 * turns out to use on-post employees.
 */
export const defaultWageBaseTable: WageBaseTable = {
  version: 'anhui-2023.1',
  defaultSeries: WageSeries.nonPrivateUnits,
  entries: [
    {
      provinceCode: '340000',
      provinceName: '安徽省',
      dataYear: 2023,
      series: WageSeries.nonPrivateUnits,
      annualWage: 103_688,
      source: 'DOMAIN.md §4.4: Anhui 2023 城镇非私营单位就业人员年平均工资',
    },
    {
      provinceCode: '340000',
      provinceName: '安徽省',
      dataYear: 2023,
      series: WageSeries.onPostEmployees,
      annualWage: 106_769,
      source: 'DOMAIN.md §4.4: Anhui 2023 在岗职工年平均工资',
    },
  ],
};

/** Monthly base = annual / 12, unrounded: the amount is rounded once, at the end. */
export function monthlyWageBase(entry: Pick<WageBaseEntry, 'annualWage'>): number {
  return entry.annualWage / 12;
}

export function findWageBase(
  table: WageBaseTable,
  provinceCode: string,
  dataYear: number,
  series: WageSeries = table.defaultSeries,
): WageBaseEntry | undefined {
  return table.entries.find(
    (e) => e.provinceCode === provinceCode && e.dataYear === dataYear && e.series === series,
  );
}
