/**
 * Users and approval requests between workstations through the real server: a user added or
 * changed on one desk appears on the unit's others (without a password there); a request made on
 * the procurator's desk is answered on the chief's and the answer comes back; of two answers to
 * one request the second is refused, and its desk keeps the refused change in sight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerApproval, requestApproval } from '../../../src-renderer/src/db/approvalRepository';
import { approvalsTable } from '../../../src-renderer/src/db/approvalTables';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { createCase } from '../../../src-renderer/src/db/cases';
import { conflictsTable } from '../../../src-renderer/src/db/conflicts';
import { credentialsTable } from '../../../src-renderer/src/db/credentials';
import { createUser, updateUser } from '../../../src-renderer/src/db/users';
import { startCaseWorkflow } from '../../../src-renderer/src/db/workflowRepository';
import { countRefused, listRefusedChanges } from '../../../src-renderer/src/sync/collect';
import { TEST_KDF, TEST_PASSWORD, validInput } from '../../unit/db/fixtures';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from '../server/helpers/testEnv';
import { addDevice, closeDevices, type TestDevice } from './helpers/syncEnv';

const DECIDE = { type: 'decide', data: { decidedOn: '2026-12-01', amount: 25922 } };

describe.each(BACKENDS)('users and approval requests between workstations on %s', (backend) => {
  let env: TestEnv;
  /** The procurator's desk, two chief procurators' desks, a desk of another county. */
  let desk: TestDevice;
  let chief: TestDevice;
  let deputy: TestDevice;
  let other: TestDevice;
  let workflowId = '';

  beforeAll(async () => {
    env = await createTestEnv(backend);
    desk = await addDevice(env, UNITS.yaohai, { user: { name: '王检察官', role: 'procurator' } });
    chief = await addDevice(env, UNITS.yaohai, {
      user: { name: '李检察长', role: 'chiefProcurator' },
    });
    deputy = await addDevice(env, UNITS.yaohai, {
      user: { name: '张检察长', role: 'chiefProcurator' },
    });
    other = await addDevice(env, UNITS.luyang);
    const made = await createCase(desk.db, desk.actor, validInput(1), new Date());
    if (!made.ok) throw new Error('case not created');
    const started = await startCaseWorkflow(
      desk.db,
      desk.actor,
      made.value.id,
      'judicialAssistance',
      {},
      new Date(),
    );
    if (!started.ok) throw new Error('workflow not started');
    workflowId = started.value.id;
    await syncAll();
  }, 60_000);
  afterAll(async () => {
    await closeDevices([desk, chief, deputy, other]);
    await env.close();
  });

  async function syncAll(): Promise<void> {
    for (const device of [desk, chief, deputy, other]) {
      expect(await device.engine.syncNow()).toMatchObject({ kind: 'idle' });
    }
  }

  async function ask(): Promise<string> {
    const made = await requestApproval(
      desk.db,
      desk.actor,
      { workflowId, event: DECIDE, requiredRoles: ['chiefProcurator'], reason: '请审批救助决定' },
      new Date(),
    );
    if (!made.ok) throw new Error(JSON.stringify(made));
    return made.value.id;
  }

  const reply = (device: TestDevice, id: string, approve: boolean) =>
    answerApproval(
      device.db,
      device.actor,
      id,
      { approve, note: approve ? '同意。' : '材料不全。', password: TEST_PASSWORD },
      new Date(),
    );

  it('brings a user added and given another role on one desk to the unit’s other desks, without a password', async () => {
    const added = await createUser(
      desk.db,
      desk.actor,
      { name: '刘书记员', role: 'clerk', password: TEST_PASSWORD },
      new Date(),
      TEST_KDF,
    );
    if (!added.ok) throw new Error('user not added');
    const id = added.value.id;
    const changed = await updateUser(desk.db, desk.actor, id, { role: 'assistant' }, new Date());
    expect(changed.ok).toBe(true);
    await syncAll();
    expect(await chief.db.users.get(id)).toMatchObject({
      name: '刘书记员',
      role: 'assistant',
      isAdmin: false,
      active: true,
      rev: 2,
    });
    expect(await credentialsTable(chief.db).get(id)).toBeUndefined();
    expect(await other.db.users.get(id)).toBeUndefined();
    // Each desk's own administrator reached the others too.
    expect((await desk.db.users.get(chief.actor.userId))?.role).toBe('chiefProcurator');
    const entries = await chief.db.audit.where('entityId').equals(id).toArray();
    expect(entries.map((e) => [e.userId, e.action])).toEqual([['system:sync', 'user.create']]);
    expect(await verifyAuditChain(chief.db)).toMatchObject({ ok: true });
  });

  it('takes a request to the chief’s desk, and his answer back to the procurator’s', async () => {
    const id = await ask();
    await syncAll();
    expect(await approvalsTable(chief.db).get(id)).toMatchObject({ status: 'pending', rev: 1 });
    expect(await reply(chief, id, true)).toMatchObject({ ok: true });
    expect(await chief.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    expect(await desk.engine.syncNow()).toMatchObject({ kind: 'idle' });
    const back = await approvalsTable(desk.db).get(id);
    expect(back).toMatchObject({
      status: 'approved',
      rev: 2,
      answeredBy: { id: chief.actor.userId, name: '李检察长', role: 'chiefProcurator' },
      // What only the requester's desk keeps stays there.
      localData: DECIDE.data,
    });
    expect(await approvalsTable(chief.db).get(id)).not.toHaveProperty('localData');
    const entries = await desk.db.audit.where('entityId').equals(id).toArray();
    expect(entries.map((e) => [e.userId, e.action])).toEqual([
      [desk.actor.userId, 'approval.request'],
      ['system:sync', 'approval.approve'],
    ]);
  });

  it('refuses the second of two answers; its desk keeps the refused change and shows the first', async () => {
    const id = await ask();
    await syncAll();
    expect(await reply(chief, id, true)).toMatchObject({ ok: true });
    expect(await reply(deputy, id, false)).toMatchObject({ ok: true });
    expect(await chief.engine.syncNow()).toMatchObject({ kind: 'idle', rejectedCount: 0 });
    expect(await deputy.engine.syncNow()).toMatchObject({ kind: 'idle', rejectedCount: 1 });
    const kept = await listRefusedChanges(deputy.db, 'approval', id);
    expect(kept).toMatchObject([
      {
        entity: 'approval',
        op: 'update',
        lastError: 'refused:approval-already-answered',
        patch: { status: 'rejected', answeredBy: { id: deputy.actor.userId } },
      },
    ]);
    expect(await countRefused(deputy.db)).toBe(1);
    // The request itself shows what the server kept: the first answer.
    expect(await approvalsTable(deputy.db).get(id)).toMatchObject({
      status: 'approved',
      answeredBy: { id: chief.actor.userId },
      rev: 2,
    });
    await syncAll();
    expect(await approvalsTable(desk.db).get(id)).toMatchObject({ status: 'approved' });
    expect(await countRefused(deputy.db)).toBe(1);
  });

  it('keeps two administrators’ different roles for one user as a conflict for the inbox', async () => {
    const added = await createUser(
      desk.db,
      desk.actor,
      { name: '陈检察官助理', role: 'assistant', password: TEST_PASSWORD },
      new Date(),
      TEST_KDF,
    );
    if (!added.ok) throw new Error('user not added');
    const id = added.value.id;
    await syncAll();
    // Both desks' administrators, each on their own desk, before either change reached the other.
    const promote = await updateUser(desk.db, desk.actor, id, { role: 'procurator' }, new Date());
    const demote = await updateUser(chief.db, chief.actor, id, { role: 'clerk' }, new Date());
    expect([promote.ok, demote.ok]).toEqual([true, true]);
    await desk.engine.syncNow();
    expect(await chief.engine.syncNow()).toMatchObject({ kind: 'idle', pendingCount: 0 });
    const [conflict] = await conflictsTable(chief.db).where('entityId').equals(id).toArray();
    expect(conflict).toMatchObject({
      entity: 'user',
      status: 'open',
      fields: [{ field: 'role', base: 'assistant', server: 'procurator', client: 'clerk' }],
    });
    expect((await chief.db.users.get(id))?.role).toBe('procurator');
  });
});
