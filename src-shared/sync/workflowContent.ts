/**
 * The top-level shape of the workflow, step and document records the app writes
 * (src-renderer/src/db/workflowRows.ts), for the content check of pushed changes. Only the shape:
 * a step's data is checked against the workflow's rules on the device by the engine, and a record
 * an older app version wrote must stay acceptable, so data is "a JSON object" here, nothing more.
 * Fields a later version added (a due date's override, a step's approvedBy and enteredBy) are
 * optional.
 */
import { z } from 'zod';
import { Coverage } from '../calendar/holidayCalendar';
import { PeriodUnit } from '../calendar/period';
import { timeLimitSourceSchema } from '../calendar/timeLimitOverrides';
import { DocumentTemplateId } from '../documents/documentTemplateId';
import { snapshotEnvelopeSchema } from '../workflows/persistedSnapshot';
import { entityId, isoDate, isoDateTime, roleSchema } from '../workflows/schemas';
import { workflowKinds } from '../workflows/workflowKind';

/** State and event names of the machines are short identifiers. */
const MAX_NAME_CHARS = 100;
const name = z.string().min(1).max(MAX_NAME_CHARS);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** Step and document data: any JSON object (the engine and the templates check its fields). */
const jsonObject = z.record(z.string(), z.unknown());
const personRef = z.strictObject({ id: entityId, name: z.string().max(200), role: roleSchema });

const workflowDueSchema = z.strictObject({
  limitId: z.string().min(1).max(80),
  direction: z.enum(['after', 'before']),
  start: isoDate,
  due: isoDate,
  coverage: z.enum(Object.values(Coverage)),
  override: z
    .strictObject({
      amount: z.number().nonnegative(),
      unit: z.enum(Object.values(PeriodUnit)),
      source: timeLimitSourceSchema,
    })
    .optional(),
});

/** A snapshot text: the codec's envelope, of the record's own kind. */
function isSnapshotOf(kind: string, text: string): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return false;
  }
  const parsed = snapshotEnvelopeSchema.safeParse(raw);
  return parsed.success && parsed.data.kind === kind;
}

export const workflowContentSchema = z
  .strictObject({
    caseId: entityId,
    kind: z.enum(workflowKinds),
    snapshot: z.string().min(1),
    state: name,
    status: z.enum(['active', 'done']),
    due: workflowDueSchema.nullable(),
    /** Clear values of masked step fields, by `<event>.<field>`. */
    sensitive: z.record(z.string().max(2 * MAX_NAME_CHARS), z.string()),
    stepCount: z.int().nonnegative(),
    startedAt: isoDateTime,
    startedBy: entityId,
    updatedAt: isoDateTime,
    updatedBy: entityId,
  })
  .superRefine((record, ctx) => {
    if (!isSnapshotOf(record.kind, record.snapshot))
      ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'not a snapshot of its kind' });
  });

export const stepContentSchema = z.strictObject({
  workflowId: entityId,
  caseId: entityId,
  stepNo: z.int().positive(),
  from: name,
  to: name,
  event: name,
  at: isoDateTime,
  by: entityId,
  role: roleSchema,
  data: jsonObject,
  sensitiveFields: z.array(name).max(100),
  approvedBy: personRef
    .extend({ method: z.enum(['present', 'request']), requestId: entityId.nullable() })
    .optional(),
  enteredBy: personRef.optional(),
});

export const documentContentSchema = z.strictObject({
  caseId: entityId,
  workflowId: entityId.optional(),
  templateId: z.enum(Object.values(DocumentTemplateId)),
  templateVersion: z.int().positive(),
  title: z.string().min(1).max(200),
  data: jsonObject,
  dataSha256: sha256Hex,
  fileSha256: sha256Hex,
  status: z.enum(['draft', 'final']),
  createdAt: isoDateTime,
  createdBy: entityId,
});
