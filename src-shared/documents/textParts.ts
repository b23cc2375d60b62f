/** Phrases and blocks the templates share: party descriptions, citations, signatures. */
import type { Sex } from '../domain/codes';
import { assertNever } from '../assertNever';
import { arabicDate, chineseDate, chineseInteger } from './chineseNumerals';
import type {
  Align,
  DocBlock,
  DocHeading,
  DocParagraph,
  DocSignature,
  DocSignatureLines,
} from './documentModel';
import type { Citation, Officer, Person } from './schemaParts';

/**
 * The official number line left blank: 统一业务应用系统 issues the number when the document is
 * registered there (DOMAIN.md §2.3). Full-width spaces (U+3000) keep room for the organ code,
 * the year inside 〔〕 and the sequence before 号.
 */
export const OFFICIAL_NUMBER_PLACEHOLDER =
  '\u3000\u3000\u3000〔\u3000\u3000\u3000\u3000〕\u3000\u3000号';

/** Where the seal goes on the signed paper copy. */
export const SEAL_PLACEHOLDER = '（院印）';

/** A date left for the signer: 年, 月 and 日 with two full-width spaces before each. */
export const BLANK_DATE = '\u3000\u3000年\u3000\u3000月\u3000\u3000日';

/** Running text split into paragraphs at line breaks; blank lines are dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Ends `text` with 。 unless it already ends with a closing punctuation mark. */
export function sentence(text: string): string {
  return /[。；！？…）”]$/.test(text) ? text : `${text}。`;
}

export function paragraph(
  text: string,
  options: { lead?: string; indent?: boolean; align?: Align } = {},
): DocParagraph {
  return {
    kind: 'paragraph',
    text,
    indent: options.indent ?? true,
    align: options.align ?? 'justify',
    ...(options.lead === undefined ? {} : { lead: options.lead }),
  };
}

/** Running text as indented paragraphs; `lead` goes before the first one ("经审查查明："). */
export function paragraphs(text: string, lead?: string): DocParagraph[] {
  return splitParagraphs(text).map((line, i) =>
    i === 0 && lead !== undefined ? paragraph(line, { lead }) : paragraph(line),
  );
}

export function heading(text: string, level: 1 | 2 = 1): DocHeading {
  return { kind: 'heading', level, text };
}

/** "标签：值" lines of a record's header, not indented. */
export function field(label: string, value: string): DocParagraph {
  return paragraph(value, { lead: `${label}：`, indent: false, align: 'left' });
}

export function signatureLines(
  lines: readonly { label: string; value?: string }[],
): DocSignatureLines {
  return { kind: 'signatureLines', lines };
}

/** 一、二、三、 … for numbered items. */
export function ordinal(n: number): string {
  return `${chineseInteger(n)}、`;
}

/** （一）（二） … for sub-items. */
export function subOrdinal(n: number): string {
  return `（${chineseInteger(n)}）`;
}

function sexLabel(sex: Sex): string | null {
  switch (sex) {
    case 'male':
      return '男';
    case 'female':
      return '女';
    case 'unknown':
      return null;
    default:
      return assertNever(sex);
  }
}

function idPhrase(person: Person): string | null {
  if (!person.idNumber) return null;
  switch (person.idType) {
    case 'residentId':
      return `公民身份号码${person.idNumber}`;
    case 'creditCode':
      return `统一社会信用代码${person.idNumber}`;
    case 'passport':
      return `护照号码${person.idNumber}`;
    case 'hkMacaoTaiwan':
    case 'other':
      return `证件号码${person.idNumber}`;
    default:
      return assertNever(person.idType);
  }
}

/**
 * "张三，男，1980年3月7日出生，汉族，住安徽省…" in the order of procuratorial documents. The ID
 * number is added only with `withId`: most documents must not print it (PIPL minimisation).
 */
export function describePerson(person: Person, options: { withId: boolean }): string {
  const birth = person.birthDate ? `${arabicDate(person.birthDate)}出生` : null;
  const parts = [
    person.name,
    sexLabel(person.sex),
    birth,
    options.withId ? idPhrase(person) : null,
    person.ethnicity ?? null,
    person.occupation ?? null,
    // An organisation (known by its credit code) has a 住所地, a person lives at an address.
    person.address ? `${person.idType === 'creditCode' ? '住所地' : '住'}${person.address}` : null,
    person.representative ? `法定代表人${person.representative}` : null,
  ];
  return `${parts.filter((p): p is string => p !== null && p !== '').join('，')}。`;
}

/** "申请人：张三，男，…。" as a paragraph of the party list. */
export function partyParagraph(role: string, person: Person, withId: boolean): DocParagraph {
  return paragraph(describePerson(person, { withId }), { lead: `${role}：` });
}

function articleText(c: Citation): string {
  const paragraphPart = c.paragraph ? `第${chineseInteger(c.paragraph)}款` : '';
  const itemPart = c.item ? `第${chineseInteger(c.item)}项` : '';
  return `第${chineseInteger(c.article)}条${paragraphPart}${itemPart}`;
}

/**
 * 《中华人民共和国民事诉讼法》第十五条、第二百一十一条、《…》第七条: consecutive citations of one
 * law share its title. Empty input gives an empty string.
 */
export function citationsText(citations: readonly Citation[]): string {
  const parts: string[] = [];
  let previousLaw: string | null = null;
  for (const c of citations) {
    parts.push(c.law === previousLaw ? articleText(c) : `《${c.law}》${articleText(c)}`);
    previousLaw = c.law;
  }
  return parts.join('、');
}

/** "…民事监督案" or "…纠纷一案": a case name followed by 一案 only when it does not end in 案. */
export function caseName(title: string): string {
  return title.endsWith('案') ? title : `${title}一案`;
}

/** "检察官张明". */
export function officerText(officer: Officer): string {
  return `${officer.title}${officer.name}`;
}

/** The procuratorate's signature with the issuing date and the seal placeholder. */
export function organSignature(organ: string, isoDate: string): DocSignature {
  return { organ, date: chineseDate(isoDate), seal: SEAL_PLACEHOLDER };
}

/** Blocks kept as a flat list; `false`/`null` entries (optional parts) are dropped. */
export function blocks(...items: (DocBlock | readonly DocBlock[] | false | null)[]): DocBlock[] {
  return items.flatMap((item) => (item === false || item === null ? [] : item));
}
