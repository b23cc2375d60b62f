/**
 * zod building blocks of the template data. Messages are i18n keys (`validation.*`) like the case
 * card's, so a form can show why a document cannot be generated yet.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate';
import { IdType, Sex, codeValues } from '../domain/codes';
import { checkResidentId } from '../domain/residentId';
import type { ResidentIdProblem } from '../domain/residentId';
import { missingOr, optionalText, requiredText } from '../domain/textFields';
import { hasFenPrecision } from './amountInChineseCapitals';
import { addCitationIssues } from './citationIssues';

export { optionalText, requiredText };

/** A calendar date 'YYYY-MM-DD' as plain text in, branded IsoDate out. */
export const docDate = z.string({ error: missingOr('validation.date') }).transform((text, ctx) => {
  if (isIsoDate(text)) return text;
  ctx.issues.push({ code: 'custom', message: 'validation.date', input: text });
  return z.NEVER;
});

/** An amount above this is a typo (same bound as the workflows' amounts). */
export const MAX_DOCUMENT_YUAN = 1_000_000_000;

/** Yuan with fen precision, 0..1e9. Negative, non-finite or sub-fen amounts are rejected. */
export const yuanSchema = z
  .number({ error: missingOr('validation.document.amount') })
  .min(0, { error: 'validation.document.amountNegative' })
  .max(MAX_DOCUMENT_YUAN, { error: 'validation.document.amountTooLarge' })
  .refine(hasFenPrecision, { error: 'validation.document.amountFen' });

/** A strictly positive amount (a payment, a grant). */
export const positiveYuanSchema = yuanSchema.refine((v) => v > 0, {
  error: 'validation.document.amountNotPositive',
});

/** A time of day 'HH:MM'. */
export const clockTimeSchema = z
  .string({ error: missingOr('validation.document.time') })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.document.time' });

/** The procuratorate's full name, e.g. 安徽省合肥市包河区人民检察院. */
export const procuratorateSchema = requiredText(60);

/** The case as the app knows it; its official number, if any, is quoted as received. */
export const caseRefSchema = z.object({
  title: requiredText(200),
  provisionalNo: optionalText(40),
});
export type CaseRef = z.output<typeof caseRefSchema>;

/** Written out in full (as in the case card) so the locale check can find every key. */
const RESIDENT_ID_MESSAGES = {
  format: 'validation.residentId.format',
  region: 'validation.residentId.region',
  birthDate: 'validation.residentId.birthDate',
  checksum: 'validation.residentId.checksum',
} as const satisfies Record<ResidentIdProblem, string>;

/** A person or organisation named in a document. The ID is printed only where required. */
export const personSchema = z
  .object({
    name: requiredText(100),
    sex: z.enum(codeValues(Sex), { error: 'validation.choose' }).default('unknown'),
    birthDate: docDate.optional(),
    ethnicity: optionalText(20),
    /** 工作单位及职务, or the organisation's kind. */
    occupation: optionalText(100),
    address: optionalText(200),
    idType: z.enum(codeValues(IdType), { error: 'validation.choose' }).default('residentId'),
    idNumber: optionalText(40),
    /** 法定代表人 / 负责人 of an organisation. */
    representative: optionalText(100),
  })
  .superRefine((person, ctx) => {
    if (person.idNumber && person.idType === 'residentId') {
      const problem = checkResidentId(person.idNumber);
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['idNumber'],
          message: RESIDENT_ID_MESSAGES[problem],
        });
      }
    }
  });
export type Person = z.output<typeof personSchema>;

/** A person whose identity number the document must print (forms, decisions, agreements). */
export const identifiedPersonSchema = personSchema.refine((p) => p.idNumber !== undefined, {
  path: ['idNumber'],
  error: 'validation.required',
});

/** A procuratorate officer: 检察官, 检察官助理, 书记员 … */
export const officerSchema = z.object({
  name: requiredText(50),
  title: requiredText(30),
});
export type Officer = z.output<typeof officerSchema>;

/**
 * An instrument's title as documents print it (the template adds the 《》): written with them,
 * as people do, they are taken off; anything else in brackets is refused saying what to write.
 */
export const lawTitleSchema = requiredText(102)
  .transform((t) => t.replace(/^《(.*)》$/u, '$1').trim())
  .refine((t) => t !== '', { error: 'validation.required' })
  .refine((t) => t.length <= 100 && !/[《》]/.test(t), { error: 'validation.document.lawTitle' });

/**
 * A citation with current article numbering, e.g. 民事诉讼法 Art. 211 item 6, checked against the
 * edition table: a superseded instrument or an older edition's article number is refused with
 * the current one in the issue's `params` (src-shared/workflows/legal/checkCitation.ts).
 */
export const citationSchema = z
  .object({
    /** The instrument's title without 《》, e.g. 中华人民共和国民事诉讼法. */
    law: lawTitleSchema,
    article: z.int({ error: 'validation.invalid' }).min(1).max(2000),
    paragraph: z.int({ error: 'validation.invalid' }).min(1).max(20).optional(),
    item: z.int({ error: 'validation.invalid' }).min(1).max(50).optional(),
    /** The edition whose numbering `article` uses; absent = the current text (not printed). */
    edition: z
      .string()
      .regex(/^\d{4}$/, { error: 'validation.invalid' })
      .optional(),
  })
  .superRefine(addCitationIssues);
export type Citation = z.output<typeof citationSchema>;

/** The legal basis a decision rests on: at least one citation. */
export const basisSchema = z.array(citationSchema).min(1, { error: 'validation.required' }).max(20);

/** One of the applicant's grounds with the procuratorate's answer to it (DOMAIN.md §5). */
export const groundSchema = z.object({
  ground: requiredText(2000),
  response: z
    .string({ error: 'validation.document.groundUnanswered' })
    .trim()
    .min(1, { error: 'validation.document.groundUnanswered' })
    .max(10_000, { error: 'validation.tooLong' }),
  citations: z.array(citationSchema).max(20).default([]),
});
export type Ground = z.output<typeof groundSchema>;

/** An effective court document the application is about. */
export const courtCaseSchema = z.object({
  court: requiredText(100),
  /** e.g. （2024）皖0102民初1234号. */
  number: requiredText(60),
  /** e.g. 民事判决, 民事裁定, 民事调解书. */
  documentKind: requiredText(20),
});
export type CourtCase = z.output<typeof courtCaseSchema>;

/** Someone present in a capacity: 申请人, 代理律师, 人民监督员 … */
export const attendeeSchema = z.object({ name: requiredText(100), capacity: requiredText(40) });
export type Attendee = z.output<typeof attendeeSchema>;

/** A hearing officer (听证员) with the identity told to the parties. */
export const hearingOfficerSchema = z.object({
  name: requiredText(50),
  identity: requiredText(60),
});

/** Running text; blank lines separate paragraphs. */
export const longTextSchema = requiredText(20_000);
