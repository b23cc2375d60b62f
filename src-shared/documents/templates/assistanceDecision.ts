/**
 * 国家司法救助决定书 (DOMAIN.md §4.5). The applicant's identity number is printed: the decision
 * names who receives the money and travels with the case file [U: national format not found].
 */
import { z } from 'zod';
import { amountPhrase } from '../amountInChineseCapitals';
import { assistanceBaseFields, refineWithinCap } from '../assistanceAmountCheck';
import { arabicDate } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  citationSchema,
  docDate,
  identifiedPersonSchema,
  longTextSchema,
  optionalText,
  positiveYuanSchema,
  procuratorateSchema,
} from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  citationsText,
  organSignature,
  paragraph,
  paragraphs,
  partyParagraph,
} from '../textParts';

export const assistanceDecisionSchema = z
  .object({
    procuratorate: procuratorateSchema,
    caseRef: caseRefSchema,
    applicant: identifiedPersonSchema,
    appliedOn: docDate,
    /** 经审查查明: the source case, the harm, the hardship, compensation received. */
    facts: longTextSchema,
    /** 本院认为: why the applicant qualifies. */
    reasoning: longTextSchema,
    basis: z.array(citationSchema).min(1, { error: 'validation.required' }).max(20),
    amount: positiveYuanSchema,
    /**
     * The base and cap the amount is checked against (not printed): the cap lives in the
     * workflow and again here, so a decision typed by hand cannot exceed it unexplained.
     */
    cap: z.object(assistanceBaseFields),
    /** e.g. 银行转账; the account itself is never printed here. */
    paymentMethod: optionalText(100),
    decidedOn: docDate,
  })
  .superRefine((data, ctx) => refineWithinCap(data.cap, data.amount, ['cap'], ctx));

export const assistanceDecision = defineTemplate({
  id: DocumentTemplateId.assistanceDecision,
  version: 1,
  title: '国家司法救助决定书',
  schema: assistanceDecisionSchema,
  renderContent(data) {
    const name = data.applicant.name;
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: null,
      body: blocks(
        partyParagraph('申请人', data.applicant, true),
        paragraph(
          `申请人${name}于${arabicDate(data.appliedOn)}向本院申请国家司法救助。` +
            '本院受理后依法进行了审查，现已审查终结。',
        ),
        paragraphs(data.facts, '经审查查明：'),
        paragraphs(data.reasoning, '本院认为：'),
        paragraph(`依照${citationsText(data.basis)}的规定，本院决定如下：`),
        paragraph(`给予申请人${name}国家司法救助金${amountPhrase(data.amount)}。`),
        paragraph(
          '救助金到位后，本院将在两个工作日内通知申请人领取' +
            (data.paymentMethod ? `，以${data.paymentMethod}方式发放。` : '。'),
        ),
      ),
      signature: organSignature(data.procuratorate, data.decidedOn),
      notes: [],
    };
  },
});
