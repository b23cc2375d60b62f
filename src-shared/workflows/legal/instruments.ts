/**
 * Chinese titles of the instruments the workflows cite (DOMAIN.md). Article numbers are written
 * 第N条 in the step metadata; the CPL renumbering table is in cplRenumbering.ts.
 */
export const Instrument = {
  /** 民事诉讼法 (2023 amendment). */
  cpl: '中华人民共和国民事诉讼法',
  /** 行政诉讼法. */
  adminLitigationLaw: '中华人民共和国行政诉讼法',
  /** 民事诉讼监督规则 (高检发释字〔2021〕1号, effective 2021-08-01). */
  civilRules: '人民检察院民事诉讼监督规则',
  /** 行政诉讼监督规则 (高检发释字〔2021〕3号, effective 2021-09-01). */
  adminRules: '人民检察院行政诉讼监督规则',
  /** 国家司法救助工作细则 (2021, effective 2021-12-31); full text not retrieved (DOMAIN.md §10). */
  assistanceRules: '人民检察院开展国家司法救助工作细则',
  /** 2014 central opinion: 36-month cap, 10 + 2 working-day limits. */
  assistanceOpinion2014: '关于建立完善国家司法救助制度的意见（试行）',
  /** SPP 2017 opinion on reasoning in legal documents. */
  reasoningOpinion: '最高人民检察院关于加强检察法律文书说理工作的意见',
  /** 审查案件听证工作规定 (高检发办字〔2020〕53号). */
  hearingRules: '人民检察院审查案件听证工作规定',
  /** 听证员库建设管理指导意见 (2022). */
  hearingPoolOpinion: '人民检察院听证员库建设管理指导意见',
  /** 检察建议工作规定 (高检发释字〔2019〕1号). */
  recommendationRules: '人民检察院检察建议工作规定',
  /** 人民检察院组织法. */
  organicLaw: '中华人民共和国人民检察院组织法',
  /** 未成年人保护法 (2024 text). */
  minorsLaw: '中华人民共和国未成年人保护法',
} as const;
export type Instrument = (typeof Instrument)[keyof typeof Instrument];

/** Placeholder article for rules whose text DOMAIN.md could not verify. */
export const ARTICLE_UNVERIFIED = '条文号待核';
