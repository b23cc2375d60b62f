/**
 * 终结审查决定书 (民事规则 Art. 73, DOMAIN.md §3A step 7). A termination on a reconciliation
 * agreement is valid only when the agreement expressly waives the right to apply and harms no
 * state, public or third-party interest [V]: the schema refuses data that does not say both.
 * The article numbers come with the data (from the statute table), never from here.
 */
import { z } from 'zod';
import { assertNever } from '../../assertNever';
import { arabicDate } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  citationSchema,
  courtCaseSchema,
  docDate,
  personSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  OFFICIAL_NUMBER_PLACEHOLDER,
  blocks,
  citationsText,
  organSignature,
  paragraph,
  partyParagraph,
} from '../textParts';

const noHarm = z.literal(true, { error: 'validation.document.noHarmRequired' });

const groundSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('applicationWithdrawn'), withdrawnOn: docDate, noHarm }),
    z.object({
      kind: z.literal('reconciliationWaiver'),
      agreementSignedOn: docDate,
      agreementWaivesSupervision: z.literal(true, { error: 'validation.document.waiverRequired' }),
      noHarm,
    }),
    /** Another Art. 73 ground, described in the data. */
    z.object({ kind: z.literal('other'), description: requiredText(5000) }),
  ],
  { error: 'validation.choose' },
);
type Ground = z.output<typeof groundSchema>;

export const reviewTerminationDecisionSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  applicant: personSchema,
  otherParties: z.array(personSchema).max(20).default([]),
  originalCase: courtCaseSchema,
  acceptedOn: docDate,
  ground: groundSchema,
  basis: z.array(citationSchema).min(1, { error: 'validation.required' }).max(20),
  decidedOn: docDate,
});

function groundParagraphs(ground: Ground, applicant: string, others: string): string[] {
  switch (ground.kind) {
    case 'applicationWithdrawn':
      return [
        `${arabicDate(ground.withdrawnOn)}，申请人${applicant}向本院撤回监督申请。`,
        '经审查，申请人撤回监督申请不损害国家利益、社会公共利益或者他人合法权益。',
      ];
    case 'reconciliationWaiver':
      return [
        `审查期间，申请人${applicant}与${others}于${arabicDate(ground.agreementSignedOn)}` +
          '自愿达成和解协议，申请人在和解协议中明确表示放弃申请监督的权利。',
        '经审查，该和解协议不损害国家利益、社会公共利益或者他人合法权益。',
      ];
    case 'other':
      return [ground.description];
    default:
      return assertNever(ground);
  }
}

export const reviewTerminationDecision = defineTemplate({
  id: DocumentTemplateId.reviewTerminationDecision,
  version: 1,
  title: '终结审查决定书',
  schema: reviewTerminationDecisionSchema,
  renderContent(data) {
    const { originalCase } = data;
    const applicant = data.applicant.name;
    const others = data.otherParties.map((p) => p.name).join('、') || '对方当事人';
    return {
      issuer: data.procuratorate,
      numberLine: OFFICIAL_NUMBER_PLACEHOLDER,
      addressee: null,
      body: blocks(
        partyParagraph('申请人', data.applicant, false),
        data.otherParties.map((p) => partyParagraph('其他当事人', p, false)),
        paragraph(
          `申请人${applicant}不服${originalCase.court}${originalCase.number}` +
            `${originalCase.documentKind}，向本院申请监督。本院于${arabicDate(data.acceptedOn)}受理。`,
        ),
        groundParagraphs(data.ground, applicant, others).map((text) => paragraph(text)),
        paragraph(`依照${citationsText(data.basis)}的规定，本院决定：`),
        paragraph(`终结对申请人${applicant}监督申请一案的审查。`),
      ),
      signature: organSignature(data.procuratorate, data.decidedOn),
      notes: [],
    };
  },
});
