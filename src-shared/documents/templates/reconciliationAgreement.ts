/**
 * 和解协议: a draft the parties read, change and sign themselves (民事规则 Art. 51: the
 * procuratorate guides, the parties reconcile). Exact title [U]. Identity numbers are printed:
 * an agreement must identify who is bound by it. No seal and no number: it is not the
 * procuratorate's document. The waiver clause decides whether review may be terminated
 * (Art. 73), so it is written only when the data says the applicant waives.
 */
import { z } from 'zod';
import { amountPhrase } from '../amountInChineseCapitals';
import { arabicDate, chineseCount, chineseDate } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import type { DocBlock } from '../documentModel';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  courtCaseSchema,
  docDate,
  identifiedPersonSchema,
  optionalText,
  positiveYuanSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  BLANK_DATE,
  blocks,
  ordinal,
  paragraph,
  partyParagraph,
  signatureLines,
  subOrdinal,
} from '../textParts';

const instalmentSchema = z.object({ amount: positiveYuanSchema, dueOn: docDate });

export const reconciliationAgreementSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  applicant: identifiedPersonSchema,
  respondent: identifiedPersonSchema,
  originalCase: courtCaseSchema,
  /** What the dispute is about, e.g. 劳务合同纠纷. */
  disputeCause: requiredText(100),
  terms: z.array(requiredText(2000)).max(30).default([]),
  /** The respondent's payments to the applicant, in order. */
  instalments: z.array(instalmentSchema).max(60).default([]),
  /** The applicant expressly waives the right to apply for supervision (Art. 73). */
  waivesSupervision: z.boolean({ error: 'validation.choose' }),
  signingPlace: optionalText(100),
  /** Left blank in a draft; the parties write it when they sign. */
  signedOn: docDate.optional(),
  copies: z.int({ error: 'validation.invalid' }).min(2).max(10).default(3),
});
type Data = z.output<typeof reconciliationAgreementSchema>;

function sumFen(amounts: readonly number[]): number {
  return amounts.reduce((fen, yuan) => fen + Math.round(yuan * 100), 0) / 100;
}

function clauses(data: Data): string[] {
  const out = [...data.terms];
  if (data.instalments.length > 0) {
    const total = sumFen(data.instalments.map((i) => i.amount));
    const schedule = data.instalments
      .map((i, n) => `${subOrdinal(n + 1)}${arabicDate(i.dueOn)}前支付${amountPhrase(i.amount)}`)
      .join('；');
    out.push(`乙方向甲方支付款项共计${amountPhrase(total)}，按下列期限履行：${schedule}。`);
  }
  if (data.waivesSupervision) {
    out.push(
      `甲方自愿放弃就${data.originalCase.court}${data.originalCase.number}` +
        `${data.originalCase.documentKind}向人民检察院申请监督的权利。`,
    );
  }
  out.push(
    '本协议系双方真实意思表示，双方确认系自愿达成，未受胁迫或者欺诈，' +
      '不损害国家利益、社会公共利益和他人合法权益。',
  );
  out.push(
    `本协议自双方签名（盖章）之日起生效。本协议一式${chineseCount(data.copies)}份，` +
      `双方各执一份，其余交${data.procuratorate}存卷。`,
  );
  return out;
}

export const reconciliationAgreement = defineTemplate({
  id: DocumentTemplateId.reconciliationAgreement,
  version: 1,
  title: '和解协议',
  schema: reconciliationAgreementSchema,
  renderContent(data) {
    const { originalCase } = data;
    const numbered: DocBlock[] = clauses(data).map((text, i) =>
      paragraph(text, { lead: ordinal(i + 1) }),
    );
    return {
      issuer: null,
      numberLine: null,
      addressee: null,
      body: blocks(
        partyParagraph('甲方（申请人）', data.applicant, true),
        partyParagraph('乙方（其他当事人）', data.respondent, true),
        paragraph(
          `甲方与乙方${data.disputeCause}一案，甲方不服${originalCase.court}${originalCase.number}` +
            `${originalCase.documentKind}，向${data.procuratorate}申请监督。在审查期间，` +
            '经检察机关释法说理，双方本着自愿、合法的原则，达成和解协议如下：',
        ),
        numbered,
        signatureLines([
          { label: '甲方（签名或者盖章）' },
          { label: '乙方（签名或者盖章）' },
          { label: '签订地点', value: data.signingPlace ?? '' },
          { label: '签订日期', value: data.signedOn ? chineseDate(data.signedOn) : BLANK_DATE },
        ]),
      ),
      signature: null,
      notes: [],
    };
  },
});
