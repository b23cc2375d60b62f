/**
 * Reference data the provincial server hands to every device (DESIGN.md §4 `GET /reference/...`):
 * versioned sets, one per kind, province-wide or overridden for a unit. The index lists each kind
 * with its version and content hash so a device fetches only the kinds that changed; each payload
 * is checked with the kind's schema on the server (when an operator sets it) and again on the
 * device (before it is stored).
 */
import { z } from 'zod';
import { holidayTableSchema } from '../calendar/holidayTable';
import type { HolidayTable } from '../calendar/holidayTable';
import { timeLimitOverridesSchema } from '../calendar/timeLimitOverrides';
import type { TimeLimitOverrides } from '../calendar/timeLimitOverrides';
import { codeValues } from '../domain/codes';
import { wageBaseTableSchema } from '../workflows/assistance/wageBase';
import type { WageBaseTable } from '../workflows/assistance/wageBase';

/** The kinds of reference data the protocol knows. */
export const ReferenceKind = {
  /** State Council holiday tables (one per year, with make-up working days) for the calendar. */
  holidays: 'holidays',
  /** Average wages per province and year: the judicial-assistance amount's base. */
  wageBases: 'wageBases',
  /** Amounts of the configurable ([S]/[U]) time limits, with the document that sets them. */
  timeLimits: 'timeLimits',
} as const;
export type ReferenceKind = (typeof ReferenceKind)[keyof typeof ReferenceKind];

export const referenceKindSchema = z.enum(codeValues(ReferenceKind));

export function isReferenceKind(value: string): value is ReferenceKind {
  return referenceKindSchema.safeParse(value).success;
}

/** Holiday tables, at most one per year. */
export const holidayTablesSchema = z
  .array(holidayTableSchema)
  .min(1)
  .max(50)
  .superRefine((tables, ctx) => {
    const years = new Set<number>();
    tables.forEach((table, i) => {
      if (years.has(table.year))
        ctx.addIssue({ code: 'custom', path: [i, 'year'], message: 'validation.calendar.year' });
      years.add(table.year);
    });
  }) satisfies z.ZodType<HolidayTable[]>;

/** What each kind's payload must look like. */
export const REFERENCE_DATA_SCHEMAS = {
  holidays: holidayTablesSchema,
  wageBases: wageBaseTableSchema,
  timeLimits: timeLimitOverridesSchema,
} as const satisfies Record<ReferenceKind, z.ZodType>;

/** A kind's payload type. */
export type ReferenceData = {
  holidays: HolidayTable[];
  wageBases: WageBaseTable;
  timeLimits: TimeLimitOverrides;
};

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** Whose set a device receives: the province-wide one, or one set for its own unit or above it. */
export const ReferenceScope = {
  /** Set for every unit of the province. */
  province: 'province',
  /** Set for this device's unit or a unit above it, overriding the province-wide set. */
  unit: 'unit',
} as const;
export type ReferenceScope = (typeof ReferenceScope)[keyof typeof ReferenceScope];

/** One kind as the index lists it. */
export const referenceEntrySchema = z.object({
  kind: referenceKindSchema,
  /** Grows by one each time an operator sets the kind (any scope). */
  version: z.number().int().positive(),
  /** SHA-256 (hex) of the payload's JSON as stored: changes whenever the content does. */
  hash: sha256Schema,
  scope: z.enum(codeValues(ReferenceScope)),
  /** When the operator set this version. */
  updatedAt: z.iso.datetime({ offset: true }),
});
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;

/** `GET /reference`: the kinds that have data for this device's unit. */
export const referenceIndexSchema = z.object({ kinds: z.array(referenceEntrySchema) });
export type ReferenceIndex = z.infer<typeof referenceIndexSchema>;

export const referenceParamsSchema = z.object({ kind: z.string().min(1).max(40) });
export type ReferenceParams = z.infer<typeof referenceParamsSchema>;

/** `GET /reference/:kind`: the entry and its payload, checked with the kind's schema. */
export const referenceSetSchema = z.discriminatedUnion('kind', [
  referenceEntrySchema.extend({
    kind: z.literal(ReferenceKind.holidays),
    data: holidayTablesSchema,
  }),
  referenceEntrySchema.extend({
    kind: z.literal(ReferenceKind.wageBases),
    data: wageBaseTableSchema,
  }),
  referenceEntrySchema.extend({
    kind: z.literal(ReferenceKind.timeLimits),
    data: timeLimitOverridesSchema,
  }),
]);
export type ReferenceSet = z.infer<typeof referenceSetSchema>;

/** The ETag of a set: its content hash, so an unchanged set answers 304 to `If-None-Match`. */
export function referenceEtag(hash: string): string {
  return `"${hash}"`;
}

/** Whether an `If-None-Match` header names `etag` (a list, weak tags and `*` included). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
