/**
 * 不支持监督申请决定书 (民事规则 Arts. 89/93/103/109; 行政规则 Arts. 96/107/114; DOMAIN.md §5).
 * Its point is to answer the applicant: every ground is quoted and answered one by one, and the
 * schema refuses a ground without a response (generic boilerplate is the known failure).
 */
import { z } from 'zod';
import { arabicDate } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import type { DocBlock } from '../documentModel';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  citationSchema,
  courtCaseSchema,
  docDate,
  groundSchema,
  longTextSchema,
  optionalText,
  personSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import type { Ground } from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  citationsText,
  organSignature,
  paragraph,
  paragraphs,
  partyParagraph,
  sentence,
  splitParagraphs,
  subOrdinal,
} from '../textParts';

export const notSupportedDecisionSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  applicant: personSchema,
  otherParties: z.array(personSchema).max(20).default([]),
  originalCase: courtCaseSchema,
  /** e.g. 劳务合同纠纷. */
  disputeCause: requiredText(100),
  acceptedOn: docDate,
  /** The applicant's request (监督请求). */
  request: requiredText(5000),
  grounds: z.array(groundSchema).min(1, { error: 'validation.required' }).max(30),
  facts: longTextSchema,
  legalStandard: z.array(citationSchema).min(1, { error: 'validation.required' }).max(20),
  conclusion: longTextSchema,
  /** Remaining remedies, e.g. 复查 by the upper procuratorate within 1 year (民事规则 Art. 126). */
  remedies: requiredText(5000),
  socialAssistance: optionalText(5000),
  decidedOn: docDate,
});

function answer(ground: Ground, n: number): DocBlock[] {
  const response = splitParagraphs(ground.response).map((text) => paragraph(text));
  const basis =
    ground.citations.length > 0
      ? [paragraph(`（依据：${citationsText(ground.citations)}）`, { indent: true })]
      : [];
  return [
    paragraph(`关于申请人提出的“${ground.ground}”的理由。`, { lead: subOrdinal(n) }),
    ...response,
    ...basis,
  ];
}

export const notSupportedDecision = defineTemplate({
  id: DocumentTemplateId.notSupportedDecision,
  version: 1,
  title: '不支持监督申请决定书',
  schema: notSupportedDecisionSchema,
  renderContent(data) {
    const { originalCase } = data;
    const applicant = data.applicant.name;
    const others = data.otherParties.map((p) => p.name).join('、');
    const against = others === '' ? '' : `与${others}`;
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: null,
      body: blocks(
        partyParagraph('申请人', data.applicant, false),
        data.otherParties.map((p) => partyParagraph('其他当事人', p, false)),
        paragraph(
          `申请人${applicant}因${against}${data.disputeCause}一案，不服${originalCase.court}` +
            `${originalCase.number}${originalCase.documentKind}，向本院申请监督。本院于` +
            `${arabicDate(data.acceptedOn)}受理后依法进行了审查，现已审查终结。`,
        ),
        paragraphs(data.request, `申请人${applicant}申请监督称：`),
        paragraph('其主要理由如下：'),
        data.grounds.map((g, i) => paragraph(sentence(g.ground), { lead: subOrdinal(i + 1) })),
        paragraphs(data.facts, '本院经审查查明：'),
        paragraph('本院认为：'),
        data.grounds.flatMap((g, i) => answer(g, i + 1)),
        paragraphs(data.conclusion, '综上，'),
        paragraph(`依照${citationsText(data.legalStandard)}的规定，本院决定：`),
        paragraph(`不支持${applicant}的监督申请。`),
        paragraphs(data.remedies),
        data.socialAssistance !== undefined && paragraphs(data.socialAssistance),
      ),
      signature: organSignature(data.procuratorate, data.decidedOn),
      notes: [],
    };
  },
});
