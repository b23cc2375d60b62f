/**
 * Leads (线索): lists handed down by provincial big-data supervision models (DOMAIN.md §8.2), and
 * `GET /leads?cursor=` that brings a unit's leads to its devices. A lead is a record of entity
 * 'lead': the server stores it with the other records, and devices change its status through the
 * normal push, so what the server lists is exactly what devices merged.
 *
 * Data minimisation (DOMAIN.md §8.3, PIPL Art. 6): a list item carries only what verifying needs.
 * Unknown fields (an ID number, a phone, a bank account column) refuse the whole list; numbers
 * that look like them inside free text are masked before anything is stored.
 */
import { z } from 'zod';
import { codeValues, FocalPoint } from '../domain/codes';
import { LeadStatus, MAX_DISMISS_REASON } from '../domain/leadStatus';
import { leadCaseOutcomeSchema } from '../domain/leadOutcome';
import { maskBankAccount, maskIdNumber, maskPhone } from '../domain/mask';
import { cursorSchema, pullQuerySchema, serverChangeSchema } from './pull';
import { isStorableText } from './storableJson';

/** Most items one list may carry: a model's batch for one unit is tens to hundreds. */
export const MAX_LEAD_ITEMS = 5000;

/** Where a lead came from. */
export const LeadOrigin = {
  /** A provincial big-data model's list, imported on the server. */
  model: 'model',
  /** Entered on a device by a person. */
  local: 'local',
} as const;
export type LeadOrigin = (typeof LeadOrigin)[keyof typeof LeadOrigin];

function text(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine(isStorableText, { error: 'text with NUL or a lone surrogate' });
}

/** A person or organisation a lead names: the name and its part in the matter, nothing more. */
export const leadPartySchema = z.strictObject({
  name: text(1, 100),
  /** e.g. 用人单位, 申请人: free text, as the model's list words it. */
  role: text(1, 40).optional(),
});
export type LeadParty = z.infer<typeof leadPartySchema>;

/** One item of a model's list. Strict: a field the schema does not name refuses the list. */
export const leadItemSchema = z.strictObject({
  /** The model's own id of the item: re-importing the list finds the lead by it. */
  externalId: text(1, 64),
  title: text(1, 200),
  content: text(0, 20000).default(''),
  parties: z.array(leadPartySchema).max(50).default([]),
  /** The amount at stake, in yuan. */
  amount: z.number().nonnegative().max(1e12).optional(),
  focalPoint: z.enum(codeValues(FocalPoint)).optional(),
  region: text(1, 100).optional(),
  occurredAt: z.iso.date().optional(),
});
export type LeadItem = z.infer<typeof leadItemSchema>;

/** A lead list (线索清单) as a model hands it down: `leads:import --unit … --file list.json`. */
export const leadListSchema = z
  .strictObject({
    model: z.strictObject({
      /** e.g. 确认劳动关系补缴社保虚假诉讼类案监督模型 */
      name: text(1, 100),
      code: text(1, 40).optional(),
    }),
    batch: text(1, 100),
    issuedAt: z.iso.date().optional(),
    items: z.array(leadItemSchema).min(1).max(MAX_LEAD_ITEMS),
  })
  .check((ctx) => {
    const seen = new Set<string>();
    for (const [i, item] of ctx.value.items.entries()) {
      if (seen.has(item.externalId)) {
        ctx.issues.push({
          code: 'custom',
          input: item.externalId,
          path: ['items', i, 'externalId'],
          message: 'externalId appears twice in the list',
        });
      }
      seen.add(item.externalId);
    }
  });
export type LeadList = z.infer<typeof leadListSchema>;

