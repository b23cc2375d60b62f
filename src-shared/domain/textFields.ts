/**
 * Building blocks of the domain's zod schemas. Every message is an i18n key (`validation.*`),
 * so forms show translated, field-level errors in the current language.
 */
import { z } from 'zod';

/**
 * An error map that says "required" when the value is missing and `key` otherwise. Without it
 * zod reports a missing field as "Invalid input: expected string, received undefined", which is
 * neither translated nor what a person who left a field empty needs to read.
 */
export function missingOr(key: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? 'validation.required' : key);
}

/** Trimmed text of at most `max` characters; may be empty. */
export function boundedText(max: number) {
  return z
    .string({ error: missingOr('validation.invalid') })
    .trim()
    .max(max, { error: 'validation.tooLong' });
}

/** Trimmed text of 1..`max` characters. */
export function requiredText(max: number) {
  return boundedText(max).min(1, { error: 'validation.required' });
}

/** Trimmed text of at most `max` characters that may be left out. */
export function optionalText(max: number) {
  return boundedText(max).optional();
}
