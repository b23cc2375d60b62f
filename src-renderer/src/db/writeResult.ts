/** What a repository command answers: the written value, or why nothing was written. */
import type { z } from 'zod';

/** One problem with the input. `message` is an i18n key (`validation.*`). */
export type Issue = { path: (string | number)[]; message: string };

export type WriteResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** zod's issues as the UI shows them: a field path and a translation key. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}

/** A refusal that concerns the whole command, not one field (e.g. the case does not exist). */
export function refusal(message: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [{ path: [], message }] };
}
