/**
 * 抗诉书 (CPL Art. 219 para. 1 with the Art. 211 grounds; ALL Art. 93; 民事规则 Arts. 90–91;
 * DOMAIN.md §6.2): a procuratorate above the court that decided protests an effective judgment,
 * ruling or mediation statement and asks that court's superior to retry it. Each ground is set
 * out in turn; the conclusion cites the grounds and the basis. Layout per the 2020 document
 * samples for 民事抗诉书 [S]; wording of the closing sentence [U].
 */
import { z } from 'zod';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  basisSchema,
  caseRefSchema,
  courtCaseSchema,
  docDate,
  longTextSchema,
  personSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  citationsText,
  heading,
  ordinal,
  organSignature,
  paragraph,
  paragraphs,
  partyParagraph,
  sentence,
} from '../textParts';

export const protestSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  /** The court asked to retry: the one at the procuratorate's own level. */
  court: requiredText(100),
  /** The effective court document protested. */
  originalCase: courtCaseSchema,
  applicant: personSchema,
  otherParties: z.array(personSchema).max(20).default([]),
  /** e.g. 追索劳动报酬纠纷. */
  cause: requiredText(100),
  /** The party applied for supervision (default), or the procuratorate found it itself. */
  exOfficio: z.boolean().default(false),
  /** 基本案情 and how the courts decided. */
  facts: longTextSchema,
  /** The protest's grounds, one per Art. 211 situation relied on, each with its reasoning. */
  reasons: z.array(requiredText(10_000)).min(1, { error: 'validation.required' }).max(20),
  basis: basisSchema,
  attachments: z.array(requiredText(300)).max(20).default([]),
  decidedOn: docDate,
});

export const protest = defineTemplate({
  id: DocumentTemplateId.protest,
  version: 1,
  title: '抗诉书',
  schema: protestSchema,
  renderContent(data) {
    const { court, number, documentKind } = data.originalCase;
    const applicant = data.applicant.name;
    const others = data.otherParties.map((p) => p.name).join('、');
    const dispute = others ? `因与${others}${data.cause}一案` : `${data.cause}一案`;
    const origin = data.exOfficio
      ? `${applicant}${dispute}，${court}作出${number}${documentKind}。本院依职权发现该${documentKind}确有错误，依法进行了审查。`
      : `申请人${applicant}${dispute}，不服${court}${number}${documentKind}，向本院申请监督。本院依法受理后进行了审查。`;
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: null,
      body: blocks(
        partyParagraph('申请人', data.applicant, false),
        data.otherParties.map((p) => partyParagraph('其他当事人', p, false)),
        paragraph(origin + '本案现已审查终结。'),
        paragraphs(data.facts, '本案基本案情：'),
        heading('本院审查认为', 2),
        data.reasons.map((reason, i) => paragraph(sentence(reason), { lead: ordinal(i + 1) })),
        paragraph(
          `综上所述，${court}${number}${documentKind}确有错误。依照${citationsText(data.basis)}` +
            `的规定，特提出抗诉，请依法再审。`,
        ),
        paragraph('此致'),
        paragraph(data.court, { indent: false }),
        data.attachments.length > 0 && [
          heading('附：', 2),
          ...data.attachments.map((item, i) => paragraph(item, { lead: `${i + 1}.` })),
        ],
      ),
      signature: organSignature(data.procuratorate, data.decidedOn),
      notes: [],
    };
  },
});
