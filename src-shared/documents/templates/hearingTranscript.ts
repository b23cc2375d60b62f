/**
 * 听证笔录 (听证规定 Arts. 9–15, the seven steps; 民事规则 Art. 60: the parties check the
 * transcript and sign it; DOMAIN.md §6.4). Entries are grouped under the agenda step they belong
 * to, in the order of the rules, so a transcript typed out of order still reads in order.
 * The administrative nine-step agenda (行政规则 Art. 74) was not verified [U].
 */
import { z } from 'zod';
import { assertNever } from '../../assertNever';
import { arabicDate, clockTime } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  attendeeSchema,
  caseRefSchema,
  clockTimeSchema,
  docDate,
  hearingOfficerSchema,
  officerSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  blocks,
  field,
  heading,
  officerText,
  ordinal,
  paragraph,
  paragraphs,
  signatureLines,
} from '../textParts';

/** The seven steps of a hearing (听证规定 [S]), in order. */
export const HearingStep = {
  /** 承办检察官介绍案件情况和需要听证的问题. */
  introduction: 'introduction',
  /** 当事人及其他参加人陈述意见. */
  statements: 'statements',
  /** 听证员向当事人或者其他参加人提问. */
  questions: 'questions',
  /** 休会，听证员评议. */
  recess: 'recess',
  /** 复会，听证员发表意见. */
  officersOpinion: 'officersOpinion',
  /** 当事人最后陈述. */
  finalStatements: 'finalStatements',
  /** 主持人总结. */
  summary: 'summary',
} as const;
export type HearingStep = (typeof HearingStep)[keyof typeof HearingStep];

const STEP_ORDER = Object.values(HearingStep);

function stepTitle(step: HearingStep): string {
  switch (step) {
    case 'introduction':
      return '承办检察官介绍案件情况和需要听证的问题';
    case 'statements':
      return '当事人及其他参加人陈述意见';
    case 'questions':
      return '听证员提问';
    case 'recess':
      return '休会，听证员进行评议';
    case 'officersOpinion':
      return '复会，听证员发表听证意见';
    case 'finalStatements':
      return '当事人最后陈述';
    case 'summary':
      return '主持人总结';
    default:
      return assertNever(step);
  }
}

export const hearingTranscriptSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  heldOn: docDate,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema.optional(),
  place: requiredText(100),
  isPublic: z.boolean({ error: 'validation.choose' }),
  presiding: officerSchema,
  clerk: officerSchema,
  officers: z.array(hearingOfficerSchema).min(1, { error: 'validation.required' }).max(15),
  participants: z.array(attendeeSchema).min(1, { error: 'validation.required' }).max(30),
  entries: z
    .array(
      z.object({
        step: z.enum(HearingStep, { error: 'validation.choose' }),
        speaker: requiredText(100),
        content: requiredText(10_000),
      }),
    )
    .min(1, { error: 'validation.required' })
    .max(500),
});

export const hearingTranscript = defineTemplate({
  id: DocumentTemplateId.hearingTranscript,
  version: 1,
  title: '听证笔录',
  schema: hearingTranscriptSchema,
  renderContent(data) {
    const time =
      `${arabicDate(data.heldOn)}${clockTime(data.startTime)}` +
      (data.endTime ? `至${clockTime(data.endTime)}` : '');
    const steps = STEP_ORDER.filter((step) => data.entries.some((e) => e.step === step));
    return {
      issuer: data.procuratorate,
      numberLine: null,
      addressee: null,
      body: blocks(
        field('案件名称', data.caseRef.title),
        field('时间', time),
        field('地点', data.place),
        field('听证方式', data.isPublic ? '公开听证' : '不公开听证'),
        field('主持人', officerText(data.presiding)),
        field('听证员', data.officers.map((o) => `${o.name}（${o.identity}）`).join('、')),
        field('书记员', data.clerk.name),
        field('参加人', data.participants.map((p) => `${p.name}（${p.capacity}）`).join('、')),
        steps.flatMap((step, i) => [
          heading(`${ordinal(i + 1)}${stepTitle(step)}`),
          ...data.entries
            .filter((e) => e.step === step)
            .flatMap((e) => paragraphs(e.content, `${e.speaker}：`)),
        ]),
        paragraph('（听证结束）'),
        signatureLines([
          ...data.participants.map((p) => ({ label: `${p.capacity}${p.name}（签名）` })),
          ...data.officers.map((o) => ({ label: `听证员${o.name}（签名）` })),
          { label: `主持人${data.presiding.name}（签名）` },
          { label: `书记员${data.clerk.name}（签名）` },
        ]),
      ),
      signature: null,
      notes: [],
    };
  },
});
