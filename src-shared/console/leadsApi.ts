/**
 * The console's 线索 API: a model's lead sheet checked (preview) and stored (import), the leads of
 * the account's subtree with their outcomes, and moving a lead nobody has touched to another
 * county. Upload bodies carry the file as base64, so one JSON schema checks the whole request.
 */
import { z } from 'zod';
import { codeValues, FocalPoint } from '../domain/codes';
import { LeadStatus } from '../domain/leadStatus';
import { leadCaseOutcomeSchema } from '../domain/leadOutcome';
import { unitCodeSchema } from '../sync/enroll';

/**
 * A model's list is tens to thousands of rows: 5 MB is ample and keeps a request small. Here, not
 * beside the reader, so the console gets the limit without the spreadsheet library.
 */
export const MAX_LEAD_FILE_BYTES = 5 * 1024 * 1024;

/** Base64 is 4 characters per 3 bytes; a little room for padding. */
const MAX_BASE64 = Math.ceil(MAX_LEAD_FILE_BYTES / 3) * 4 + 4;

export const leadUploadRequestSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes, base64; too large a file is refused by the reader with its size. */
  content: z
    .string()
    .max(MAX_BASE64 * 2)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  /** The batch (批次) the leads are stored under; the file name when left out. */
  batch: z.string().trim().min(1).max(100).optional(),
});
export type LeadUploadRequest = z.infer<typeof leadUploadRequestSchema>;

const messageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const rowIssueSchema = messageSchema.extend({
  rowNumber: z.number().int(),
  column: z.string().nullable(),
});

export const leadPreviewResponseSchema = z.object({
  /** True when the sheet can be imported as it is. */
  ok: z.boolean(),
  /** Why the whole file is refused (not a spreadsheet, empty, merged header, missing columns). */
  problem: messageSchema.nullable(),
  issues: z.array(rowIssueSchema),
  /** What an import would store: leads per county and model. */
  lists: z.array(z.object({ unitCode: unitCodeSchema, modelName: z.string(), count: z.number() })),
});
export type LeadPreviewResponse = z.infer<typeof leadPreviewResponseSchema>;

export const leadImportResponseSchema = z.object({
  created: z.number().int(),
  unchanged: z.number().int(),
  masked: z.number().int(),
});
export type LeadImportResponse = z.infer<typeof leadImportResponseSchema>;

export const consoleLeadSchema = z.object({
  id: z.string(),
  unitCode: unitCodeSchema,
  modelName: z.string().nullable(),
  batch: z.string().nullable(),
  title: z.string(),
  focalPoint: z.enum(codeValues(FocalPoint)).nullable(),
  status: z.enum(codeValues(LeadStatus)),
  dismissReason: z.string().nullable(),
  caseOutcome: leadCaseOutcomeSchema.nullable(),
  statusAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ConsoleLead = z.infer<typeof consoleLeadSchema>;
export const leadListResponseSchema = z.object({ leads: z.array(consoleLeadSchema) });

export const reassignLeadRequestSchema = z.strictObject({ unitCode: unitCodeSchema });
