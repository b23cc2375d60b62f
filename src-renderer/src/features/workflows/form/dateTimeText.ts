/**
 * A date-time field is typed as "YYYY-MM-DD HH:MM"; the form keeps "YYYY-MM-DDTHH:MM" (what
 * `localToOffsetIso` turns into the stored value). Anything else stays as typed, so the schema
 * refuses it with its own message instead of the field guessing.
 */
const TYPED = /^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})$/;

export function dateTimeKept(typed: string): string {
  const trimmed = typed.trim();
  const match = TYPED.exec(trimmed);
  if (!match) return typed;
  const [, day, time] = match;
  return `${day ?? ''}T${(time ?? '').padStart(5, '0')}`;
}

export function dateTimeShown(kept: string): string {
  return kept.replace(/^(\d{4}-\d{2}-\d{2})T/, '$1 ');
}