/** The synced fields of a lead record (the server's `data`, the device row minus id/rev/seq). */
export const leadDataSchema = z.object({
  origin: z.enum(codeValues(LeadOrigin)),
  modelName: z.string().nullable(),
  modelCode: z.string().nullable(),
  batch: z.string().nullable(),
  externalId: z.string().nullable(),
  title: z.string().min(1).max(200),
  content: z.string().max(20000),
  parties: z.array(leadPartySchema),
  amount: z.number().nonnegative().nullable(),
  focalPoint: z.enum(codeValues(FocalPoint)).nullable(),
  region: z.string().nullable(),
  occurredAt: z.string().nullable(),
  status: z.enum(codeValues(LeadStatus)),
  dismissReason: z.string().max(MAX_DISMISS_REASON).nullable(),
  caseId: z.string().nullable(),
  statusAt: z.string().nullable(),
  statusBy: z.string().nullable(),
  createdAt: z.string(),
  /** The case's status and result once the lead became one (leadOutcome.ts); absent before. */
  caseOutcome: leadCaseOutcomeSchema.nullable().optional(),
});
export type LeadData = z.infer<typeof leadDataSchema>;

/**
 * A new lead's synced fields: from a provincial model's list (`source` names the model and batch)
 * or entered on a device (`source` null: status set by the person who entered it).
 */
export function newLeadData(
  item: Omit<LeadItem, 'externalId'> & { externalId: string | null },
  source: { list: LeadList } | { enteredBy: string },
  at: string,
): LeadData {
  const fromModel = 'list' in source;
  return {
    origin: fromModel ? 'model' : 'local',
    modelName: fromModel ? source.list.model.name : null,
    modelCode: fromModel ? (source.list.model.code ?? null) : null,
    batch: fromModel ? source.list.batch : null,
    externalId: item.externalId,
    title: item.title,
    content: item.content,
    parties: item.parties,
    amount: item.amount ?? null,
    focalPoint: item.focalPoint ?? null,
    region: item.region ?? null,
    occurredAt: item.occurredAt ?? null,
    status: 'new',
    dismissReason: null,
    caseId: null,
    statusAt: fromModel ? null : at,
    statusBy: fromModel ? null : source.enteredBy,
    createdAt: at,
  };
}

/** `GET /leads`: the same cursor and page size rules as `/sync/pull`. */
export const leadsQuerySchema = pullQuerySchema;
export type LeadsQuery = z.infer<typeof leadsQuerySchema>;

export const leadsResponseSchema = z.object({
  /** The unit's lead records after the cursor, by server sequence (latest state of each). */
  leads: z.array(serverChangeSchema.extend({ entity: z.literal('lead') })),
  nextCursor: cursorSchema,
  hasMore: z.boolean(),
});
export type LeadsResponse = z.infer<typeof leadsResponseSchema>;

/** Runs of digits (an X may end a resident ID) standing alone, not inside a longer number. */
const NUMBER_RUN = /(?<![\dA-Za-z])\d{11,19}[Xx]?(?![\dA-Za-z])/g;

function maskRun(run: string): string | null {
  if (/^\d{17}[\dXx]$/.test(run) || /^\d{15}$/.test(run)) return maskIdNumber(run);
  if (/^1[3-9]\d{9}$/.test(run)) return maskPhone(run);
  if (/^\d{16,19}$/.test(run)) return maskBankAccount(run);
  return null;
}

/** Free text with ID numbers, mobile numbers and bank card numbers masked, and how many were. */
export function maskPersonalNumbers(value: string): { text: string; masked: number } {
  let masked = 0;
  const out = value.replace(NUMBER_RUN, (run) => {
    const replaced = maskRun(run);
    if (replaced === null) return run;
    masked += 1;
    return replaced;
  });
  return { text: out, masked };
}

/** The item as it may be stored: personal numbers in its free text masked. */
export function minimiseLeadItem(item: LeadItem): { item: LeadItem; masked: number } {
  let masked = 0;
  const clean = (s: string): string => {
    const result = maskPersonalNumbers(s);
    masked += result.masked;
    return result.text;
  };
  const minimised: LeadItem = {
    ...item,
    title: clean(item.title),
    content: clean(item.content),
    parties: item.parties.map((p) => ({ ...p, name: clean(p.name) })),
  };
  return { item: minimised, masked };
}
