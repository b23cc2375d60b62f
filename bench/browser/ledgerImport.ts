/**
 * Importing a 台账 in the page: the demo cases written out as an .xlsx (not timed), then read,
 * mapped, checked against the stored cases and imported through the app's bulk path until
 * searchable — what the import page does after the person clicks, minus the clicks.
 */
import ExcelJS from 'exceljs';
import codesEn from '../../src-renderer/src/i18n/codes.en.json';
import codesZh from '../../src-renderer/src/i18n/codes.zh-CN.json';
import { importCases } from '../../src-renderer/src/db/cases';
import type { CaseCardInput } from '../../src-shared/domain/caseCard';
import { duplicateKeys } from '../../src-shared/ledger/duplicateKeys';
import { readLedgerFile } from '../../src-shared/ledger/readLedgerFile';
import { suggestMapping } from '../../src-shared/ledger/suggestMapping';
import { checkLedger } from '../../src-shared/ledger/validateLedger';
import { demoCards } from '../shared/demoData';
import { jianhuHandle } from './localWrites';

export type LedgerTiming = {
  rows: number;
  imported: number;
  bytes: number;
  readMs: number;
  checkMs: number;
  /** From reading the bytes until everything imported is searchable. */
  totalMs: number;
};

const HEADERS = [
  '案件名称',
  '案件类型',
  '重点领域',
  '当事人',
  '身份证号',
  '联系电话',
  '受理日期',
  '承办人',
  '案情摘要',
];

function rowOf(card: CaseCardInput, handlerName: string): (string | Date)[] {
  const party = card.parties[0];
  const [y, m, d] = card.receivedAt.split('-').map(Number);
  return [
    card.title,
    codesZh.codes.caseType[card.caseType],
    codesZh.codes.focalPoint[card.focalPoint],
    party?.name ?? '',
    party?.idNumber ?? '',
    party?.phone ?? '',
    `${y}年${m}月${d}日`,
    handlerName,
    card.facts ?? '',
  ];
}

async function ledgerBytes(count: number, handlerName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(HEADERS);
  for (const card of demoCards(0, count, ['h'])) sheet.addRow(rowOf(card, handlerName));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function ledgerImport(count: number): Promise<LedgerTiming> {
  const j = jianhuHandle();
  const handlerName = '刘检察官';
  const bytes = await ledgerBytes(count, handlerName);
  const t0 = performance.now();
  const read = await readLedgerFile(bytes, 'ledger.xlsx');
  if (!read.ok) throw new Error(read.error.key);
  const readMs = performance.now() - t0;
  const existingKeys = new Set<string>();
  for (const record of await j.db.cases.where('deleted').equals(0).toArray()) {
    for (const key of duplicateKeys(record)) existingKeys.add(key);
  }
  let partyNo = 0;
  const check = checkLedger(read.value, suggestMapping(read.value.headers), {
    codeLabels: [codesZh.codes, codesEn.codes],
    users: [{ id: j.actor.userId, name: handlerName }],
    defaultHandlerId: j.actor.userId,
    newPartyId: () => `p${++partyNo}`,
    existingKeys,
  });
  const checkMs = performance.now() - t0 - readMs;
  const report = await importCases(
    j.db,
    j.actor,
    check.valid.map((v) => v.input),
    new Date(),
    {
      onChunk: (records) => j.client.notifyChanged(records),
    },
  );
  await j.client.sync();
  const totalMs = performance.now() - t0;
  return { rows: count, imported: report.imported, bytes: bytes.length, readMs, checkMs, totalMs };
}
