/** What an event's form may add to the plan built from its schema: the rule type and its helpers. */
import type { Option } from './form/ScalarField';
import type { FormValues } from './form/formValues';
import { valueAtPath } from '../../db/workflowDue';
import type { FormEnv } from './eventForms';

export type EventRule = {
  hidden?: (env: FormEnv) => readonly string[];
  options?: (env: FormEnv) => Record<string, Option[]>;
  initial?: (env: FormEnv) => FormValues;
  finalize?: (data: FormValues, env: FormEnv) => FormValues;
};

/** The objects of a list in the workflow's context. */
export const items = (env: FormEnv, path: string): Record<string, unknown>[] => {
  const value = valueAtPath(env.context, path);
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];
};
export const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The strings of a value that should be a list of strings. */
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
