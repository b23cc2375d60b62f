import { afterEach, describe, expect, it } from 'vitest';
import { changesLeadOutcome, leadCaseOutcome } from '../../../src-shared/domain/leadOutcome';
import { entityContentSchemas } from '../../../src-shared/sync/entityContent';
import { createCase, updateCase } from '../../../src-renderer/src/db/cases';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { changeLeadStatus, createLead } from '../../../src-renderer/src/db/leadRepository';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { setUpDevice, validInput } from './fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');
const T1 = new Date('2026-06-02T10:00:00+08:00');

let open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

/** A fresh device holding one lead under verification, the step before it becomes a case. */
async function verifyingLead(input: Parameters<typeof createLead>[2]) {
  const { db, actor } = await setUpDevice();
  open.push(db);
  const lead = await createLead(db, actor, input, T0);
  if (!lead.ok) throw new Error('lead not created');
  await changeLeadStatus(db, actor, lead.value.id, { to: 'verifying' }, T0);
  return { db, actor, leadId: lead.value.id };
}

describe('leadCaseOutcome', () => {
  it('reports the status, whether it closes the case, and the trimmed result', () => {
    expect(
      leadCaseOutcome({ status: 'concluded', result: ' 已执行到位 ' }, T1.toISOString()),
    ).toEqual({
      caseStatus: 'concluded',
      isClosed: true,
      result: '已执行到位',
      reportedAt: T1.toISOString(),
    });
    expect(leadCaseOutcome({ status: 'inReview', result: '  ' }, T1.toISOString())).toMatchObject({
      isClosed: false,
      result: null,
    });
  });

  it('changes only with the status or the result', () => {
    expect(changesLeadOutcome({ status: 'accepted' }, { status: 'accepted', result: ' ' })).toBe(
      false,
    );
    expect(changesLeadOutcome({ status: 'accepted' }, { status: 'terminated' })).toBe(true);
    expect(changesLeadOutcome({ status: 'concluded' }, { status: 'concluded', result: 'x' })).toBe(
      true,
    );
  });
});

describe('a case edit reports its outcome on the lead it came from', () => {
  it('writes the lead row, its audit entry and its outbox change with the case, gapless', async () => {
    const { db, actor, leadId } = await verifyingLead({
      title: '某工地拖欠农民工工资线索',
      focalPoint: 'workers',
    });
    const created = await createCase(db, actor, validInput(1, { source: 'lead' }), T0);
    if (!created.ok) throw new Error('case not created');
    await changeLeadStatus(db, actor, leadId, { to: 'becameCase', caseId: created.value.id }, T0);
    const before = await db.outbox.count();

    // An edit that changes neither status nor result leaves the lead with the outcome its
    // conversion reported.
    await updateCase(db, actor, created.value.id, { claims: '支付拖欠工资及利息' }, T1);
    expect(await db.outbox.count()).toBe(before + 1);
    expect((await db.leads.get(leadId))?.caseOutcome).toEqual({
      caseStatus: 'received',
      isClosed: false,
      result: null,
      reportedAt: T0.toISOString(),
    });

    const closed = await updateCase(
      db,
      actor,
      created.value.id,
      { status: 'terminated', result: '申请人撤回申请' },
      T1,
    );
    expect(closed.ok).toBe(true);
    const outcome = {
      caseStatus: 'terminated',
      isClosed: true,
      result: '申请人撤回申请',
      reportedAt: T1.toISOString(),
    };
    expect(await db.leads.get(leadId)).toMatchObject({
      status: 'becameCase',
      caseOutcome: outcome,
    });
    const rows = await db.outbox.orderBy('deviceSeq').toArray();
    const [caseChange, leadChange] = rows.slice(-2);
    expect(caseChange).toMatchObject({
      entity: 'case',
      patch: { status: 'terminated', result: '申请人撤回申请' },
    });
    expect(leadChange).toMatchObject({
      entity: 'lead',
      entityId: leadId,
      op: 'update',
      patch: { caseOutcome: outcome },
    });
    expect(rows.map((r) => r.deviceSeq)).toEqual(rows.map((_, i) => (rows[0]?.deviceSeq ?? 0) + i));
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.at(-1)).toMatchObject({
      action: 'lead.outcome',
      entityId: leadId,
      diff: { caseStatus: 'terminated', isClosed: true, hasResult: true },
    });
    expect(JSON.stringify(audit.at(-1))).not.toContain('申请人撤回申请');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    // What the server checks the lead with accepts the reported outcome.
    const stored = await db.leads.get(leadId);
    const { id: _id, rev: _rev, seq: _seq, updatedAt: _u, ...data } = stored ?? ({} as never);
    expect(entityContentSchemas.lead.safeParse(data).success).toBe(true);
  });
});

describe('converting a lead reports its case’s outcome at once', () => {
  it('writes the outcome in the conversion’s own row, audit entry and outbox change', async () => {
    const { db, actor, leadId } = await verifyingLead({ title: '某物业公司欠付保洁员工资线索' });
    const created = await createCase(
      db,
      actor,
      validInput(1, { source: 'lead', status: 'inReview', result: ' 已调查核实 ' }),
      T0,
    );
    if (!created.ok) throw new Error('case not created');
    const before = await db.outbox.count();

    const converted = await changeLeadStatus(
      db,
      actor,
      leadId,
      { to: 'becameCase', caseId: created.value.id },
      T1,
    );

    const outcome = {
      caseStatus: 'inReview',
      isClosed: false,
      result: '已调查核实',
      reportedAt: T1.toISOString(),
    };
    expect(converted).toMatchObject({ ok: true, value: { caseOutcome: outcome } });
    expect(await db.leads.get(leadId)).toMatchObject({
      status: 'becameCase',
      caseId: created.value.id,
      caseOutcome: outcome,
    });
    // One change, not a second one for the outcome: it travels with the status.
    expect(await db.outbox.count()).toBe(before + 1);
    expect((await db.outbox.orderBy('deviceSeq').toArray()).at(-1)).toMatchObject({
      entity: 'lead',
      op: 'update',
      patch: { status: 'becameCase', caseId: created.value.id, caseOutcome: outcome },
    });
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.at(-1)).toMatchObject({
      action: 'lead.status',
      entityId: leadId,
      diff: { to: 'becameCase', caseStatus: 'inReview', hasResult: true },
    });
    expect(JSON.stringify(audit.at(-1))).not.toContain('已调查核实');
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('reports no outcome for a case this device does not hold', async () => {
    const { db, actor, leadId } = await verifyingLead({ title: '某餐饮店拖欠厨师工资线索' });
    const converted = await changeLeadStatus(
      db,
      actor,
      leadId,
      { to: 'becameCase', caseId: '0190a000-0000-7000-8000-000000000001' },
      T1,
    );
    expect(converted.ok).toBe(true);
    expect(await db.leads.get(leadId)).not.toHaveProperty('caseOutcome');
  });
});
