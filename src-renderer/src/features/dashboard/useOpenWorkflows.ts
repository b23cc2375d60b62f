import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../db/database';
import { listOpenWorkflows, type OpenWorkflow } from '../../db/workflowQueries';

/** Every running workflow across all cases, live; undefined while loading. */
export function useOpenWorkflows(): OpenWorkflow[] | undefined {
  return useLiveQuery(() => listOpenWorkflows(getDb()), []);
}
