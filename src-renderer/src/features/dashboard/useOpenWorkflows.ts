import { useLiveQuery } from 'dexie-react-hooks';
import { listCaseReminders, type OpenCaseReminder } from '../../db/caseReminderQueries';
import { getDb } from '../../db/database';
import { listOpenWorkflows, type OpenWorkflow } from '../../db/workflowQueries';

/** Every running workflow across all cases, live; undefined while loading. */
export function useOpenWorkflows(): OpenWorkflow[] | undefined {
  return useLiveQuery(() => listOpenWorkflows(getDb()), []);
}

/** The case-level reminders (复查 year, complaint replies) across all cases, live. */
export function useCaseReminders(): OpenCaseReminder[] | undefined {
  return useLiveQuery(() => listCaseReminders(getDb()), []);
}
