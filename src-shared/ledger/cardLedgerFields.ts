/**
 * The 台账 columns of the other type-specific cards (DOMAIN.md §1.2): housing, food and drugs,
 * social insurance, telecom fraud, environment, and the vulnerable person's group and guardian.
 * A choice column takes the option's label in either language, or its code.
 * [U] Header texts are our guess at county ledgers' columns; aliases shared by several cards
 * ("涉案金额") go to one card only, and the mapping step lets the user choose another.
 * [U] The vulnerable person's situation (health, family) is left to the form: a ledger column
 * of it would carry sensitive free text that the card seals.
 */
import {
  GUARDIANSHIP,
  HOUSING_DISPUTES,
  INSURANCE_KINDS,
  PRODUCT_KINDS,
  RESOURCE_KINDS,
  SALES_CHANNELS,
  VULNERABLE_GROUPS,
  type CaseCardKind,
} from '../domain/caseTypeDetails';
import {
  cardField,
  choiceOf,
  COUNT,
  QUANTITY,
  TEXT,
  YUAN,
  type CardCell,
  type CardKey,
} from './cardField';
import type { LedgerField } from './ledgerFields';

function columnsOf<K extends CaseCardKind>(
  kind: K,
  spec: readonly [CardKey<K>, CardCell, readonly string[]][],
): LedgerField[] {
  return spec.map(([field, cell, headers]) => cardField(kind, field, cell, headers));
}

export const HOUSING_FIELDS = columnsOf('housing', [
  ['disputeKind', choiceOf(HOUSING_DISPUTES), ['涉房纠纷类型', '房产纠纷类型', '纠纷类型']],
  ['projectName', TEXT, ['楼盘名称', '楼盘', '小区名称', '楼盘项目']],
  ['developer', TEXT, ['开发企业', '开发商', '房地产开发企业', 'developer']],
  ['householdCount', COUNT, ['涉及户数', '购房户数', '户数', 'households']],
  ['amountInvolved', YUAN, ['涉房金额', '购房款金额', '涉及房款']],
]);

export const FOOD_DRUG_FIELDS = columnsOf('foodDrug', [
  ['productKind', choiceOf(PRODUCT_KINDS), ['产品类别', '产品类型', '食品药品类别']],
  ['productName', TEXT, ['产品名称', '涉案产品', '商品名称']],
  ['salesChannel', choiceOf(SALES_CHANNELS), ['销售渠道', '销售方式']],
  ['affectedCount', COUNT, ['涉及消费者人数', '消费者人数', '受害消费者人数']],
  ['amountInvolved', YUAN, ['涉案金额', '销售金额', '货值金额']],
]);

export const SOCIAL_INSURANCE_FIELDS = columnsOf('socialInsurance', [
  ['insuranceKind', choiceOf(INSURANCE_KINDS), ['险种', '保险险种', '社保险种']],
  ['insuredCount', COUNT, ['涉及参保人数', '参保人数']],
  ['amountInvolved', YUAN, ['社保金额', '涉及社保金额', '欠缴社保金额', '社保待遇金额']],
  ['employer', TEXT, ['参保单位', '缴费单位', '经办机构']],
]);

export const TELECOM_FRAUD_FIELDS = columnsOf('telecomFraud', [
  ['victimCount', COUNT, ['被害人人数', '被害人数', '被骗人数']],
  ['amountLost', YUAN, ['被骗金额', '诈骗金额', '被骗损失金额']],
  ['amountRecovered', YUAN, ['追赃挽损金额', '挽回损失金额', '返还被害人金额']],
]);

export const ENVIRONMENT_FIELDS = columnsOf('environment', [
  ['resourceKind', choiceOf(RESOURCE_KINDS), ['受损资源', '受损资源类型', '资源类型']],
  ['location', TEXT, ['受损地点', '案发地点', '发生地点']],
  ['areaMu', QUANTITY, ['受损面积', '破坏面积', '损毁面积']],
  ['restorationCost', YUAN, ['修复费用', '生态修复费用', '修复金额']],
]);

export const VULNERABLE_PERSON_FIELDS = columnsOf('vulnerablePerson', [
  ['group', choiceOf(VULNERABLE_GROUPS), ['特定群体', '所属群体', '群体类别']],
  ['guardianship', choiceOf(GUARDIANSHIP), ['监护情况', '监护状况']],
  ['guardianName', TEXT, ['监护人', '监护人姓名']],
]);

export const OTHER_CARD_FIELDS: readonly LedgerField[] = [
  ...HOUSING_FIELDS,
  ...FOOD_DRUG_FIELDS,
  ...SOCIAL_INSURANCE_FIELDS,
  ...TELECOM_FRAUD_FIELDS,
  ...ENVIRONMENT_FIELDS,
  ...VULNERABLE_PERSON_FIELDS,
];
