/**
 * Turns a zod failure on step data into the engine's refusal: an absent or empty field is
 * 'missing-field' (naming it), anything else 'invalid-data'. The UI highlights `details.fields`.
 */
import type { z } from 'zod';
import { RefusalCode, type Refusal } from './refusal';

export type StepDataResult = { ok: true; data: unknown } | { ok: false; reason: Refusal };

type Issue = { path: readonly PropertyKey[]; code: string };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Empty strings and lists count as missing: a form left blank is a missing field, not bad data. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key)))
    .join('.');
}

export function validateStepData(schema: z.ZodType, raw: unknown): StepDataResult {
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues: readonly Issue[] = parsed.error.issues;
  const missing = issues.filter((issue) => isEmpty(valueAt(raw, issue.path)));
  if (missing.length > 0) {
    const fields = [...new Set(missing.map((issue) => fieldName(issue.path)))];
    return {
      ok: false,
      reason: {
        code: RefusalCode.missingField,
        messageKey: 'workflow.refusal.missingField',
        details: { field: fields[0], fields },
      },
    };
  }
  const fields = [...new Set(issues.map((issue) => fieldName(issue.path)))];
  return {
    ok: false,
    reason: {
      code: RefusalCode.invalidData,
      messageKey: 'workflow.refusal.invalidData',
      details: {
        field: fields[0],
        fields,
        issues: issues.map((issue) => ({ field: fieldName(issue.path), code: issue.code })),
      },
    },
  };
}
