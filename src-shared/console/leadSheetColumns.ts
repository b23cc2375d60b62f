/**
 * The columns of a model's lead sheet (线索清单) as the console imports it, and the words a sheet
 * may use for a focal point. Headers are matched in Chinese or English, ignoring case and spaces,
 * so a sheet saved from either language of the template reads the same.
 */
import { FocalPoint } from '../domain/codes';

export const LeadColumn = {
  model: 'model',
  externalId: 'externalId',
  title: 'title',
  focalPoint: 'focalPoint',
  unitCode: 'unitCode',
  persons: 'persons',
  summary: 'summary',
  occurredAt: 'occurredAt',
} as const;
export type LeadColumn = (typeof LeadColumn)[keyof typeof LeadColumn];

/** Header texts each column is known by; the first is the template's. */
export const LEAD_COLUMN_HEADERS: Readonly<Record<LeadColumn, readonly string[]>> = {
  model: ['模型名称', '模型', 'model'],
  externalId: ['线索编号', '编号', 'id', 'externalId'],
  title: ['线索标题', '标题', 'title'],
  focalPoint: ['监督重点', '案件类型', '重点领域', 'focal point', 'focalPoint', 'case type'],
  unitCode: ['县区院代码', '承办院代码', '单位代码', 'county', 'unit code', 'unitCode'],
  persons: ['涉及人员', '当事人', 'persons', 'persons involved'],
  summary: ['线索摘要', '摘要', 'summary'],
  occurredAt: ['发生日期', '日期', 'date', 'occurredAt'],
};

/** The template's header row, in the template's column order. */
export const LEAD_SHEET_TEMPLATE_HEADERS: readonly string[] = Object.values(
  LEAD_COLUMN_HEADERS,
).map((headers) => headers[0] ?? '');

/** Columns a sheet must have; the others may be left out. */
export const REQUIRED_LEAD_COLUMNS: readonly LeadColumn[] = [
  'model',
  'title',
  'focalPoint',
  'unitCode',
];

function normalise(header: string): string {
  return header.replace(/\s+/g, '').toLowerCase();
}

const COLUMN_BY_HEADER = new Map<string, LeadColumn>(
  Object.entries(LEAD_COLUMN_HEADERS).flatMap(([column, headers]) =>
    headers.map((h) => [normalise(h), column as LeadColumn] as const),
  ),
);

export function leadColumnOf(header: string): LeadColumn | null {
  return COLUMN_BY_HEADER.get(normalise(header)) ?? null;
}

/**
 * The seed's focal points by their number (一…十一) and name as the special action's notice
 * lists them; the code itself is accepted too.
 */
const FOCAL_POINT_WORDS: ReadonlyArray<readonly [FocalPoint, readonly string[]]> = [
  ['workers', ['1', '劳动者权益保护', '劳动者权益']],
  ['financeRealEstate', ['2', '金融领域民事监督及涉房地产纠纷', '金融房地产']],
  ['counterfeitFoodDrug', ['3', '伪劣商品及食品药品安全', '食品药品安全']],
  ['personalInformation', ['4', '公民个人信息保护', '个人信息保护']],
  ['judicialAssistance', ['5', '司法救助']],
  ['socialInsurance', ['6', '社会保险领域监督', '社会保险']],
  ['specificGroups', ['7', '残疾人、老年人、未成年人、妇女权益保护', '特定群体权益保护']],
  ['militaryMartyrs', ['8', '国防利益、军人军属及英雄烈士权益保护', '英雄烈士权益保护']],
  ['telecomFraud', ['9', '反电信网络诈骗']],
  ['environment', ['10', '生态环境和资源保护']],
  ['ruralAffairs', ['11', '服务“三农”', '服务三农']],
  ['other', ['其他民生领域', '其他']],
];

const FOCAL_POINT_BY_WORD = new Map<string, FocalPoint>(
  FOCAL_POINT_WORDS.flatMap(([code, words]) =>
    [code, ...words].map((w) => [normalise(w), code] as const),
  ),
);

export function focalPointOf(text: string): FocalPoint | null {
  return FOCAL_POINT_BY_WORD.get(normalise(text)) ?? null;
}

/** Allowed in a focal point check; keeps FocalPoint and the words above in step. */
export const FOCAL_POINTS_WITH_WORDS: readonly FocalPoint[] = FOCAL_POINT_WORDS.map(([c]) => c);
export const ALL_FOCAL_POINTS: readonly FocalPoint[] = Object.values(FocalPoint);
