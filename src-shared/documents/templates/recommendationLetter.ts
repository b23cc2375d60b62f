/**
 * 检察建议书 (《人民检察院检察建议工作规定》 Art. 16, DOMAIN.md §6.1): source, facts with
 * evidence, the illegality or hazard, specific recommendations with their legal basis, the
 * deadline for objections and the deadline for the written reply (2 months unless otherwise
 * provided, Art. 19; 15 days for urgent public-interest cases). Numbered and issued only in the
 * national system (Art. 7): this is the draft.
 */
import { z } from 'zod';
import { assertNever } from '../../assertNever';
import { chineseCount, chineseInteger } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  citationSchema,
  docDate,
  longTextSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  citationsText,
  ordinal,
  organSignature,
  paragraph,
  paragraphs,
} from '../textParts';

const replyWithinSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('months'), value: z.int().min(1).max(12) }),
  z.object({ unit: z.literal('days'), value: z.int().min(1).max(365) }),
]);
type ReplyWithin = z.output<typeof replyWithinSchema>;

export const recommendationLetterSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  /** The organ addressed, e.g. 合肥市包河区人力资源和社会保障局. */
  recipient: requiredText(100),
  /** How the procuratorate came upon the problem. */
  source: longTextSchema,
  /** Facts found, with the evidence. */
  facts: longTextSchema,
  /** The illegality or hazard, reasoned. */
  problems: longTextSchema,
  recommendations: z.array(requiredText(2000)).min(1, { error: 'validation.required' }).max(20),
  basis: z.array(citationSchema).min(1, { error: 'validation.required' }).max(20),
  /** Days within which the recipient may object (Art. 16 asks for a deadline; its length [U]). */
  objectionDays: z.int({ error: 'validation.invalid' }).min(1).max(60),
  replyWithin: replyWithinSchema.default({ unit: 'months', value: 2 }),
  copyTo: z.array(requiredText(100)).max(10).default([]),
  issuedOn: docDate,
});

function replyText(reply: ReplyWithin): string {
  switch (reply.unit) {
    case 'months':
      return `${chineseCount(reply.value)}个月`;
    case 'days':
      return `${chineseInteger(reply.value)}日`;
    default:
      return assertNever(reply);
  }
}

export const recommendationLetter = defineTemplate({
  id: DocumentTemplateId.recommendationLetter,
  version: 1,
  title: '检察建议书',
  schema: recommendationLetterSchema,
  renderContent(data) {
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: `${data.recipient}：`,
      body: blocks(
        paragraphs(data.source),
        paragraphs(data.facts, '经调查查明：'),
        paragraphs(data.problems, '本院认为：'),
        paragraph(`依照${citationsText(data.basis)}的规定，本院提出如下检察建议：`),
        data.recommendations.map((text, i) => paragraph(text, { lead: ordinal(i + 1) })),
        paragraph(
          `请你单位在收到本检察建议书之日起${replyText(data.replyWithin)}内依法处理，` +
            '并将处理情况书面回复本院。如对本检察建议书有异议，可以在收到之日起' +
            `${chineseInteger(data.objectionDays)}日内向本院书面提出。`,
        ),
      ),
      signature: organSignature(data.procuratorate, data.issuedOn),
      notes: data.copyTo.length > 0 ? [`抄送：${data.copyTo.join('，')}。`] : [],
    };
  },
});
