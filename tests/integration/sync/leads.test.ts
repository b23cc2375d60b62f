/**
 * Leads end to end against the real server: the operator imports a model's list, a county device
 * pulls it, a person dismisses one lead and turns another into a case, the device pushes, and the
 * server's record (and the unit's other device) show the new statuses. Another county sees none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLeads, leadIdFor } from '../../../src-server/leads/importLeads';
import { createCase } from '../../../src-renderer/src/db/cases';
import { changeLeadStatus, createLead } from '../../../src-renderer/src/db/leadRepository';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { validInput } from '../../unit/db/fixtures';
import { MODEL_NAME, leadList } from '../server/helpers/leadList';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

describe.each(BACKENDS)('leads through the server on %s', (backend) => {
  let env: TestEnv;
  let a: TestDevice;
  let b: TestDevice;
  let other: TestDevice;
  const id = (n: number) =>
    leadIdFor(UNITS.yaohai, MODEL_NAME, `AH-2025-${String(n).padStart(4, '0')}`);

  beforeAll(async () => {
    env = await createTestEnv(backend);
    a = await addDevice(env, UNITS.yaohai, { engine: { pullLimit: 2 } });
    b = await addDevice(env, UNITS.yaohai);
    other = await addDevice(env, UNITS.luyang);
    await importLeads(env.db, { unitCode: UNITS.yaohai, list: leadList(5) }, new Date());
  }, 60_000);
  afterAll(async () => {
    await closeDevices([a, b, other]);
    await env.close();
  });

  async function serverLead(leadId: string) {
    const row = (
      await env.db.query(
        "select rev, data from records where unit_code = $1 and entity = 'lead' and entity_id = $2",
        [UNITS.yaohai, leadId],
      )
    )[0];
    return row === undefined
      ? undefined
      : { rev: Number(row.rev), data: row.data as Record<string, unknown> };
  }

  it('brings the unit’s imported leads to its devices, page by page, and none to another county', async () => {
    for (const device of [a, b, other]) {
      expect(await device.engine.syncNow()).toMatchObject({ kind: 'idle' });
    }
    expect(await a.db.leads.count()).toBe(5);
    expect(await b.db.leads.count()).toBe(5);
    expect(await other.db.leads.count()).toBe(0);
    expect(await a.db.leads.get(id(1))).toMatchObject({
      rev: 1,
      status: 'new',
      origin: 'model',
      modelName: MODEL_NAME,
    });
    expect(await verifyAuditChain(a.db)).toMatchObject({ ok: true });
  });

  it('pushes a dismissal: the server record shows it, and the unit’s other device receives it', async () => {
    const dismissed = await changeLeadStatus(
      a.db,
      a.actor,
      id(2),
      { to: 'dismissed', reason: '经核查劳动关系真实' },
      new Date(),
    );
    expect(dismissed.ok).toBe(true);
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await serverLead(id(2))).toMatchObject({
      rev: 2,
      data: {
        status: 'dismissed',
        dismissReason: '经核查劳动关系真实',
        statusBy: a.actor.userId,
      },
    });
    expect(await a.db.leads.get(id(2))).toMatchObject({ rev: 2, status: 'dismissed' });
    await b.engine.syncNow();
    expect(await b.db.leads.get(id(2))).toMatchObject({
      rev: 2,
      status: 'dismissed',
      dismissReason: '经核查劳动关系真实',
    });
  });

  it('records the case a lead became, and a re-import leaves the statuses alone', async () => {
    await changeLeadStatus(b.db, b.actor, id(3), { to: 'verifying' }, new Date());
    const created = await createCase(
      b.db,
      b.actor,
      { ...validInput(7), source: 'lead' },
      new Date(),
    );
    if (!created.ok) throw new Error('case not created');
    await changeLeadStatus(
      b.db,
      b.actor,
      id(3),
      { to: 'becameCase', caseId: created.value.id },
      new Date(),
    );
    expect(await b.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await serverLead(id(3))).toMatchObject({
      rev: 3,
      data: { status: 'becameCase', caseId: created.value.id },
    });

    const again = await importLeads(
      env.db,
      { unitCode: UNITS.yaohai, list: leadList(5) },
      new Date(),
    );
    expect(again).toMatchObject({ created: 0, unchanged: 5 });
    await a.engine.syncNow();
    expect(await a.db.leads.get(id(3))).toMatchObject({
      status: 'becameCase',
      caseId: created.value.id,
    });
    expect(await a.db.cases.get(created.value.id)).toMatchObject({ source: 'lead' });
  });

  it('syncs a lead entered on a device to the server and the unit’s other device', async () => {
    const made = await createLead(
      a.db,
      a.actor,
      { title: '群众来信反映拖欠工资', content: '某工地拖欠 20 名工人工资' },
      new Date(),
    );
    if (!made.ok) throw new Error(made.code);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await serverLead(made.value.id)).toMatchObject({
      rev: 1,
      data: { origin: 'local', status: 'new' },
    });
    expect(await b.db.leads.get(made.value.id)).toMatchObject({
      rev: 1,
      title: '群众来信反映拖欠工资',
    });
    expect(await other.db.leads.get(made.value.id)).toBeUndefined();
  });
});
