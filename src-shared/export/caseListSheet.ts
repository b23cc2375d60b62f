/**
 * The case list as one sheet: the columns the list shows, with ID numbers and phones masked as
 * the list masks them (the full values stay on the case page, never in a file handed around).
 */
import type { CaseRecord, Party } from '../domain/caseCard';
import { maskIdNumber, maskPhone } from '../domain/mask';
import type { XlsxSheet } from './xlsxWorkbook';

/** The translator the sheet builders use: i18next's `t`, or a stub in tests. */
export type Translate = (key: string) => string;

export type CaseListRow = Pick<
  CaseRecord,
  | 'provisionalNo'
  | 'officialNo'
  | 'title'
  | 'caseType'
  | 'focalPoint'
  | 'status'
  | 'handlerId'
  | 'receivedAt'
  | 'acceptedAt'
> & { parties: readonly Pick<Party, 'name' | 'idNumber' | 'phone'>[] };

export function caseListSheet(
  rows: readonly CaseListRow[],
  t: Translate,
  handlerNames: ReadonlyMap<string, string>,
): XlsxSheet {
  const h = (key: string) => t(`statsExport.caseColumn.${key}`);
  return {
    name: t('statsExport.sheet.cases'),
    columns: [
      { header: h('provisionalNo'), kind: 'text', width: 20 },
      { header: h('officialNo'), kind: 'text', width: 24 },
      { header: h('title'), kind: 'text', width: 40 },
      { header: h('caseType'), kind: 'text' },
      { header: h('focalPoint'), kind: 'text', width: 24 },
      { header: h('status'), kind: 'text', width: 10 },
      { header: h('handler'), kind: 'text', width: 10 },
      { header: h('receivedAt'), kind: 'date' },
      { header: h('acceptedAt'), kind: 'date' },
      { header: h('parties'), kind: 'text', width: 30 },
      { header: h('idNumber'), kind: 'text', width: 22 },
      { header: h('phone'), kind: 'text', width: 16 },
    ],
    rows: rows.map((r) => {
      const first = r.parties[0];
      return [
        r.provisionalNo,
        r.officialNo ?? '',
        r.title,
        t(`codes.caseType.${r.caseType}`),
        t(`codes.focalPoint.${r.focalPoint}`),
        t(`codes.caseStatus.${r.status}`),
        handlerNames.get(r.handlerId) ?? '',
        r.receivedAt,
        r.acceptedAt ?? null,
        r.parties.map((p) => p.name).join('、'),
        first?.idNumber ? maskIdNumber(first.idNumber) : '',
        first?.phone ? maskPhone(first.phone) : '',
      ];
    }),
  };
}
