import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { checkDuplicateAssistance, type AssistanceRequest } from '../../db/duplicateAssistance';

/** Earlier assistance requests for the same person and source case (judicial assistance only). */
export function useDuplicateAssistance(
  workflowId: string,
  isAssistance: boolean,
): readonly AssistanceRequest[] {
  return (
    useLiveQuery(
      () => (isAssistance ? checkDuplicateAssistance(getDb(), workflowId) : Promise.resolve([])),
      [workflowId, isAssistance],
    ) ?? []
  );
}
