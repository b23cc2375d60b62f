/**
 * 国家司法救助审批表 (DOMAIN.md §4.5). The exact national form was not found [U]: the rows follow
 * the data the 2021 细则 asks to review (§4.7) and show the amount's formula and inputs (§4.4).
 */
import { z } from 'zod';
import { amountPhrase, yuanDigits } from '../amountInChineseCapitals';
import {
  assistanceBaseFields,
  baseTimesMonthsFen,
  refineWithinCap,
  toFen,
} from '../assistanceAmountCheck';
import { arabicDate, chineseDate } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import type { DocTableCell } from '../documentModel';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  docDate,
  identifiedPersonSchema,
  officerSchema,
  optionalText,
  positiveYuanSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import { BLANK_DATE, field, officerText } from '../textParts';

const opinionSchema = z.object({
  text: requiredText(2000),
  officer: officerSchema,
  date: docDate,
});
type Opinion = z.output<typeof opinionSchema>;

export const assistanceApprovalFormSchema = z
  .object({
    procuratorate: procuratorateSchema,
    caseRef: caseRefSchema,
    filledOn: docDate,
    sourceCase: z.object({
      cause: requiredText(100),
      number: optionalText(60),
      stage: optionalText(50),
    }),
    applicant: identifiedPersonSchema,
    phone: optionalText(30),
    relationToVictim: requiredText(30),
    /** The Art. 7 situation (and any Art. 8 exclusion checked), as text. */
    eligibility: requiredText(1000),
    harm: requiredText(2000),
    household: requiredText(2000),
    compensation: requiredText(1000),
    amount: z.object({
      region: requiredText(30),
      baseYear: z.int({ error: 'validation.invalid' }).min(2000).max(2100),
      months: z.number({ error: 'validation.invalid' }).positive().max(120),
      proposed: positiveYuanSchema,
      ...assistanceBaseFields,
    }),
    handlerOpinion: opinionSchema,
    departmentOpinion: opinionSchema.optional(),
    approverOpinion: opinionSchema.optional(),
  })
  .superRefine((data, ctx) => {
    const { amount } = data;
    const expected = proposedFen(amount);
    if (toFen(amount.proposed) !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount', 'proposed'],
        message: 'validation.document.amountNotFormula',
        params: { expected: (expected / 100).toFixed(2) },
      });
    }
    refineWithinCap(amount, amount.proposed, ['amount'], ctx);
  });

type AmountData = z.output<typeof assistanceApprovalFormSchema>['amount'];

/** base × months less any advance, in fen: what the proposed amount must be. */
function proposedFen(
  amount: Pick<AmountData, 'monthlyBase' | 'annualWage' | 'months' | 'advance'>,
) {
  return baseTimesMonthsFen(amount, amount.months) - toFen(amount.advance ?? 0);
}

function opinionText(opinion: Opinion | undefined): string {
  if (!opinion) return `\n签名：\u3000\u3000\u3000\u3000\u3000\u3000日期：${BLANK_DATE}`;
  return `${opinion.text}\n签名：${officerText(opinion.officer)}\u3000日期：${arabicDate(opinion.date)}`;
}

const label = (text: string): DocTableCell => ({ text, label: true });
const wide = (text: string): DocTableCell => ({ text, colSpan: 3 });

export const assistanceApprovalForm = defineTemplate({
  id: DocumentTemplateId.assistanceApprovalForm,
  version: 1,
  title: '国家司法救助审批表',
  schema: assistanceApprovalFormSchema,
  renderContent(data) {
    const { applicant, amount } = data;
    const advance = amount.advance ? ` − 先行救助${yuanDigits(amount.advance)}元` : '';
    // With the annual wage known the base is its unrounded twelfth: write that, so the product
    // shown is the product of the figures shown (8640.67 × 40 would not be 345,626.67).
    const base =
      amount.annualWage === undefined
        ? `职工月平均工资${yuanDigits(amount.monthlyBase)}元`
        : `职工年平均工资${yuanDigits(amount.annualWage)}元 ÷ 12`;
    const formula =
      `${amount.region}${amount.baseYear}年度${base}` +
      ` × ${amount.months}个月${advance} = ${yuanDigits(proposedFen(amount) / 100)}元`;
    const rows: DocTableCell[][] = [
      [label('案件名称'), wide(data.caseRef.title)],
      [
        label('原案案由'),
        { text: data.sourceCase.cause },
        label('原案案号'),
        { text: data.sourceCase.number ?? '' },
      ],
      [
        label('申请人'),
        { text: applicant.name },
        label('与被害人关系'),
        { text: data.relationToVictim },
      ],
      [
        label('出生日期'),
        { text: applicant.birthDate ? arabicDate(applicant.birthDate) : '' },
        label('公民身份号码'),
        { text: applicant.idNumber ?? '' },
      ],
      [
        label('住址'),
        { text: applicant.address ?? '' },
        label('联系电话'),
        { text: data.phone ?? '' },
      ],
      [label('救助事由'), wide(data.eligibility)],
      [label('受损情况'), wide(data.harm)],
      [label('家庭经济状况'), wide(data.household)],
      [label('获得赔偿及其他救助情况'), wide(data.compensation)],
      [label('救助金额计算'), wide(formula)],
      [label('拟救助金额'), wide(amountPhrase(amount.proposed))],
      ...(amount.overCapReason ? [[label('超过上限的理由'), wide(amount.overCapReason)]] : []),
      [label('承办检察官意见'), wide(opinionText(data.handlerOpinion))],
      [label('部门负责人意见'), wide(opinionText(data.departmentOpinion))],
      [label('检察长（检察委员会）审批意见'), wide(opinionText(data.approverOpinion))],
    ];
    return {
      issuer: data.procuratorate,
      numberLine: null,
      addressee: null,
      body: [
        field('填表日期', chineseDate(data.filledOn)),
        ...(data.sourceCase.stage ? [field('所处诉讼环节', data.sourceCase.stage)] : []),
        { kind: 'table', widths: [2, 2.8, 2, 3.5], rows },
      ],
      signature: null,
      notes: [],
    };
  },
});
