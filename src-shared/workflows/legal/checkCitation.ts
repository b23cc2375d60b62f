/**
 * The citation check every citation field and every document template runs (DOMAIN.md §0, the
 * renumbering trap; §4.8, the superseded 试行 instruments):
 * - a superseded instrument is refused, naming the one in force (and its article when known);
 * - an explicit older edition is refused, with the current number when the table knows it;
 * - without an edition the citation is read as the current text, but a number that the table
 *   knows only as an older edition's number of a topic that has moved (CPL 第209条 of 2017, now
 *   第220条) is refused with the current number: marking the current edition explicitly accepts
 *   it (the current text's own 第209条).
 */
import { renumberings, statuteByTitle, successorTitle, supersededByTitle } from './citationTable';
import { statutes, type StatuteId } from './statutes';

export type CitationProblem =
  | {
      readonly kind: 'supersededInstrument';
      readonly successor: string;
      readonly suggestedArticle?: number;
    }
  | {
      readonly kind: 'outdatedNumbering';
      /** The edition whose numbering the article belongs to. */
      readonly edition: string;
      readonly currentEdition: string;
      readonly suggestedArticle?: number;
    };

/** A citation as either form has it: a statute id (workflows) or a typed title (documents). */
export type CitationToCheck = {
  readonly statute: { readonly id: StatuteId } | { readonly title: string };
  readonly article: number;
  readonly edition?: string | undefined;
};

/** The current number of `article` cited in `edition`'s numbering, when the table knows it. */
export function currentArticleOf(
  statuteId: StatuteId,
  article: number,
  edition: string,
): number | undefined {
  const current = statutes[statuteId].currentEdition;
  if (edition === current) return article;
  const row = renumberings.find(
    (r) => r.statuteId === statuteId && r.articles[edition] === article,
  );
  return row?.articles[current];
}

/** The older edition in whose numbering `article` is a moved topic's number, if any. */
function movedFrom(statuteId: StatuteId, article: number): string | undefined {
  const current = statutes[statuteId].currentEdition;
  const rows = renumberings.filter((r) => r.statuteId === statuteId);
  if (rows.some((r) => r.articles[current] === article)) return undefined;
  for (const row of rows) {
    const edition = Object.keys(row.articles).find(
      (e) => e !== current && row.articles[e] === article,
    );
    if (edition !== undefined) return edition;
  }
  return undefined;
}

export function checkCitation(citation: CitationToCheck): CitationProblem | undefined {
  const { statute, article, edition } = citation;
  let statuteId: StatuteId | undefined;
  if ('id' in statute) {
    statuteId = statute.id;
  } else {
    const superseded = supersededByTitle(statute.title);
    if (superseded) {
      const suggested = superseded.articleMap[article];
      return {
        kind: 'supersededInstrument',
        successor: successorTitle(superseded),
        ...(suggested === undefined ? {} : { suggestedArticle: suggested }),
      };
    }
    statuteId = statuteByTitle(statute.title);
  }
  if (statuteId === undefined) return undefined;
  const currentEdition = statutes[statuteId].currentEdition;
  const numbering = edition ?? movedFrom(statuteId, article);
  if (numbering === undefined || numbering === currentEdition) return undefined;
  const suggested = currentArticleOf(statuteId, article, numbering);
  return {
    kind: 'outdatedNumbering',
    edition: numbering,
    currentEdition,
    ...(suggested === undefined ? {} : { suggestedArticle: suggested }),
  };
}
