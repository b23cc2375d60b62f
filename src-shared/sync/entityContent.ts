/**
 * The schemas the content check (contentCheck.ts) reads records with: the app's own, made strict
 * so a field the entity does not have is refused. Users and approval requests are checked whole
 * by the server's record rules (their schemas are strict already). Workflows, steps and documents
 * are checked by their top-level shape (workflowContent.ts).
 */
import { z } from 'zod';
import { attachmentDataSchema } from './attachments';
import { leadDataSchema } from './leads';
import { documentContentSchema, stepContentSchema, workflowContentSchema } from './workflowContent';

/** What the case repository adds to the card (createCase.ts); the envelope is the server's. */
export const caseSystemFieldsSchema = z.strictObject({
  /** '' on a device that received the case before it had one. */
  provisionalNo: z.string().max(40),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1).max(64),
  updatedBy: z.string().min(1).max(64),
});

export const entityContentSchemas = {
  lead: z.strictObject(leadDataSchema.shape),
  attachment: z.strictObject(attachmentDataSchema.shape),
  workflow: workflowContentSchema,
  step: stepContentSchema,
  document: documentContentSchema,
};
