import type { TFunction } from 'i18next';
import { getCasesByIds } from '../../db/caseQueries';
import { getDb } from '../../db/database';
import { listUsers } from '../../db/setup';
import { getPlatform, type FileFilter } from '../../platform';
import { todayIso } from '../../ui/formatDate';

export const XLSX_FILTERS: readonly FileFilter[] = [{ name: 'Excel', extensions: ['xlsx'] }];

/** Rows read per IndexedDB request: bounds memory on a 10k list without a request per case. */
const CHUNK = 2000;

/**
 * Saves the cases `ids` (the list's current result, in its order) as an .xlsx. exceljs is loaded
 * only here, so the list itself stays light. Resolves to the saved name, or null when cancelled.
 */
export async function exportCaseList(ids: readonly string[], t: TFunction): Promise<string | null> {
  const [{ caseListSheet }, { workbookBytes }] = await Promise.all([
    import('../../../../src-shared/export/caseListSheet'),
    import('../../../../src-shared/export/xlsxWorkbook'),
  ]);
  const db = getDb();
  const users = await listUsers(db);
  const rows = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const found = await getCasesByIds(db, ids.slice(start, start + CHUNK));
    for (const record of found) if (record) rows.push(record);
  }
  const names = new Map(users.map((u) => [u.id as string, u.name]));
  const bytes = await workbookBytes([caseListSheet(rows, (key) => t(key), names)]);
  return getPlatform().saveFile(
    `${t('statsExport.caseFileName', { date: todayIso() })}.xlsx`,
    bytes,
    XLSX_FILTERS,
  );
}
