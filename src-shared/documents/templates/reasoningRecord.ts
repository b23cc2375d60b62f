/**
 * 释法说理记录: what was explained to whom, how, and how they took it (DOMAIN.md §5, data
 * fields [U]). Each of the applicant's grounds is answered; the record is signed by the person
 * reasoned with, the procurator and the recorder. No number and no seal: it is a case-file record.
 */
import { z } from 'zod';
import { assertNever } from '../../assertNever';
import { arabicDate, clockTime } from '../chineseNumerals';
import { defineTemplate } from '../defineTemplate';
import { DocumentTemplateId } from '../documentTemplateId';
import {
  attendeeSchema,
  caseRefSchema,
  citationSchema,
  clockTimeSchema,
  docDate,
  groundSchema,
  officerSchema,
  optionalText,
  personSchema,
  procuratorateSchema,
  requiredText,
} from '../schemaParts';
import {
  blocks,
  citationsText,
  field,
  heading,
  officerText,
  ordinal,
  paragraph,
  paragraphs,
  signatureLines,
} from '../textParts';

/** How the reasoning was delivered (DOMAIN.md §5). */
export const ReasoningMode = {
  /** 书面说理: in the served document. */
  written: 'written',
  /** 当面说理. */
  faceToFace: 'faceToFace',
  /** 检察宣告: formal announcement. */
  announcement: 'announcement',
  /** 公开听证. */
  hearing: 'hearing',
} as const;
export type ReasoningMode = (typeof ReasoningMode)[keyof typeof ReasoningMode];

/** How the applicant took it. */
export const ApplicantReaction = {
  /** 接受说理，息诉罢访. */
  accepts: 'accepts',
  /** 表示继续申诉信访. */
  continuesPetition: 'continuesPetition',
  /** 撤回申请. */
  withdraws: 'withdraws',
  /** 未当场表态. */
  undecided: 'undecided',
} as const;
export type ApplicantReaction = (typeof ApplicantReaction)[keyof typeof ApplicantReaction];

function modeLabel(mode: ReasoningMode): string {
  switch (mode) {
    case 'written':
      return '书面说理';
    case 'faceToFace':
      return '当面说理';
    case 'announcement':
      return '检察宣告';
    case 'hearing':
      return '公开听证';
    default:
      return assertNever(mode);
  }
}

function reactionLabel(reaction: ApplicantReaction): string {
  switch (reaction) {
    case 'accepts':
      return '接受说理，表示息诉罢访';
    case 'continuesPetition':
      return '不接受说理，表示继续申诉信访';
    case 'withdraws':
      return '撤回申请';
    case 'undecided':
      return '未当场表态';
    default:
      return assertNever(reaction);
  }
}

export const reasoningRecordSchema = z.object({
  procuratorate: procuratorateSchema,
  caseRef: caseRefSchema,
  /** The decision being explained, e.g. 不支持监督申请决定. */
  matter: requiredText(100),
  heldOn: docDate,
  startTime: clockTimeSchema,
  endTime: clockTimeSchema.optional(),
  place: requiredText(100),
  mode: z.enum(ReasoningMode, { error: 'validation.choose' }),
  explainedBy: officerSchema,
  recorder: officerSchema,
  subject: personSchema,
  /** The subject's capacity, e.g. 申请人. */
  subjectCapacity: requiredText(40),
  attendees: z.array(attendeeSchema).max(30).default([]),
  grounds: z.array(groundSchema).min(1, { error: 'validation.required' }).max(30),
  citations: z.array(citationSchema).max(20).default([]),
  subjectStatement: optionalText(5000),
  reaction: z.enum(ApplicantReaction, { error: 'validation.choose' }),
  followUp: optionalText(2000),
});

export const reasoningRecord = defineTemplate({
  id: DocumentTemplateId.reasoningRecord,
  version: 1,
  title: '释法说理记录',
  schema: reasoningRecordSchema,
  renderContent(data) {
    const time =
      `${arabicDate(data.heldOn)}${clockTime(data.startTime)}` +
      (data.endTime ? `至${clockTime(data.endTime)}` : '');
    const attendees = data.attendees.map((a) => `${a.name}（${a.capacity}）`).join('、');
    return {
      issuer: data.procuratorate,
      numberLine: null,
      addressee: null,
      body: blocks(
        field('案件名称', data.caseRef.title),
        field('说理事项', data.matter),
        field('时间', time),
        field('地点', data.place),
        field('方式', modeLabel(data.mode)),
        field('释法说理人', officerText(data.explainedBy)),
        field('记录人', officerText(data.recorder)),
        field('说理对象', `${data.subject.name}（${data.subjectCapacity}）`),
        attendees !== '' && field('其他在场人员', attendees),
        heading('说理内容'),
        data.grounds.flatMap((g, i) => [
          paragraph(`关于“${g.ground}”。`, { lead: ordinal(i + 1) }),
          ...paragraphs(g.response),
          ...(g.citations.length > 0 ? [paragraph(`依据：${citationsText(g.citations)}。`)] : []),
        ]),
        data.citations.length > 0 &&
          paragraph(`本次说理援引的法律依据：${citationsText(data.citations)}。`),
        heading('说理对象意见'),
        paragraphs(data.subjectStatement ? data.subjectStatement : '（无）'),
        field('说理效果', reactionLabel(data.reaction)),
        data.followUp !== undefined && field('后续工作', data.followUp),
        paragraph('以上记录已向说理对象宣读（或者交其阅读），经确认无误。'),
        signatureLines([
          { label: '说理对象（签名）' },
          { label: '释法说理人（签名）' },
          { label: '记录人（签名）' },
        ]),
      ),
      signature: null,
      notes: [],
    };
  },
});
