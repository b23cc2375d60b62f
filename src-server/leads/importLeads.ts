/**
 * `leads:import`: a provincial model's lead list (线索清单) becomes records of entity 'lead' in
 * one unit, written by the same set-based writer as a push (records + record_versions at rev 1),
 * so devices pull them, change their status through the normal push, and the server merges those
 * changes like any other. One list, one transaction: a bad list stores nothing.
 *
 * Idempotent: a lead's id is derived from (unit, model name, external id), so importing the same
 * list again finds every lead already there and leaves it — and the status devices gave it — alone.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { LeadList } from '../../src-shared/sync/leads';
import { leadListSchema, minimiseLeadItem, newLeadData } from '../../src-shared/sync/leads';
import { unitCodeSchema } from '../../src-shared/sync/enroll';
import { AdminError } from '../admin/adminCommands';
import { writeAudit } from '../audit/writeAudit';
import type { Db, Queryable } from '../db/db';
import { readString } from '../db/row';
import type { NewVersion, PushPlan } from '../sync/planPush';
import type { RecordState } from '../sync/pushState';
import { writePush } from '../sync/writePush';

/**
 * The device id record_versions names for writes made by the operator, not by a device: the nil
 * UUID, which no enrolled device can have (device ids are UUIDv4/v7). It keeps the merge's "own
 * earlier patches" overlay from ever treating an import as some device's own edit.
 */
export const ADMIN_IMPORT_DEVICE_ID = '00000000-0000-0000-0000-000000000000';

export type LeadImportResult = {
  /** Leads written now. */
  created: number;
  /** Items whose lead was already there (an earlier import of the list). */
  unchanged: number;
  /** Personal numbers masked in free text (ID, mobile, bank card). */
  masked: number;
  /** The ids of the list's leads, in list order. */
  leadIds: string[];
};

/** A stable UUID (version 8, RFC 9562) for one item of one model in one unit. */
export function leadIdFor(unitCode: string, modelName: string, externalId: string): string {
  const bytes = createHash('sha256')
    .update(`lead\u0000${unitCode}\u0000${modelName}\u0000${externalId}`)
    .digest()
    .subarray(0, 16);
  bytes[6] = 0x80 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Where each problem is, never the value (a refused list may be refused for holding an ID number). */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const shown = issues.slice(0, 10).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return `the lead list is not valid: ${shown.join('; ')}${more}`;
}

export function parseLeadList(input: unknown): LeadList {
  const parsed = leadListSchema.safeParse(input);
  if (!parsed.success) throw new AdminError(describeIssues(parsed.error.issues));
  return parsed.data;
}

export async function importLeads(
  db: Db,
  input: { unitCode: string; list: unknown },
  now: Date,
): Promise<LeadImportResult> {
  if (!unitCodeSchema.safeParse(input.unitCode).success)
    throw new AdminError('a unit code has 6 digits');
  const list = parseLeadList(input.list);
  return db.transaction(async (tx) => {
    const written = await writeLeadList(tx, input.unitCode, list, now);
    const { leadIds, ...result } = written;
    await writeAudit(tx, {
      at: now,
      actor: 'admin',
      unitCode: input.unitCode,
      action: 'leads.import',
      detail: { items: leadIds.length, ...result },
    });
    return written;
  });
}

/**
 * Stores one unit's list inside the caller's transaction (which writes the audit entry): leads
 * already there are left alone, new ones are written as a push from the operator.
 */
export async function writeLeadList(
  tx: Queryable,
  unitCode: string,
  list: LeadList,
  now: Date,
): Promise<LeadImportResult> {
  const at = now.toISOString();
  const items = list.items.map((item) => ({
    id: leadIdFor(unitCode, list.model.name, item.externalId),
    ...minimiseLeadItem(item),
  }));
  const leadIds = items.map((i) => i.id);
  // Same turn-taking as a push: server_seq values of a unit commit in order (see applyPush.ts).
  const unit = await tx.query('select code from units where code = $1 for no key update', [
    unitCode,
  ]);
  if (unit.length === 0) throw new AdminError(`no unit ${unitCode}`);
  const existing = new Set(
    (
      await tx.query(
        `select entity_id from records
          where unit_code = $1 and entity = 'lead' and entity_id = any($2::text[])`,
        [unitCode, leadIds],
      )
    ).map((row) => readString(row, 'entity_id')),
  );
  const fresh = items.filter((i) => !existing.has(i.id));
  const records: RecordState[] = fresh.map((i) => ({
    entity: 'lead',
    entityId: i.id,
    rev: 1,
    data: newLeadData(i.item, { list }, at),
    deleted: false,
    createdAt: at,
    updatedAt: at,
    lastChangeId: randomUUID(),
  }));
  await writeRecords(tx, unitCode, records, at);
  const masked = fresh.reduce((sum, i) => sum + i.masked, 0);
  return { created: fresh.length, unchanged: items.length - fresh.length, masked, leadIds };
}

/** Records written by the operator as one push of `create`s (or of the ops given). */
export async function writeRecords(
  tx: Queryable,
  unitCode: string,
  records: RecordState[],
  at: string,
  op: NewVersion['op'] = 'create',
): Promise<void> {
  const versions: NewVersion[] = records.map((record) => ({
    record,
    op,
    patch: null,
    // A record written again (a lead moved away) keeps what `records` held as the version's prior
    // data: the caller passes data it parsed anew, which need not be the stored data unchanged.
    prior: record.rev > 1 ? 'stored' : null,
    changeId: record.lastChangeId,
    deviceTime: at,
  }));
  const plan: PushPlan = {
    results: [],
    records,
    versions,
    answers: [],
    conflicts: [],
    resolved: [],
  };
  await writePush(tx, plan, unitCode, ADMIN_IMPORT_DEVICE_ID, at);
}
