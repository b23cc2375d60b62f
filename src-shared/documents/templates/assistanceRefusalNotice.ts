/**
 * 不予救助通知书 with its reasoning (DOMAIN.md §4.5 "tell the applicant promptly and explain";
 * §5 lists refusing assistance among the decisions that need reasoning). Title [U].
 */
import { z } from 'zod';
import { arabicDate } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  citationSchema,
  docDate,
  longTextSchema,
  optionalText,
  personSchema,
  procuratorateSchema,
} from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  citationsText,
  organSignature,
  paragraph,
  paragraphs,
} from '../textParts';

export const assistanceRefusalNoticeSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  applicant: personSchema,
  appliedOn: docDate,
  /** Why assistance is refused: the facts checked and the exclusion or missing condition. */
  reasoning: longTextSchema,
  basis: z.array(citationSchema).min(1, { error: 'validation.required' }).max(20),
  /** Other help the applicant can seek: social assistance, legal aid, referrals made. */
  otherHelp: optionalText(5000),
  decidedOn: docDate,
});

export const assistanceRefusalNotice = defineTemplate({
  id: DocumentTemplateId.assistanceRefusalNotice,
  version: 1,
  title: '不予救助通知书',
  schema: assistanceRefusalNoticeSchema,
  renderContent(data) {
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: `${data.applicant.name}：`,
      body: blocks(
        paragraph(
          `你于${arabicDate(data.appliedOn)}向本院提出国家司法救助申请。` +
            '本院受理后依法进行了审查。',
        ),
        paragraphs(data.reasoning, '经审查，本院认为：'),
        paragraph(`依照${citationsText(data.basis)}的规定，本院决定对你不予国家司法救助。`),
        data.otherHelp !== undefined && paragraphs(data.otherHelp),
        paragraph('特此通知。'),
      ),
      signature: organSignature(data.procuratorate, data.decidedOn),
      notes: [],
    };
  },
});
