import type { TFunction } from 'i18next';
import type { UnitFigures } from '../../../../src-shared/stats/unitFigures';
import { getPlatform } from '../../platform';
import { todayIso } from '../../ui/formatDate';
import { XLSX_FILTERS } from '../cases/exportCaseList';

/** Saves every table of the 工作台 as one .xlsx; the saved name, or null when cancelled. */
export async function exportStatistics(figures: UnitFigures, t: TFunction): Promise<string | null> {
  const [{ statsSheets }, { workbookBytes }] = await Promise.all([
    import('../../../../src-shared/export/statsSheets'),
    import('../../../../src-shared/export/xlsxWorkbook'),
  ]);
  const bytes = await workbookBytes(statsSheets(figures, (key) => t(key)));
  return getPlatform().saveFile(
    `${t('statsExport.statsFileName', { date: todayIso() })}.xlsx`,
    bytes,
    XLSX_FILTERS,
  );
}
