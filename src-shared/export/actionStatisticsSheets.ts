/**
 * The statistics of the special action (src-shared/stats/actionStatistics) as sheets, one per
 * table the console's 统计 page shows, each under a title line naming the unit and the day.
 * Codes are shown by the labels of the app's code lists; a code no list knows, as it came.
 */
import { UNKNOWN_KEY, type ActionStatistics, type KeyCount } from '../stats/actionStatistics';
import type { Translate } from './caseListSheet';
import type { XlsxColumn, XlsxSheet, XlsxValue } from './xlsxWorkbook';

/** The code lists (`codes.<list>` in the locale files) the breakdowns' keys come from. */
export type CodeList = 'focalPoint' | 'caseType' | 'caseStatus';

/** A code's label in `list`: "not filled in" for the empty key, the code itself when unknown. */
export function codeLabel(t: Translate, list: CodeList, code: string): string {
  if (code === UNKNOWN_KEY) return t('actionStatsExport.unknown');
  const key = `codes.${list}.${code}`;
  const label = t(key);
  return label === key ? code : label;
}

export type ActionStatisticsSheetOptions = {
  t: Translate;
  /** The line above every sheet's headers (unit and day). */
  title: string;
  /** A unit's name by its code; the code when the unit is not known. */
  unitName: (code: string) => string;
};

export function actionStatisticsSheets(
  stats: ActionStatistics,
  { t, title, unitName }: ActionStatisticsSheetOptions,
): XlsxSheet[] {
  const column = (key: string, kind: XlsxColumn['kind'], width?: number): XlsxColumn =>
    width === undefined
      ? { header: t(`actionStatsExport.column.${key}`), kind }
      : { header: t(`actionStatsExport.column.${key}`), kind, width };
  const figure = (key: string) => t(`actionStatsExport.figure.${key}`);
  const sheet = (key: string, columns: XlsxColumn[], rows: XlsxValue[][]): XlsxSheet => ({
    id: key,
    name: t(`actionStatsExport.sheet.${key}`),
    title,
    columns,
    rows,
  });
  const breakdown = (key: string, header: string, rows: KeyCount[], label: (k: string) => string) =>
    sheet(
      key,
      [column(header, 'text', 36), column('cases', 'integer')],
      rows.map((r) => [label(r.key), r.count]),
    );
  const counts = (key: string, rows: [string, number][]) =>
    sheet(
      key,
      [column('figure', 'text', 30), column('count', 'integer')],
      rows.map(([name, n]) => [figure(name), n]),
    );
  const { cases, assistance: a } = stats;
  return [
    counts('overview', [
      ['total', cases.total],
      ['overdue', stats.deadlines.overdue],
      ['dueSoon', stats.deadlines.dueSoon],
    ]),
    breakdown('byUnit', 'unit', cases.byUnit, unitName),
    breakdown('byFocalPoint', 'focalPoint', cases.byFocalPoint, (k) =>
      codeLabel(t, 'focalPoint', k),
    ),
    breakdown('byCaseType', 'caseType', cases.byCaseType, (k) => codeLabel(t, 'caseType', k)),
    breakdown('byStatus', 'status', cases.byStatus, (k) => codeLabel(t, 'caseStatus', k)),
    sheet(
      'assistance',
      [column('figure', 'text', 30), column('count', 'integer'), column('amount', 'yuan', 18)],
      [
        [figure('applications'), a.applications, null],
        [figure('decisions'), a.decisions, a.amountDecided],
        [figure('refusals'), a.refusals, null],
        [figure('advances'), a.advances, a.advanceAmount],
        [figure('payments'), a.payments, a.amountPaid],
      ],
    ),
    counts('outcomes', [
      ['reconciliations', stats.reconciliations],
      ['terminations', stats.terminations],
      ['hearingsHeld', stats.hearingsHeld],
      ['recommendationsIssued', stats.recommendationsIssued],
      ['protestsIssued', stats.protestsIssued],
    ]),
    sheet(
      'trends',
      [
        column('month', 'month', 12),
        { header: figure('casesRegistered'), kind: 'integer' },
        { header: figure('decisions'), kind: 'integer' },
        { header: figure('amountDecided'), kind: 'yuan', width: 20 },
        { header: figure('amountPaid'), kind: 'yuan', width: 20 },
      ],
      stats.trends.map((m) => [
        m.month,
        m.casesRegistered,
        m.decisions,
        m.amountDecided,
        m.amountPaid,
      ]),
    ),
  ];
}
