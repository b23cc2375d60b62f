/** Every table of the 工作台 as sheets: the same figures the page shows, unit and mine side by side. */
import type { CodeCount, MonthPair, UnitFigures } from '../stats/unitFigures';
import type { Translate } from './caseListSheet';
import { wageArrearsSheet } from './wageArrearsSheet';
import type { XlsxColumn, XlsxSheet, XlsxValue } from './xlsxWorkbook';

function breakdownSheet(
  name: string,
  codeHeader: string,
  codePrefix: string,
  unit: readonly CodeCount[],
  mine: readonly CodeCount[],
  t: Translate,
): XlsxSheet {
  const mineByCode = new Map(mine.map((c) => [c.code, c.count]));
  return {
    name,
    columns: [
      { header: codeHeader, kind: 'text', width: 28 },
      { header: t('statsExport.column.unit'), kind: 'integer' },
      { header: t('statsExport.column.mine'), kind: 'integer' },
    ],
    rows: unit.map((c) => [t(`${codePrefix}.${c.code}`), c.count, mineByCode.get(c.code) ?? 0]),
  };
}

export function statsSheets(figures: UnitFigures, t: Translate): XlsxSheet[] {
  const { unit, mine } = figures;
  const scopeColumns = (kind: XlsxColumn['kind']): XlsxColumn[] => [
    { header: t('statsExport.column.figure'), kind: 'text', width: 30 },
    { header: t('statsExport.column.unit'), kind },
    { header: t('statsExport.column.mine'), kind },
  ];
  const pairRows = (label: string, u: MonthPair, m: MonthPair): XlsxValue[][] => [
    [`${label} · ${t('statsExport.thisMonth')}`, u.thisMonth, m.thisMonth],
    [`${label} · ${t('statsExport.lastMonth')}`, u.lastMonth, m.lastMonth],
  ];
  const cs = (key: string) => t(`statsExport.caseColumn.${key}`);
  return [
    breakdownSheet(
      t('statsExport.sheet.byFocalPoint'),
      cs('focalPoint'),
      'codes.focalPoint',
      unit.cases.byFocalPoint,
      mine.cases.byFocalPoint,
      t,
    ),
    breakdownSheet(
      t('statsExport.sheet.byType'),
      cs('caseType'),
      'codes.caseType',
      unit.cases.byType,
      mine.cases.byType,
      t,
    ),
    breakdownSheet(
      t('statsExport.sheet.byStatus'),
      cs('status'),
      'codes.caseStatus',
      unit.cases.byStatus,
      mine.cases.byStatus,
      t,
    ),
    {
      name: t('statsExport.sheet.overview'),
      columns: scopeColumns('integer'),
      rows: [
        [t('statsExport.figure.total'), unit.cases.total, mine.cases.total],
        ...pairRows(t('statsExport.figure.received'), unit.receivedByMonth, mine.receivedByMonth),
        [t('statsExport.figure.overdue'), unit.steps.overdue, mine.steps.overdue],
        [t('statsExport.figure.dueSoon'), unit.steps.dueSoon, mine.steps.dueSoon],
        ...pairRows(
          t('statsExport.figure.decidedCount'),
          unit.assistance.decidedCountByMonth,
          mine.assistance.decidedCountByMonth,
        ),
        ...pairRows(
          t('statsExport.figure.paidCount'),
          unit.assistance.paidCountByMonth,
          mine.assistance.paidCountByMonth,
        ),
      ],
    },
    {
      name: t('statsExport.sheet.assistance'),
      columns: scopeColumns('yuan'),
      rows: [
        [
          t('statsExport.figure.decidedAmount'),
          unit.assistance.decidedAmount,
          mine.assistance.decidedAmount,
        ],
        [
          t('statsExport.figure.paidAmount'),
          unit.assistance.paidAmount,
          mine.assistance.paidAmount,
        ],
        ...pairRows(
          t('statsExport.figure.decidedAmount'),
          unit.assistance.decidedAmountByMonth,
          mine.assistance.decidedAmountByMonth,
        ),
        ...pairRows(
          t('statsExport.figure.paidAmount'),
          unit.assistance.paidAmountByMonth,
          mine.assistance.paidAmountByMonth,
        ),
      ],
    },
    wageArrearsSheet(figures, t),
  ];
}
