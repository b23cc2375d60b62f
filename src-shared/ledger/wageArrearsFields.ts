/**
 * The wage-arrears card's columns of a 台账 (DOMAIN.md §1.3): workers, amount owed and recovered,
 * employer, subcontractor, project. A row with any of them gets a wage-arrears card, and a row
 * that names no focal point is then a 劳动者权益保护 case, the one such a card belongs to.
 * [U] Header texts are those seen in county 欠薪 ledgers we could imagine; more can be added.
 */
import { cardField, COUNT, TEXT, YUAN, type CardCell, type CardKey } from './cardField';
import type { LedgerField } from './ledgerFields';

const wage = (field: CardKey<'wageArrears'>, cell: CardCell, headers: readonly string[]) =>
  cardField('wageArrears', field, cell, headers);

export const WAGE_ARREARS_FIELDS: readonly LedgerField[] = [
  wage('workerCount', COUNT, ['欠薪人数', '农民工人数', '劳动者人数', '涉及人数', '人数']),
  wage('amountOwed', YUAN, ['欠薪金额', '拖欠工资金额', '拖欠金额', '欠薪数额', 'amount owed']),
  wage('amountRecovered', YUAN, ['已追回金额', '追回金额', '已追回欠薪', '兑付金额', 'recovered']),
  wage('employer', TEXT, ['用人单位', '欠薪单位', '施工单位', 'employer']),
  wage('contractor', TEXT, ['分包单位', '劳务分包单位', '劳务承包人', '包工头', 'subcontractor']),
  wage('projectName', TEXT, ['项目名称', '工程项目', '工程名称', 'project']),
];
