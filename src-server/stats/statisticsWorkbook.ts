/**
 * The statistics of the special action as the .xlsx the console downloads: the shared sheets
 * (src-shared/export/actionStatisticsSheets) with the labels of the app's own code lists, in
 * Chinese, the language of the people the file is handed to.
 */
import codesZh from '../../src-renderer/src/i18n/codes.zh-CN.json';
import exportZh from '../../src-shared/export/i18n/actionStatistics.zh-CN.json';
import { actionStatisticsSheets } from '../../src-shared/export/actionStatisticsSheets';
import { treeTranslator } from '../../src-shared/export/treeTranslator';
import { workbookBytes } from '../../src-shared/export/xlsxWorkbook';
import type { ActionStatistics } from '../../src-shared/stats/actionStatistics';

const t = treeTranslator(exportZh, codesZh);

export type StatisticsWorkbook = { bytes: Uint8Array; fileName: string };

export async function statisticsWorkbook(
  stats: ActionStatistics,
  unitNames: ReadonlyMap<string, string>,
): Promise<StatisticsWorkbook> {
  const values = { unit: stats.unit.name, date: stats.today };
  const sheets = actionStatisticsSheets(stats, {
    t,
    title: t('actionStatsExport.title', values),
    unitName: (code) => unitNames.get(code) ?? code,
  });
  return {
    bytes: await workbookBytes(sheets),
    fileName: `${t('actionStatsExport.fileName', values)}.xlsx`,
  };
}
