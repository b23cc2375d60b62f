/**
 * 线索 in the console: a model's sheet checked (preview) and stored (import) — both read the file
 * the same way, and the import stores nothing unless every row passes; the subtree's leads with
 * their outcomes; moving an untouched lead to another county. Importing and moving are for
 * province and city admins, and only towards counties of their own subtree.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ConsoleLead, LeadPreviewResponse } from '../../src-shared/console/leadsApi';
import {
  consoleLeadSchema,
  leadImportResponseSchema,
  leadListResponseSchema,
  leadPreviewResponseSchema,
  leadUploadRequestSchema,
  reassignLeadRequestSchema,
} from '../../src-shared/console/leadsApi';
import { checkLeadSheet, type LeadSheetResult } from '../../src-shared/console/leadSheet';
import { readLeadFile } from '../../src-shared/console/readLeadFile';
import { LEAD_SHEET_TEMPLATE_HEADERS } from '../../src-shared/console/leadSheetColumns';
import { workbookBytes, XLSX_MIME } from '../../src-shared/export/xlsxWorkbook';
import { consoleErrorSchema } from '../../src-shared/console/consoleApi';
import { leadDataSchema } from '../../src-shared/sync/leads';
import { readIsoTime, readJsonObject, readString } from '../db/row';
import { importLeadSheet, LeadMoveRefused, reassignLead } from '../leads/consoleLeads';
import type { ConsoleContext } from './consoleContext';
import { attachmentHeader } from '../http/attachmentHeader';
import { ConsoleHttpError } from './consoleError';
import type { LiveSession } from './consoleSessions';
import { canManageAccounts, readSubtree } from './consoleScope';

/** Most leads one listing returns, newest change first. */
const MAX_LISTED = 5000;
/** A 5 MB file is about 7 MB of base64. */
const UPLOAD_BODY_LIMIT = 8 * 1024 * 1024;

const leadParamsSchema = z.strictObject({ unitCode: z.string().regex(/^\d{6}$/), id: z.string() });

/** Province and city admins send leads down; a county admin and a viewer only follow them. */
function requireDispatcher(session: LiveSession): void {
  if (!canManageAccounts(session.account.role))
    throw new ConsoleHttpError(403, 'forbidden', 'only province and city admins send leads');
}

async function checkUpload(
  ctx: ConsoleContext,
  session: LiveSession,
  body: z.infer<typeof leadUploadRequestSchema>,
): Promise<LeadSheetResult> {
  const read = await readLeadFile(Buffer.from(body.content, 'base64'), body.fileName);
  if (!read.ok) return { ok: false, problem: read.error, issues: [] };
  const levels = new Map(
    (await ctx.db.query('select code, level from units')).map(
      (row) => [readString(row, 'code'), readString(row, 'level')] as const,
    ),
  );
  const mine = new Set((await readSubtree(ctx.db, session.account.unit.code)).map((u) => u.code));
  const batch = body.batch ?? body.fileName.replace(/\.[^.]*$/, '').slice(0, 100);
  return checkLeadSheet(
    read.value,
    {
      levelOf: (code) => {
        const level = levels.get(code);
        return level === 'province' || level === 'city' || level === 'county' ? level : null;
      },
      mayTarget: (code) => mine.has(code),
    },
    batch === '' ? body.fileName : batch,
  );
}

function toPreview(result: LeadSheetResult): LeadPreviewResponse {
  if (!result.ok) return { ok: false, problem: result.problem, issues: result.issues, lists: [] };
  return {
    ok: true,
    problem: null,
    issues: [],
    lists: result.lists.map((l) => ({
      unitCode: l.unitCode,
      modelName: l.list.model.name,
      count: l.list.items.length,
    })),
  };
}

