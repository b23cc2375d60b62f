/** Opening the database and its recovery path, in one import for the app's start-up. */
export {
  classifyOpenError,
  openDatabaseSafely,
  type DbProblem,
  type OpenResult,
} from './openDatabaseSafely';
