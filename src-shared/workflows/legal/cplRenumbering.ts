/**
 * The CPL renumbering trap (DOMAIN.md §0, [V]): the 2021 SPP rules cite the 2017 CPL article
 * numbers, which moved in the 2021 and 2023 amendments. Only verified rows are listed; for any
 * other article the helper answers `undefined` so the procurator checks it by hand.
 */
export const CplEdition = {
  /** CPL as amended 2017: the numbering the 2021 SPP rules cite. */
  e2017: '2017',
  /** CPL as amended 2021. */
  e2021: '2021',
  /** CPL as amended 2023: the current text. */
  e2023: '2023',
} as const;
export type CplEdition = (typeof CplEdition)[keyof typeof CplEdition];

export const CURRENT_CPL_EDITION: CplEdition = CplEdition.e2023;

export type CplRenumberingRow = {
  /** i18n key `workflow.legal.cplTopic.<topic>`. */
  topic: 'retrialGrounds' | 'protestPower' | 'partyApplication';
  articles: Readonly<Record<CplEdition, number>>;
};

export const cplRenumbering: readonly CplRenumberingRow[] = [
  { topic: 'retrialGrounds', articles: { '2017': 200, '2021': 207, '2023': 211 } },
  { topic: 'protestPower', articles: { '2017': 208, '2021': 215, '2023': 219 } },
  { topic: 'partyApplication', articles: { '2017': 209, '2021': 216, '2023': 220 } },
];

/**
 * The current (2023) number of a CPL article cited in an older edition's numbering, or
 * `undefined` when the table does not know that article (check by hand, never guess).
 */
export function currentCplArticle(oldArticle: number, edition: CplEdition): number | undefined {
  if (edition === CURRENT_CPL_EDITION) return oldArticle;
  const row = cplRenumbering.find((r) => r.articles[edition] === oldArticle);
  return row?.articles[CURRENT_CPL_EDITION];
}