export function registerLeadRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  const onRequest = ctx.auth.requireSession;
  const errors = { 400: consoleErrorSchema, 403: consoleErrorSchema, 404: consoleErrorSchema };
  const upload = { onRequest, bodyLimit: UPLOAD_BODY_LIMIT };

  app.post<{ Body: z.infer<typeof leadUploadRequestSchema> }>(
    '/leads/preview',
    {
      ...upload,
      schema: {
        tags: ['console'],
        body: leadUploadRequestSchema,
        response: { 200: leadPreviewResponseSchema, ...errors },
      },
    },
    async (request) => {
      const session = ctx.auth.sessionOf(request);
      requireDispatcher(session);
      return toPreview(await checkUpload(ctx, session, request.body));
    },
  );

  app.post<{ Body: z.infer<typeof leadUploadRequestSchema> }>(
    '/leads/import',
    {
      ...upload,
      schema: {
        tags: ['console'],
        body: leadUploadRequestSchema,
        response: { 200: leadImportResponseSchema, ...errors },
      },
    },
    async (request) => {
      const session = ctx.auth.sessionOf(request);
      requireDispatcher(session);
      const result = await checkUpload(ctx, session, request.body);
      if (!result.ok) {
        if (result.issues.some((i) => i.key === 'leadSheet.row.outsideUnits'))
          throw new ConsoleHttpError(
            403,
            'forbidden',
            'a row targets a unit outside this account’s units',
          );
        throw new ConsoleHttpError(
          400,
          'bad-request',
          'the sheet has errors: preview it to see them',
        );
      }
      return importLeadSheet(ctx.db, result.lists, { accountId: session.account.id }, ctx.now());
    },
  );

  // An empty sheet with the headers and one example row, sent to the account's first county.
  app.get(
    '/leads/template',
    { onRequest, schema: { tags: ['console'] } },
    async (request, reply) => {
      const units = await readSubtree(ctx.db, ctx.auth.sessionOf(request).account.unit.code);
      const county = units.find((u) => u.level === 'county')?.code ?? '';
      const bytes = await workbookBytes([
        {
          name: '线索清单',
          columns: LEAD_SHEET_TEMPLATE_HEADERS.map((header) => ({
            header,
            kind: 'text',
            width: 20,
          })),
          rows: [
            [
              '拖欠农民工工资支持起诉类案监督模型',
              'QX-0001',
              '某建筑劳务公司拖欠农民工工资线索',
              '劳动者权益保护',
              county,
              '张某、某建筑劳务有限公司',
              '项目完工后拖欠农民工工资，劳动者多次讨要未果。',
              '2025-03-01',
            ],
          ],
        },
      ]);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachmentHeader('lead-template.xlsx'))
        .send(Buffer.from(bytes));
    },
  );

  app.get(
    '/leads',
    { onRequest, schema: { tags: ['console'], response: { 200: leadListResponseSchema } } },
    async (request): Promise<{ leads: ConsoleLead[] }> => {
      const codes = (await readSubtree(ctx.db, ctx.auth.sessionOf(request).account.unit.code)).map(
        (u) => u.code,
      );
      const rows = await ctx.db.query(
        `select unit_code, entity_id, data, updated_at from records
          where entity = 'lead' and unit_code = any($1::text[]) and not deleted
          order by updated_at desc, entity_id limit $2`,
        [codes, MAX_LISTED],
      );
      return {
        leads: rows.flatMap((row) => {
          // A record a device wrote in a shape this server does not know is left out, not failed on.
          const data = leadDataSchema.safeParse(readJsonObject(row, 'data'));
          if (!data.success) return [];
          const lead: ConsoleLead = consoleLeadSchema.parse({
            id: readString(row, 'entity_id'),
            unitCode: readString(row, 'unit_code'),
            modelName: data.data.modelName,
            batch: data.data.batch,
            title: data.data.title,
            focalPoint: data.data.focalPoint,
            status: data.data.status,
            dismissReason: data.data.dismissReason,
            caseOutcome: data.data.caseOutcome ?? null,
            statusAt: data.data.statusAt,
            updatedAt: readIsoTime(row, 'updated_at'),
          });
          return [lead];
        }),
      };
    },
  );

  app.post<{
    Params: z.infer<typeof leadParamsSchema>;
    Body: z.infer<typeof reassignLeadRequestSchema>;
  }>(
    '/leads/:unitCode/:id/reassign',
    {
      onRequest,
      schema: {
        tags: ['console'],
        params: leadParamsSchema,
        body: reassignLeadRequestSchema,
        response: { 200: z.object({ leadId: z.string() }), ...errors, 409: consoleErrorSchema },
      },
    },
    async (request) => {
      const session = ctx.auth.sessionOf(request);
      requireDispatcher(session);
      const units = await readSubtree(ctx.db, session.account.unit.code);
      const { unitCode: from, id } = request.params;
      // Another subtree's lead is reported as no lead at all: existence is not disclosed.
      if (!units.some((u) => u.code === from))
        throw new ConsoleHttpError(404, 'not-found', 'no such lead');
      const target = units.find((u) => u.code === request.body.unitCode);
      if (target?.level !== 'county')
        throw new ConsoleHttpError(
          403,
          'forbidden',
          'leads go to a county of this account’s units',
        );
      try {
        return await reassignLead(
          ctx.db,
          { from, leadId: id, to: target.code },
          { accountId: session.account.id },
          ctx.now(),
        );
      } catch (error) {
        if (!(error instanceof LeadMoveRefused)) throw error;
        if (error.reason === 'not-found')
          throw new ConsoleHttpError(404, 'not-found', 'no such lead');
        throw new ConsoleHttpError(409, 'conflict', `the lead cannot move: ${error.reason}`);
      }
    },
  );
}
