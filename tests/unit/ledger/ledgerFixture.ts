import ExcelJS from 'exceljs';
import codesEn from '../../../src-renderer/src/i18n/codes.en.json';
import codesZh from '../../../src-renderer/src/i18n/codes.zh-CN.json';
import type { LedgerContext } from '../../../src-shared/ledger';

export const HEADERS = ['序号', '案件名称', '当事人', '身份证号', '案件类型', '受理日期', '承办人'];

/** Valid resident IDs (GB 11643 check characters). */
export const IDS = ['11010519491231002X', '110105199003074472', '34010219850612301X'];

export async function xlsxOf(
  rows: unknown[][],
  edit?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let partyNo = 0;
export function context(overrides: Partial<LedgerContext> = {}): LedgerContext {
  return {
    codeLabels: [codesZh.codes, codesEn.codes],
    users: [{ id: 'u-li', name: '李检察官' }],
    defaultHandlerId: 'u-me',
    newPartyId: () => `p${++partyNo}`,
    ...overrides,
  };
}
