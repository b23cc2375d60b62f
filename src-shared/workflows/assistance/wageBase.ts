/**
 * The wage base of judicial assistance: the province's previous-year average monthly wage
 * (上一年度职工月平均工资, DOMAIN.md §4.4). A versioned, editable table: the shipped default
 * holds Anhui's 2022 and 2023 figures (used for 2023 and 2024 decisions); the provincial server
 * pushes newer tables as reference data (kind `wageBases`).
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

function anhui(
  dataYear: number,
  series: WageSeries,
  annualWage: number,
  source: string,
): WageBaseEntry {
  return { provinceCode: '340000', provinceName: '安徽省', dataYear, series, annualWage, source };
}

/** Where the shipped figures come from: the provincial statistics bureau's release [S]. */
const ANHUI_2023_RELEASE =
  '安徽省统计局 2024-07 发布（瑶海区统计局转载 hfyaohai.gov.cn/public/19621/110327899.html）[S]';

/**
 * Shipped default. Figures from DOMAIN.md §4.4 and the bureau's 2023 release, which also gives
 * 2022 (the on-post figure of 2022 is derived from the release's "比上年增加4770元"). No 2024
 * figure could be verified: decisions of 2025 on fall back to 2023 with a warning until the
 * server's table has it. The default series is non-private units because that is the figure the
 * statistics bureau headlines as the average wage, and it gives the lower (conservative) cap;
 * switch `defaultSeries` if Anhui's practice turns out to use on-post employees.
 */
export const defaultWageBaseTable: WageBaseTable = {
  version: 'anhui-2023.2',
  defaultSeries: WageSeries.nonPrivateUnits,
  entries: [
    anhui(2022, WageSeries.nonPrivateUnits, 98_649, `${ANHUI_2023_RELEASE}: 2022 就业人员`),
    anhui(
      2022,
      WageSeries.onPostEmployees,
      101_999,
      `${ANHUI_2023_RELEASE}: 2022 在岗职工（推算）`,
    ),
    anhui(
      2023,
      WageSeries.nonPrivateUnits,
      103_688,
      'DOMAIN.md §4.4: Anhui 2023 城镇非私营单位就业人员年平均工资 [S]',
    ),
    anhui(
      2023,
      WageSeries.onPostEmployees,
      106_769,
      'DOMAIN.md §4.4: Anhui 2023 在岗职工年平均工资 [S]',
    ),
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

/** The statistic's year a decision uses: the year before the decision's (上一年度). */
export function wageBaseYearFor(decisionDate: string): number {
  return Number(decisionDate.slice(0, 4)) - 1;
}

/** The base proposed for a decision, and whether it is the year the rule asks for. */
export type WageBaseChoice = {
  entry: WageBaseEntry;
  /** The year the rule asks for (decision year − 1). */
  expectedYear: number;
  /** The table lacks `expectedYear`: another year's figure is used and must be confirmed. */
  isStale: boolean;
};

/**
 * The table's default series for the province, from the decision's previous year; when that year
 * is missing, the latest earlier year, else the latest year the table has (flagged as stale).
 */
export function chooseWageBase(
  table: WageBaseTable,
  provinceCode: string,
  decisionDate: string,
): WageBaseChoice | undefined {
  const expectedYear = wageBaseYearFor(decisionDate);
  const candidates = table.entries
    .filter((e) => e.provinceCode === provinceCode && e.series === table.defaultSeries)
    .sort((a, b) => b.dataYear - a.dataYear);
  const entry = candidates.find((e) => e.dataYear <= expectedYear) ?? candidates[0];
  return entry && { entry, expectedYear, isStale: entry.dataYear !== expectedYear };
}
