/**
 * Editions of the instruments the app cites, the article renumberings between them, and the
 * instruments that are no longer in force. Only rows DOMAIN.md states or a stored source confirms
 * are listed, each with its tag; an article the table does not know is left to the procurator.
 */
import { cplRenumbering } from './cplRenumbering';
import { statutes, type StatuteId } from './statutes';

/** DOMAIN.md's confidence tags. */
export type Confidence = 'V' | 'S' | 'U';

/** One topic whose article number moved between editions of the same instrument. */
export type RenumberingRow = {
  readonly statuteId: StatuteId;
  /** Edition → article number; the current edition is always present. */
  readonly articles: Readonly<Record<string, number>>;
  readonly confidence: Confidence;
};

export const renumberings: readonly RenumberingRow[] = [
  // DOMAIN.md §0 [V]: checked against the CPL 2021 and 2023 texts.
  ...cplRenumbering.map((row) => ({
    statuteId: 'cpl' as const,
    articles: row.articles,
    confidence: 'V' as const,
  })),
];

/** An instrument replaced by a current one: citing it is refused, naming the successor. */
export type SupersededInstrument = {
  /** The title as issued, without 《》. */
  readonly title: string;
  readonly successor: StatuteId;
  /** Old article → the successor's article, where a source gives the correspondence. */
  readonly articleMap: Readonly<Record<number, number>>;
  readonly confidence: Confidence;
  /** Where the replacement is stated. */
  readonly source: string;
};

export const supersededInstruments: readonly SupersededInstrument[] = [
  {
    // 2016 试行 rules (7 chapters, 40 articles), replaced by the 2021 细则 from 2021-12-31.
    title: '人民检察院国家司法救助工作细则（试行）',
    successor: 'assistanceRules',
    articleMap: {},
    confidence: 'S',
    source: 'DOMAIN.md §4.1, §4.8',
  },
  {
    // 2013 试行 rules, replaced by the 2021 rules (effective 2021-08-01); the guidance to
    // reconcile moved from Art. 55 ("建议") to Art. 51 ("引导") [S].
    title: '人民检察院民事诉讼监督规则（试行）',
    successor: 'civilRules',
    articleMap: { 55: 51 },
    confidence: 'S',
    source: 'DOMAIN.md §3A (http://m.studyofnet.com/547298996.html)',
  },
  {
    // 2016 试行 rules (7 chapters, 37 articles), 已失效 since the 2021 rules (2021-09-01).
    title: '人民检察院行政诉讼监督规则（试行）',
    successor: 'adminRules',
    articleMap: {},
    confidence: 'S',
    source:
      'SPP 7th Procuratorial Office commentary, http://xsba.vip/sfjs/ljsy/jc-xzss2021-1.htm; ' +
      'http://m.jizihe.com/page/2021/1129/9148073.shtml',
  },
];

/**
 * A title as people type it, reduced for comparison: no 《》 or spaces, ASCII brackets made
 * full-width, and no leading 中华人民共和国 (the law is the same with or without it).
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/[《》\s]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^中华人民共和国/, '');
}

const byTitle = new Map<string, StatuteId>(
  Object.values(statutes).map((s) => [normalizeTitle(s.title), s.id]),
);

/** The current instrument a title names, if the table has it. */
export function statuteByTitle(title: string): StatuteId | undefined {
  return byTitle.get(normalizeTitle(title));
}

/** The superseded instrument a title names, if any. */
export function supersededByTitle(title: string): SupersededInstrument | undefined {
  const wanted = normalizeTitle(title);
  return supersededInstruments.find((s) => normalizeTitle(s.title) === wanted);
}

/** The successor's full title, for messages. */
export function successorTitle(instrument: SupersededInstrument): string {
  return statutes[instrument.successor].title;
}
