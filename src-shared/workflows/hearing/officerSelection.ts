/** Whether a recorded selection of officers is consistent, and a draw can be redone. */
import type { z } from 'zod';
import { fail, firstFailure, pass, type GuardVerdict } from '../refusal';
import type { hearingSchemas } from './hearingSchemas';
import { drawFromPool } from './officerDraw';

type Selection = z.infer<(typeof hearingSchemas)['selectOfficers']>;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

function checkDraw(selection: Selection): GuardVerdict {
  const { drawSeed, drawCount, poolCandidateIds } = selection;
  if (drawSeed === undefined || drawCount === undefined || poolCandidateIds === undefined) {
    return fail('workflow.refusal.drawNotRecorded');
  }
  if (poolCandidateIds.some((id) => selection.recusedPoolEntryIds.includes(id))) {
    return fail('workflow.refusal.selectionMismatch');
  }
  const redone = drawFromPool(drawSeed, poolCandidateIds, drawCount);
  return sameList(redone, selection.poolEntryIds)
    ? pass
    : fail('workflow.refusal.drawNotReproduced', { expected: redone });
}

export function checkSelection(selection: Selection): GuardVerdict {
  const candidates = selection.poolCandidateIds ?? selection.poolEntryIds;
  return firstFailure(
    () =>
      sameList(
        selection.officers.map((o) => o.poolEntryId),
        selection.poolEntryIds,
      ) &&
      !selection.poolEntryIds.some((id) => selection.recusedPoolEntryIds.includes(id)) &&
      selection.poolSize >= candidates.length
        ? pass
        : fail('workflow.refusal.selectionMismatch'),
    () => (selection.method === 'randomDraw' ? checkDraw(selection) : pass),
  );
}
