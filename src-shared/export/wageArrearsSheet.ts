/**
 * The wage-arrears figures of the 工作台 as one sheet (DOMAIN.md §1.3 reports exactly these to the
 * city): one row for the unit, one for the signed-in user.
 */
import type { WageArrearsFigures } from '../domain/caseTypeFigures';
import type { UnitFigures } from '../stats/unitFigures';
import type { Translate } from './caseListSheet';
import type { XlsxSheet, XlsxValue } from './xlsxWorkbook';

function figureRow(scope: string, w: WageArrearsFigures): XlsxValue[] {
  // No rate (no card gives both amounts) is an empty cell, not 0 %: nothing was measured.
  return [scope, w.cases, w.workers, w.amountOwed, w.amountRecovered, w.recoveryRate ?? null];
}

export function wageArrearsSheet(figures: UnitFigures, t: Translate): XlsxSheet {
  const col = (key: string) => t(`statsExport.wageArrears.${key}`);
  return {
    name: t('statsExport.sheet.wageArrears'),
    columns: [
      { header: t('statsExport.column.scope'), kind: 'text', width: 12 },
      { header: col('cases'), kind: 'integer' },
      { header: col('workers'), kind: 'integer' },
      { header: col('amountOwed'), kind: 'yuan', width: 18 },
      { header: col('amountRecovered'), kind: 'yuan', width: 18 },
      { header: col('recoveryRate'), kind: 'percent' },
    ],
    rows: [
      figureRow(t('statsExport.column.unit'), figures.unit.wageArrears),
      figureRow(t('statsExport.column.mine'), figures.mine.wageArrears),
    ],
  };
}
