/**
 * Leads as the console writes them: a checked sheet's lists stored together (one transaction, one
 * audit entry per county), and a lead nobody has touched moved to another county — a delete in
 * the old unit and a create in the new one, both pulled by the devices as any other change.
 */
import { randomUUID } from 'node:crypto';
import type { LeadSheetList } from '../../src-shared/console/leadSheet';
import { leadDataSchema } from '../../src-shared/sync/leads';
import { writeAudit } from '../audit/writeAudit';
import type { Db } from '../db/db';
import { readIsoTime, readJsonObject, readNumber } from '../db/row';
import type { RecordState } from '../sync/pushState';
import { leadIdFor, writeLeadList, writeRecords } from './importLeads';

export type ConsoleActor = { accountId: string };

export async function importLeadSheet(
  db: Db,
  lists: readonly LeadSheetList[],
  actor: ConsoleActor,
  now: Date,
): Promise<{ created: number; unchanged: number; masked: number }> {
  // Units in code order: two imports touching the same counties lock them in the same order.
  const ordered = [...lists].sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  return db.transaction(async (tx) => {
    const total = { created: 0, unchanged: 0, masked: 0 };
    for (const { unitCode, list } of ordered) {
      const { leadIds, ...result } = await writeLeadList(tx, unitCode, list, now);
      await writeAudit(tx, {
        at: now,
        actor: 'console',
        unitCode,
        action: 'leads.import',
        detail: { accountId: actor.accountId, items: leadIds.length, ...result },
      });
      total.created += result.created;
      total.unchanged += result.unchanged;
      total.masked += result.masked;
    }
    return total;
  });
}

export class LeadMoveRefused extends Error {
  constructor(readonly reason: 'not-found' | 'touched' | 'already-there') {
    super(reason);
    this.name = 'LeadMoveRefused';
  }
}

/**
 * Moves a model's lead that is still new to another county. `mayReach` says whether a unit is in
 * the account's subtree: a lead outside it is reported as no lead at all.
 */
export async function reassignLead(
  db: Db,
  input: { from: string; leadId: string; to: string },
  actor: ConsoleActor,
  now: Date,
): Promise<{ leadId: string }> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    // Both units in code order, as importLeadSheet takes them.
    for (const code of [input.from, input.to].sort())
      await tx.query('select code from units where code = $1 for no key update', [code]);
    const row = (
      await tx.query(
        `select rev, data, created_at from records
          where unit_code = $1 and entity = 'lead' and entity_id = $2 and not deleted`,
        [input.from, input.leadId],
      )
    )[0];
    if (row === undefined) throw new LeadMoveRefused('not-found');
    const data = leadDataSchema.parse(readJsonObject(row, 'data'));
    if (data.status !== 'new' || data.origin !== 'model') throw new LeadMoveRefused('touched');
    const newId = leadIdFor(input.to, data.modelName ?? '', data.externalId ?? input.leadId);
    const there = await tx.query(
      `select 1 from records where unit_code = $1 and entity = 'lead' and entity_id = $2`,
      [input.to, newId],
    );
    if (there.length > 0) throw new LeadMoveRefused('already-there');
    const gone: RecordState = {
      entity: 'lead',
      entityId: input.leadId,
      rev: readNumber(row, 'rev') + 1,
      data,
      deleted: true,
      createdAt: readIsoTime(row, 'created_at'),
      updatedAt: at,
      lastChangeId: randomUUID(),
    };
    const moved: RecordState = {
      entity: 'lead',
      entityId: newId,
      rev: 1,
      data: { ...data, createdAt: at },
      deleted: false,
      createdAt: at,
      updatedAt: at,
      lastChangeId: randomUUID(),
    };
    await writeRecords(tx, input.from, [gone], at, 'delete');
    await writeRecords(tx, input.to, [moved], at);
    await writeAudit(tx, {
      at: now,
      actor: 'console',
      unitCode: input.to,
      action: 'leads.reassign',
      detail: { accountId: actor.accountId, from: input.from, leadId: input.leadId, newId },
    });
    return { leadId: newId };
  });
}
