/**
 * The case fields a 台账 column can be mapped to. One entry per field: the header texts that
 * suggest it (Chinese first), whether a row needs it, how its cell is read, and where the value
 * goes on the case card. A new case-card field is imported by adding one entry here.
 */
import type { CaseCardInput } from '../domain/caseCard';
import { CaseSource, CaseStatus, CaseType, Department, FocalPoint } from '../domain/codes';
import { OTHER_CARD_FIELDS } from './cardLedgerFields';
import { WAGE_ARREARS_FIELDS } from './wageArrearsFields';

/** How a cell is read before it is placed on the card. */
export type FieldKind =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'idNumber' }
  /** A figure of a case card ("1,200.50", "12人", "3000元"); the card's schema checks its range. */
  | { kind: 'number'; whole: boolean }
  /** Money in yuan to the fen; 万元 when the header or the cell says so (ledgerAmount.ts). */
  | { kind: 'yuan' }
  /** An option of a case card's choice, by its label (`caseCard.<card>.<field>Options`) or code. */
  | { kind: 'choice'; card: string; field: string; values: readonly string[] }
  /** A person using the app, by name (the 承办人). */
  | { kind: 'user' }
  /** A value of a code list, by its label in any locale or by its code. */
  | { kind: 'code'; list: CodeListName; values: readonly string[] };

export type CodeListName = 'caseType' | 'caseSource' | 'focalPoint' | 'caseStatus' | 'department';

/** The card being built from one row; the first party is the row's party. */
export type CardDraft = Partial<CaseCardInput> & {
  parties: [NonNullable<CaseCardInput['parties']>[number]];
};

export type LedgerField = FieldKind & {
  key: string;
  /** Header texts that suggest this field, compared after normalising (see suggestMapping). */
  headers: readonly string[];
  required: boolean;
  /** Puts the value read from the cell on the card. */
  assign: (draft: CardDraft, value: string) => void;
};

function code(list: CodeListName, values: Record<string, string>): FieldKind {
  return { kind: 'code', list, values: Object.values(values) };
}

export const LEDGER_FIELDS: readonly LedgerField[] = [
  {
    key: 'title',
    kind: 'text',
    required: true,
    headers: ['案件名称', '案件标题', '案由', '案件', 'title', 'case name'],
    assign: (d, v) => (d.title = v),
  },
  {
    ...code('caseType', CaseType),
    key: 'caseType',
    required: true,
    headers: ['案件类型', '案件类别', '类型', 'case type'],
    assign: (d, v) => (d.caseType = v as CaseType),
  },
  {
    ...code('focalPoint', FocalPoint),
    key: 'focalPoint',
    required: false,
    headers: ['重点领域', '专项领域', '所属领域', '领域', 'focal point'],
    assign: (d, v) => (d.focalPoint = v as FocalPoint),
  },
  {
    ...code('caseSource', CaseSource),
    key: 'source',
    required: false,
    headers: ['案件来源', '来源', 'source'],
    assign: (d, v) => (d.source = v as CaseSource),
  },
  {
    ...code('caseStatus', CaseStatus),
    key: 'status',
    required: false,
    headers: ['案件状态', '办理状态', '状态', 'status'],
    assign: (d, v) => (d.status = v as CaseStatus),
  },
  {
    ...code('department', Department),
    key: 'department',
    required: false,
    headers: ['承办部门', '办案部门', '部门', 'department'],
    assign: (d, v) => (d.department = v as Department),
  },
  {
    key: 'officialNo',
    kind: 'text',
    required: false,
    headers: ['案号', '统一业务应用系统案号', '部门受案号', 'case number'],
    assign: (d, v) => (d.officialNo = v),
  },
  {
    key: 'courtCaseNo',
    kind: 'text',
    required: false,
    headers: ['原审案号', '生效裁判案号', '法院案号', 'court case'],
    assign: (d, v) => (d.courtCases = [{ number: v }]),
  },
  {
    key: 'partyName',
    kind: 'text',
    required: true,
    headers: ['当事人', '当事人姓名', '申请人', '申请人姓名', '姓名', 'party'],
    assign: (d, v) => (d.parties[0].name = v),
  },
  {
    key: 'partyIdNumber',
    kind: 'idNumber',
    required: false,
    headers: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '证件号', 'id number'],
    assign: (d, v) => {
      d.parties[0].idNumber = v;
      // An 18-character code that is not a resident ID shape is an organisation's credit code.
      if (!/^\d{17}[\dXx]$/.test(v) && /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) {
        d.parties[0].idType = 'creditCode';
      }
    },
  },
  {
    key: 'partyPhone',
    kind: 'text',
    required: false,
    headers: ['联系电话', '电话', '手机号', '联系方式', 'phone'],
    assign: (d, v) => (d.parties[0].phone = v),
  },
  {
    key: 'handler',
    kind: 'user',
    required: false,
    headers: ['承办人', '承办检察官', '办案人', 'handler'],
    assign: (d, v) => (d.handlerId = v),
  },
  {
    key: 'receivedAt',
    kind: 'date',
    required: false,
    headers: ['收案日期', '受案日期', '登记日期', '收案时间', 'received'],
    assign: (d, v) => (d.receivedAt = v),
  },
  {
    key: 'acceptedAt',
    kind: 'date',
    required: false,
    headers: ['受理日期', '受理时间', 'accepted'],
    assign: (d, v) => (d.acceptedAt = v),
  },
  {
    key: 'adminOrgan',
    kind: 'text',
    required: false,
    headers: ['行政机关', '被监督行政机关', 'administrative organ'],
    assign: (d, v) => (d.adminOrgan = v),
  },
  {
    key: 'claims',
    kind: 'text',
    required: false,
    headers: ['申请事项', '诉求', '监督请求', '当事人诉求', 'claims'],
    assign: (d, v) => (d.claims = v),
  },
  {
    key: 'facts',
    kind: 'text',
    required: false,
    headers: ['案情摘要', '基本案情', '简要案情', '案情', 'facts'],
    assign: (d, v) => (d.facts = v),
  },
  ...WAGE_ARREARS_FIELDS,
  ...OTHER_CARD_FIELDS,
];

export function ledgerField(key: string): LedgerField | undefined {
  return LEDGER_FIELDS.find((f) => f.key === key);
}
