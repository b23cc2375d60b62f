/**
 * 评议笔录: the hearing officers' deliberation, each officer's opinion and the opinion they
 * reached, signed by the presiding procurator and the officers (行政规则 Art. 75 [V]; the
 * officers' opinion is an important reference for the decision, DOMAIN.md §6.4).
 */
import { z } from 'zod';
import { arabicDate, clockTime } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  caseRefSchema,
  clockTimeSchema,
  docDate,
  officerSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import { blocks, field, heading, paragraphs, signatureLines } from '../textParts';

export const hearingDeliberationSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  heldOn: docDate,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema.optional(),
  place: requiredText(100),
  presiding: officerSchema,
  clerk: officerSchema,
  /** What the officers were asked to deliberate on. */
  question: requiredText(2000),
  officers: z
    .array(
      z.object({
        name: requiredText(50),
        identity: requiredText(60),
        opinion: requiredText(10_000),
      }),
    )
    .min(1, { error: 'validation.required' })
    .max(15),
  /** The opinion the officers reached (the majority's), as their representative states it. */
  conclusion: requiredText(10_000),
});

export const hearingDeliberation = defineTemplate({
  id: DocumentTemplateId.hearingDeliberation,
  version: 1,
  title: '评议笔录',
  schema: hearingDeliberationSchema,
  renderContent(data) {
    const time =
      `${arabicDate(data.heldOn)}${clockTime(data.startTime)}` +
      (data.endTime ? `至${clockTime(data.endTime)}` : '');
    return {
      issuer: data.procuratorate,
      numberLine: null,
      addressee: null,
      body: blocks(
        field('案件名称', data.caseRef.title),
        field('时间', time),
        field('地点', data.place),
        field('主持人', `${data.presiding.title}${data.presiding.name}`),
        field('听证员', data.officers.map((o) => `${o.name}（${o.identity}）`).join('、')),
        field('记录人', data.clerk.name),
        heading('评议事项'),
        paragraphs(data.question),
        heading('评议情况'),
        data.officers.flatMap((o) => paragraphs(o.opinion, `听证员${o.name}：`)),
        heading('评议意见'),
        paragraphs(data.conclusion),
        signatureLines([
          { label: `主持人${data.presiding.name}（签名）` },
          ...data.officers.map((o) => ({ label: `听证员${o.name}（签名）` })),
          { label: `记录人${data.clerk.name}（签名）` },
        ]),
      ),
      signature: null,
      notes: [],
    };
  },
});
