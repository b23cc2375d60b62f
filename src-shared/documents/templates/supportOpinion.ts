/**
 * 支持起诉意见书 (CPL Art. 15; DOMAIN.md §6.3): sent to the court with the plaintiff's suit.
 * The procuratorate supports, it does not substitute: the plaintiff's own claims are quoted
 * and the reasons say why support is necessary. Title per Baiyin practice [S]; format [U].
 */
import { z } from 'zod';
import { amountPhrase } from '../amountInChineseCapitals';
import { arabicDate } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  basisSchema,
  caseRefSchema,
  docDate,
  longTextSchema,
  personSchema,
  positiveYuanSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  citationsText,
  heading,
  organSignature,
  paragraph,
  paragraphs,
  partyParagraph,
  sentence,
} from '../textParts';

export const supportOpinionSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  court: requiredText(100),
  plaintiff: personSchema,
  defendant: personSchema,
  /** e.g. 劳务合同纠纷, 追索劳动报酬纠纷, 赡养纠纷. */
  cause: requiredText(100),
  appliedOn: docDate,
  claims: z.array(requiredText(2000)).min(1, { error: 'validation.required' }).max(20),
  /** The money claimed in total, when the claims are for money. */
  claimAmount: positiveYuanSchema.optional(),
  facts: longTextSchema,
  /** Why support is necessary: the plaintiff's difficulty in suing alone, the claim's merit. */
  reasons: longTextSchema,
  basis: basisSchema,
  evidence: z.array(requiredText(300)).max(50).default([]),
  decidedOn: docDate,
});

export const supportOpinion = defineTemplate({
  id: DocumentTemplateId.supportOpinion,
  version: 1,
  title: '支持起诉意见书',
  schema: supportOpinionSchema,
  renderContent(data) {
    const plaintiff = data.plaintiff.name;
    const defendant = data.defendant.name;
    const total =
      data.claimAmount === undefined
        ? null
        : `以上诉讼请求金额共计${amountPhrase(data.claimAmount)}。`;
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: `${data.court}：`,
      body: blocks(
        partyParagraph('原告', data.plaintiff, false),
        partyParagraph('被告', data.defendant, false),
        paragraph(
          `原告${plaintiff}与被告${defendant}${data.cause}一案，原告${plaintiff}于` +
            `${arabicDate(data.appliedOn)}向本院申请支持起诉。本院受理后依法进行了审查，现提出支持起诉意见如下：`,
        ),
        paragraphs(data.facts, '经审查查明：'),
        paragraphs(data.reasons, '本院认为：'),
        paragraph('原告的诉讼请求为：'),
        data.claims.map((claim, i) => paragraph(sentence(claim), { lead: `${i + 1}.` })),
        total !== null && paragraph(total),
        paragraph(
          `依照${citationsText(data.basis)}的规定，本院支持原告${plaintiff}向你院提起诉讼，` +
            '请依法审理。',
        ),
        data.evidence.length > 0 && [
          heading('附：证据材料目录', 2),
          ...data.evidence.map((item, i) => paragraph(item, { lead: `${i + 1}.` })),
        ],
      ),
      signature: organSignature(data.procuratorate, data.decidedOn),
      notes: [],
    };
  },
});
