import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listWorkflowSteps } from '../../db/workflowQueries';
import type { WorkflowStepRecord } from '../../db/workflowRows';

/** A workflow's history, oldest first, live. */
export function useWorkflowSteps(workflowId: string): WorkflowStepRecord[] | undefined {
  return useLiveQuery(() => listWorkflowSteps(getDb(), workflowId), [workflowId]);
}
