/**
 * Leads (线索) on the device: entering one, and moving its status (src-shared/domain/leadStatus.ts
 * decides what may move where). Each accepted write stores the lead row, one audit entry and one
 * outbox change (entity 'lead') in one transaction through `auditedWrite`; a refused one writes
 * nothing at all. Leads from provincial models arrive by sync (sync/pullLeads.ts), not here.
 */
import type { z } from 'zod';
import {
  decideLeadStatus,
  type LeadRefusal,
  type LeadStatusChange,
} from '../../../src-shared/domain/leadStatus';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import type { CaseId } from '../../../src-shared/domain/ids';
import { leadCaseOutcome } from '../../../src-shared/domain/leadOutcome';
import {
  leadItemSchema,
  minimiseLeadItem,
  newLeadData,
  type LeadData,
} from '../../../src-shared/sync/leads';
import { assertActorDevice, type Actor } from './actor';
import { AuditAction } from './auditActions';
import { StaleWriteError, auditedWrite, type Prepared } from './auditedWrite';
import type { JianhuDb } from './database';
import { MetaKey, takeCounter } from './meta';
import { newId } from './newId';
import { appendOutbox } from './outbox';
import type { LeadRow } from './rowTypes';

/** What a person enters for a lead: a model item's fields without the model's external id. */
export const localLeadInputSchema = leadItemSchema.omit({ externalId: true });
export type LocalLeadInput = z.input<typeof localLeadInputSchema>;

/** Why a lead command wrote nothing. */
export type LeadFailureCode = LeadRefusal | 'not-found' | 'invalid';

export type LeadResult = { ok: true; value: LeadRow } | { ok: false; code: LeadFailureCode };

/** The fields a 'create' change carries: everything but what only this device or the server decides. */
export function leadSyncedFields(row: LeadRow): LeadData {
  const { id: _id, rev: _rev, seq: _seq, updatedAt: _updatedAt, ...data } = row;
  return data;
}

/** Enters a lead by hand (origin 'local', status 'new'). Invalid input writes nothing. */
export function createLead(
  db: JianhuDb,
  actor: Actor,
  input: unknown,
  now: Date,
): Promise<LeadResult> {
  const parsed = localLeadInputSchema.safeParse(input);
  if (!parsed.success) return Promise.resolve({ ok: false, code: 'invalid' });
  // The same minimisation as an imported list: leads never hold personal numbers in clear.
  const { item } = minimiseLeadItem({ ...parsed.data, externalId: 'local' });
  const id = newId(now);
  const at = now.toISOString();
  const data = newLeadData({ ...item, externalId: null }, { enteredBy: actor.userId }, at);
  return auditedWrite(
    db,
    [db.leads, db.outbox],
    now,
    ({ deviceId }): Promise<Prepared<LeadResult>> => {
      assertActorDevice(actor, deviceId);
      return Promise.resolve({
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.leadCreate,
            entity: 'lead',
            entityId: id,
            success: true,
            diff: { origin: 'local', title: data.title, focalPoint: data.focalPoint },
          },
        ],
        // Invariant (with auditedWrite): the lead row, its 'lead.create' audit entry and its
        // 'create' outbox change commit together, with the counters they use.
        commit: async () => {
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const row: LeadRow = { ...data, id, rev: 0, seq, updatedAt: at };
          await db.leads.add(row);
          await appendOutbox(
            db,
            [
              {
                entity: 'lead',
                entityId: id,
                op: 'create',
                baseRev: 0,
                patch: data,
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: row };
        },
      });
    },
  );
}

/**
 * Moves a lead's status: start verifying, dismiss with a reason, or record the case it became.
 * The change travels as an 'update' of the status fields only, so the server merges it with
 * whatever else changed meanwhile; two devices moving one lead differently is a conflict for the inbox.
 * Becoming a case also reports that case's outcome (status, result) in the same row, audit entry
 * and change: later edits of the case update it (updateCase.ts), but until then the province
 * would see a converted lead with no outcome at all.
 */
export function changeLeadStatus(
  db: JianhuDb,
  actor: Actor,
  leadId: string,
  change: LeadStatusChange,
  now: Date,
): Promise<LeadResult> {
  const at = now.toISOString();
  return auditedWrite(
    db,
    [db.leads, db.outbox, db.cases],
    now,
    async ({ deviceId }): Promise<Prepared<LeadResult>> => {
      assertActorDevice(actor, deviceId);
      const row = await db.leads.get(leadId);
      if (!row) return { skip: { ok: false, code: 'not-found' } };
      const decision = decideLeadStatus(row.status, change, at, actor.userId);
      if (!decision.ok) return { skip: { ok: false, code: decision.code } };
      const caseRow = change.to === 'becameCase' ? await liveCase(db, change.caseId) : undefined;
      const outcome = caseRow === undefined ? undefined : leadCaseOutcome(caseRow, at);
      const fields = {
        ...decision.fields,
        ...(outcome === undefined ? {} : { caseOutcome: outcome }),
      };
      return {
        audit: [
          {
            userId: actor.userId,
            action: AuditAction.leadStatus,
            entity: 'lead',
            entityId: leadId,
            success: true,
            diff: {
              from: row.status,
              to: fields.status,
              dismissReason: fields.dismissReason,
              caseId: fields.caseId,
              // The result is the case's own text; the audit keeps whether there is one, not its words.
              ...(outcome === undefined
                ? {}
                : { caseStatus: outcome.caseStatus, hasResult: outcome.result !== null }),
            },
          },
        ],
        // Invariant (with auditedWrite): the new lead row, its 'lead.status' audit entry and its
        // 'update' outbox change commit together, and only on top of the row the rules decided from.
        commit: async () => {
          const current = await db.leads.get(leadId);
          if (current?.seq !== row.seq) throw new StaleWriteError('The lead moved on');
          if (caseRow !== undefined && (await liveCase(db, caseRow.id))?.seq !== caseRow.seq)
            throw new StaleWriteError('The case moved on');
          const seq = await takeCounter(db.meta, MetaKey.nextLocalSeq);
          const next: LeadRow = { ...row, ...fields, seq, updatedAt: at };
          await db.leads.put(next);
          await appendOutbox(
            db,
            [
              {
                entity: 'lead',
                entityId: leadId,
                op: 'update',
                baseRev: row.rev,
                patch: { ...fields },
                deviceTime: at,
              },
            ],
            now.getTime(),
          );
          return { ok: true, value: next };
        },
      };
    },
  );
}

/** The case a lead becomes, unless it is missing or deleted (then no outcome is reported). */
async function liveCase(db: JianhuDb, caseId: string): Promise<CaseRecord | undefined> {
  const record = await db.cases.get(caseId as CaseId);
  return record?.deleted === 1 ? undefined : record;
}
