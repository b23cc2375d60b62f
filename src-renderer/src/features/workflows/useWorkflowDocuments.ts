import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listWorkflowDocuments } from '../../db/workflowQueries';
import type { DocumentRecord } from '../../db/workflowRows';

/** Documents generated for a workflow, newest first, live. */
export function useWorkflowDocuments(workflowId: string): DocumentRecord[] | undefined {
  return useLiveQuery(() => listWorkflowDocuments(getDb(), workflowId), [workflowId]);
}
