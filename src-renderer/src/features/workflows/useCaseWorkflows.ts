import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listCaseWorkflows } from '../../db/workflowQueries';
import type { WorkflowRecord } from '../../db/workflowRows';

/** The workflows of a case, live; undefined while loading. */
export function useCaseWorkflows(caseId: string): WorkflowRecord[] | undefined {
  return useLiveQuery(() => listCaseWorkflows(getDb(), caseId), [caseId]);
}
