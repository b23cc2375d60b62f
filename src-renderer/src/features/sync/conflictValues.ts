/** How a conflicting field's values are shown and edited: text as text, anything else as JSON. */
import type { ConflictChoice } from '../../db/conflicts';
import type { FieldConflict } from '../../../../src-shared/sync/merge';

export function isTextField(field: FieldConflict): boolean {
  const sample = field.client ?? field.server ?? field.base;
  return sample === undefined || typeof sample === 'string';
}

/** The value as a person reads it; null for "empty" (the caller words it). */
export function showValue(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

/** The starting text of a merged value: this device's value, editable. */
export function mergeDraft(field: FieldConflict): string {
  const value = field.client ?? field.server;
  if (isTextField(field)) return typeof value === 'string' ? value : '';
  return JSON.stringify(value ?? null, null, 2);
}

export type FieldDecision = { choice: ConflictChoice; draft: string };

/** The value to write for one field, or 'invalid' when a JSON draft does not parse. */
export function decidedValue(field: FieldConflict, decision: FieldDecision): unknown {
  switch (decision.choice) {
    case 'local':
      return field.client;
    case 'server':
      return field.server;
    case 'merged':
      if (isTextField(field)) return decision.draft === '' ? undefined : decision.draft;
      try {
        return JSON.parse(decision.draft) as unknown;
      } catch {
        return INVALID;
      }
  }
}

/** Marks a merged JSON draft that does not parse. */
export const INVALID: unique symbol = Symbol('invalid');
