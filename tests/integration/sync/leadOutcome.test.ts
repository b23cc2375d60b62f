/**
 * Lead outcomes reported back to the province: a county device turns a model's lead into a case
 * with its wage-arrears card, closes the case with a result, and pushes; the server's lead row then
 * shows the case's status and result, and a dismissed lead its reason. The case card with its
 * type-specific fields is stored as sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLeads, leadIdFor } from '../../../src-server/leads/importLeads';
import { createCase, updateCase } from '../../../src-renderer/src/db/cases';
import { changeLeadStatus } from '../../../src-renderer/src/db/leadRepository';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { validInput } from '../../unit/db/fixtures';
import { MODEL_NAME, leadList } from '../server/helpers/leadList';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

describe.each(BACKENDS)('lead outcomes through the server on %s', (backend) => {
  let env: TestEnv;
  let a: TestDevice;
  let b: TestDevice;
  const id = (n: number) =>
    leadIdFor(UNITS.yaohai, MODEL_NAME, `AH-2025-${String(n).padStart(4, '0')}`);

  beforeAll(async () => {
    env = await createTestEnv(backend);
    a = await addDevice(env, UNITS.yaohai);
    b = await addDevice(env, UNITS.yaohai);
    await importLeads(env.db, { unitCode: UNITS.yaohai, list: leadList(3) }, new Date());
    await a.engine.syncNow();
  }, 85_000);
  afterAll(async () => {
    await closeDevices([a, b]);
    await env.close();
  });

  async function serverData(entity: 'lead' | 'case', entityId: string) {
    const rows = await env.db.query(
      'select data from records where unit_code = $1 and entity = $2 and entity_id = $3',
      [UNITS.yaohai, entity, entityId],
    );
    return rows[0]?.data as Record<string, unknown> | undefined;
  }

  it('converts a lead, closes the case with a result, and the server’s lead row shows the outcome', async () => {
    expect((await changeLeadStatus(a.db, a.actor, id(1), { to: 'verifying' }, new Date())).ok).toBe(
      true,
    );
    const created = await createCase(
      a.db,
      a.actor,
      validInput(1, {
        source: 'lead',
        typeDetails: {
          kind: 'wageArrears',
          workerCount: 12,
          amountOwed: 86400.5,
          employer: '合肥某建筑劳务有限公司',
          contractor: '李某',
          projectName: '瑶海区某安置房项目',
        },
      }),
      new Date(),
    );
    if (!created.ok) throw new Error('case not created');
    const caseId = created.value.id;
    await changeLeadStatus(a.db, a.actor, id(1), { to: 'becameCase', caseId }, new Date());
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    // The conversion itself reports the new case's outcome, before any edit of the case.
    expect(await serverData('lead', id(1))).toMatchObject({
      status: 'becameCase',
      caseId,
      caseOutcome: { caseStatus: 'received', isClosed: false, result: null },
    });

    const accepted = await updateCase(a.db, a.actor, caseId, { status: 'inReview' }, new Date());
    expect(accepted.ok).toBe(true);
    const closed = await updateCase(
      a.db,
      a.actor,
      caseId,
      {
        status: 'concluded',
        result: '支持起诉，法院判决支付工资86,400.50元，已全部执行到位',
        typeDetails: {
          kind: 'wageArrears',
          workerCount: 12,
          amountOwed: 86400.5,
          amountRecovered: 86400.5,
          employer: '合肥某建筑劳务有限公司',
        },
      },
      new Date(),
    );
    expect(closed.ok).toBe(true);
    expect(await a.db.leads.get(id(1))).toMatchObject({
      caseOutcome: { caseStatus: 'concluded', isClosed: true },
    });
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });

    expect(await serverData('lead', id(1))).toMatchObject({
      status: 'becameCase',
      caseId,
      caseOutcome: {
        caseStatus: 'concluded',
        isClosed: true,
        result: '支持起诉，法院判决支付工资86,400.50元，已全部执行到位',
      },
    });
    expect(await serverData('case', caseId)).toMatchObject({
      status: 'concluded',
      typeDetails: { kind: 'wageArrears', workerCount: 12, amountRecovered: 86400.5 },
    });
    // The unit's other device sees the outcome and the card as well.
    await b.engine.syncNow();
    expect(await b.db.leads.get(id(1))).toMatchObject({
      caseOutcome: { caseStatus: 'concluded', isClosed: true },
    });
    expect(await b.db.cases.get(caseId as never)).toMatchObject({
      typeDetails: { kind: 'wageArrears', amountRecovered: 86400.5 },
    });
    expect(await verifyAuditChain(a.db)).toMatchObject({ ok: true });
  });

  it('leaves leads of other cases alone and reports a dismissal by its reason', async () => {
    const other = await createCase(a.db, a.actor, validInput(2), new Date());
    if (!other.ok) throw new Error('case not created');
    await updateCase(a.db, a.actor, other.value.id, { status: 'concluded' }, new Date());
    expect(await a.db.leads.get(id(2))).not.toHaveProperty('caseOutcome');
    await changeLeadStatus(
      a.db,
      a.actor,
      id(2),
      { to: 'dismissed', reason: '重复线索' },
      new Date(),
    );
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    const data = await serverData('lead', id(2));
    expect(data).toMatchObject({ status: 'dismissed', dismissReason: '重复线索', caseId: null });
    expect(data).not.toHaveProperty('caseOutcome');
  });
});
