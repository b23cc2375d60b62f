/** Zod issues for a document citation the edition table refuses (see checkCitation.ts). */
import type { z } from 'zod';
import { checkCitation } from '../workflows/legal/checkCitation';

type CitationInput = { law: string; article: number; edition?: string | undefined };

export function addCitationIssues(citation: CitationInput, ctx: z.RefinementCtx): void {
  const problem = checkCitation({
    statute: { title: citation.law },
    article: citation.article,
    edition: citation.edition,
  });
  if (problem === undefined) return;
  if (problem.kind === 'supersededInstrument') {
    ctx.addIssue({
      code: 'custom',
      path: ['law'],
      message: 'validation.document.supersededInstrument',
      params: { successor: problem.successor, article: problem.suggestedArticle ?? '' },
    });
    return;
  }
  ctx.addIssue({
    code: 'custom',
    path: ['article'],
    message:
      problem.suggestedArticle === undefined
        ? 'validation.document.outdatedEdition'
        : 'validation.document.renumberedArticle',
    params: {
      edition: problem.edition,
      currentEdition: problem.currentEdition,
      article: problem.suggestedArticle ?? '',
    },
  });
}
