/**
 * The wage-arrears card's columns of a 台账 (DOMAIN.md §1.3): workers, amount owed and recovered,
 * employer, subcontractor, project. A row with any of them gets a wage-arrears card, and a row
 * that names no focal point is then a 劳动者权益保护 case, the one such a card belongs to.
 * [U] Header texts are those seen in county 欠薪 ledgers we could imagine; more can be added.
 */
import type { WageArrearsDetails } from '../domain/caseTypeDetails';
import type { CardDraft, LedgerField } from './ledgerFields';

function wageCard(draft: CardDraft): WageArrearsDetails {
  if (draft.typeDetails?.kind !== 'wageArrears') draft.typeDetails = { kind: 'wageArrears' };
  return draft.typeDetails;
}

type WageKey = Exclude<keyof WageArrearsDetails, 'kind'>;

function wageField(
  field: WageKey,
  kind: { kind: 'text' } | { kind: 'number'; whole: boolean },
  headers: readonly string[],
): LedgerField {
  return {
    ...kind,
    key: `wageArrears.${field}`,
    required: false,
    headers,
    assign: (draft, value) => {
      const card = wageCard(draft) as Record<WageKey, string | number | undefined>;
      card[field] = kind.kind === 'number' ? Number(value) : value;
    },
  };
}

const count = { kind: 'number', whole: true } as const;
const yuan = { kind: 'number', whole: false } as const;
const text = { kind: 'text' } as const;

export const WAGE_ARREARS_FIELDS: readonly LedgerField[] = [
  wageField('workerCount', count, ['欠薪人数', '农民工人数', '劳动者人数', '涉及人数', '人数']),
  wageField('amountOwed', yuan, [
    '欠薪金额',
    '拖欠工资金额',
    '拖欠金额',
    '欠薪数额',
    'amount owed',
  ]),
  wageField('amountRecovered', yuan, [
    '已追回金额',
    '追回金额',
    '已追回欠薪',
    '兑付金额',
    'recovered',
  ]),
  wageField('employer', text, ['用人单位', '欠薪单位', '施工单位', 'employer']),
  wageField('contractor', text, [
    '分包单位',
    '劳务分包单位',
    '劳务承包人',
    '包工头',
    'subcontractor',
  ]),
  wageField('projectName', text, ['项目名称', '工程项目', '工程名称', 'project']),
];
