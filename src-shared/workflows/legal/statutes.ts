/**
 * The statute table legal citations are chosen from: id → title and current edition.
 * Editions and dates come from DOMAIN.md unless marked [U] (general knowledge, to confirm).
 */
import { Instrument } from './instruments';

export const StatuteId = {
  /** 民事诉讼法: current edition 2023, effective 2024-01-01 [U date]. */
  cpl: 'cpl',
  /** 行政诉讼法: current edition 2017 [U]. */
  adminLitigationLaw: 'adminLitigationLaw',
  /** 民事诉讼监督规则 2021. */
  civilRules: 'civilRules',
  /** 行政诉讼监督规则 2021. */
  adminRules: 'adminRules',
  /** 国家司法救助工作细则 2021. */
  assistanceRules: 'assistanceRules',
  /** 检察建议工作规定 2019. */
  recommendationRules: 'recommendationRules',
  /** 审查案件听证工作规定 2020. */
  hearingRules: 'hearingRules',
  /** 人民检察院组织法 2018 [U]. */
  organicLaw: 'organicLaw',
  /** 未成年人保护法 (2024 text). */
  minorsLaw: 'minorsLaw',
} as const;
export type StatuteId = (typeof StatuteId)[keyof typeof StatuteId];

export type Statute = { id: StatuteId; title: string; currentEdition: string };

export const statutes: Readonly<Record<StatuteId, Statute>> = {
  cpl: { id: 'cpl', title: Instrument.cpl, currentEdition: '2023' },
  adminLitigationLaw: {
    id: 'adminLitigationLaw',
    title: Instrument.adminLitigationLaw,
    currentEdition: '2017',
  },
  civilRules: { id: 'civilRules', title: Instrument.civilRules, currentEdition: '2021' },
  adminRules: { id: 'adminRules', title: Instrument.adminRules, currentEdition: '2021' },
  assistanceRules: {
    id: 'assistanceRules',
    title: Instrument.assistanceRules,
    currentEdition: '2021',
  },
  recommendationRules: {
    id: 'recommendationRules',
    title: Instrument.recommendationRules,
    currentEdition: '2019',
  },
  hearingRules: { id: 'hearingRules', title: Instrument.hearingRules, currentEdition: '2020' },
  organicLaw: { id: 'organicLaw', title: Instrument.organicLaw, currentEdition: '2018' },
  minorsLaw: { id: 'minorsLaw', title: Instrument.minorsLaw, currentEdition: '2024' },
};
