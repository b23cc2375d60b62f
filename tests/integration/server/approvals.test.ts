/**
 * Users and approval requests through the real server: users are records of their unit, checked
 * whole; a request moves only by its lifecycle (checkApprovalChange), its answer checked against
 * the role the unit's synced users give the answerer. The second of two answers is refused, not
 * kept as a conflict; another unit sees and answers nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalData, PersonRef } from '../../../src-shared/sync/approvals';
import { pullResponseSchema } from '../../../src-shared/sync/pull';
import {
  answerPatch,
  create,
  person,
  pushingDevice,
  requestData,
  update,
  userData,
  type PushingDevice,
} from './helpers/approvalData';
import { change, nextId } from './helpers/changes';
import { BACKENDS, UNITS, createTestEnv, type TestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('users and approval requests on %s', (backend) => {
  let env: TestEnv;
  /** The procurator's workstation and the chief's, in one county; a desk in another county. */
  let procuratorDesk: PushingDevice;
  let chiefDesk: PushingDevice;
  let otherCounty: PushingDevice;
  const procurator = person('王检察官', 'procurator');
  const chief = person('李检察长', 'chiefProcurator');
  const deputy = person('张检察长', 'chiefProcurator');
  const clerk = person('刘书记员', 'clerk');
  const retired = person('赵检察长', 'chiefProcurator');

  const asUser = (p: PersonRef, over = {}) => create('user', p.id, userData(p.name, p.role, over));

  beforeAll(async () => {
    env = await createTestEnv(backend);
    procuratorDesk = await pushingDevice(env, UNITS.yaohai);
    chiefDesk = await pushingDevice(env, UNITS.yaohai);
    otherCounty = await pushingDevice(env, UNITS.luyang);
    const users = [
      ...(await procuratorDesk.push([asUser(procurator, { isAdmin: true }), asUser(clerk)])),
      ...(await chiefDesk.push([asUser(chief), asUser(deputy), asUser(retired)])),
    ];
    expect(users.map((r) => r.status)).toEqual(Array(5).fill('applied'));
    const retiring = await chiefDesk.push([update('user', retired.id, 1, { active: false })]);
    expect(retiring).toMatchObject([{ status: 'applied', rev: 2 }]);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  async function stored(entity: string, id: string, unit: string = UNITS.yaohai) {
    const row = (
      await env.db.query(
        'select rev, data from records where unit_code = $1 and entity = $2 and entity_id = $3',
        [unit, entity, id],
      )
    )[0];
    return row && { rev: Number(row.rev), data: row.data as ApprovalData };
  }

  /** A new pending request of the procurator, accepted at rev 1. */
  async function newRequest(over: Partial<ApprovalData> = {}): Promise<string> {
    const id = nextId();
    const [result] = await procuratorDesk.push([
      create('approval', id, requestData(procurator, over)),
    ]);
    expect(result).toMatchObject({ status: 'applied', rev: 1 });
    return id;
  }

  const answer = (id: string, by: PersonRef, isApproved = true, baseRev = 1) =>
    update('approval', id, baseRev, answerPatch(by, isApproved));

  it('keeps the unit’s users and hands them to its devices, never to another unit', async () => {
    const page = await env.pull(chiefDesk.token);
    const users = page.changes.filter((c) => c.entity === 'user');
    expect(users.map((u) => u.entityId).sort()).toEqual(
      [procurator, clerk, chief, deputy, retired].map((p) => p.id).sort(),
    );
    expect(users.find((u) => u.entityId === retired.id)).toMatchObject({
      rev: 2,
      data: { name: '赵检察长', role: 'chiefProcurator', active: false, isAdmin: false },
    });
    const elsewhere = await env.pull(otherCounty.token);
    expect(elsewhere.changes.filter((c) => c.entity === 'user')).toEqual([]);
    const byId = await env.request(`/records/user/${chief.id}`, { token: otherCounty.token });
    expect(byId).toMatchObject({ status: 404, body: { code: 'not-found' } });
  });

  it('takes a request, its answer on another desk and its use, each one step of its life', async () => {
    const id = await newRequest();
    expect(await chiefDesk.push([answer(id, chief)])).toMatchObject([
      { status: 'applied', rev: 2 },
    ]);
    const used = update('approval', id, 2, { status: 'used', usedAt: '2026-12-01T11:00:00+08:00' });
    expect(await procuratorDesk.push([used])).toMatchObject([{ status: 'applied', rev: 3 }]);
    expect(await stored('approval', id)).toMatchObject({
      rev: 3,
      data: { status: 'used', answeredBy: chief, note: null, requestedBy: procurator },
    });
    const withdrawn = await newRequest();
    const back = update('approval', withdrawn, 1, { status: 'withdrawn' });
    expect(await procuratorDesk.push([back])).toMatchObject([{ status: 'applied', rev: 2 }]);
  });

  // prettier-ignore
  it.each([
    // first answer, second answer (both made on the pending request, at rev 1)
    ['approved, then approved by another chief', true,  true],
    ['approved, then rejected',                  true,  false],
    ['rejected, then approved',                  false, true],
  ] as const)('refuses the second of two answers (%s): the first stands, no conflict is kept', async (_what, first, second) => {
    const id = await newRequest();
    expect(await chiefDesk.push([answer(id, chief, first)])).toMatchObject([{ status: 'applied' }]);
    const conflictsBefore = await env.count('select count(*)::int as n from conflicts');
    const late = await procuratorDesk.push([answer(id, deputy, second)]);
    expect(late).toMatchObject([{ status: 'rejected', code: 'approval-already-answered' }]);
    expect(await stored('approval', id)).toMatchObject({
      rev: 2,
      data: { status: first ? 'approved' : 'rejected', answeredBy: chief },
    });
    expect(await env.count('select count(*)::int as n from conflicts')).toBe(conflictsBefore);
  });

  // prettier-ignore
  it.each([
    ['a user the server does not know', () => person('无名检察长', 'chiefProcurator')],
    ['a user without a required role',  () => clerk],
    ['a retired user',                  () => retired],
    ['a role claimed but not held',     () => ({ ...clerk, role: 'chiefProcurator' as const })],
    ['the requester',                   () => procurator],
  ])('refuses an answer by %s as approval-wrong-role', async (_what, by) => {
    const id = await newRequest({ requiredRoles: ['chiefProcurator', 'procurator'] });
    expect(await chiefDesk.push([answer(id, by())])).toMatchObject([
      { status: 'rejected', code: 'approval-wrong-role' },
    ]);
    expect(await stored('approval', id)).toMatchObject({ rev: 1, data: { status: 'pending' } });
  });

  // prettier-ignore
  it.each([
    ['the case title changed',     { caseTitle: '另一个案件' },          'approval-invalid-transition'],
    ['the data digest changed',    { dataDigest: 'cd'.repeat(32) },     'approval-invalid-transition'],
    ['the required roles changed', { requiredRoles: ['clerk'] },        'approval-invalid-transition'],
    ['used before any answer',     { status: 'used', usedAt: '2026-12-01T11:00:00+08:00' }, 'approval-invalid-transition'],
    ['back to pending',            { status: 'pending', note: '再看看' }, 'approval-invalid-transition'],
    ['not a request (a field no request has)', { amount: 1 },          'bad-request'],
  ])('refuses a change where %s', async (_what, patch, code) => {
    const id = await newRequest();
    expect(await procuratorDesk.push([update('approval', id, 1, patch)])).toMatchObject([
      { status: 'rejected', code },
    ]);
    expect(await stored('approval', id)).toMatchObject({ rev: 1, data: { status: 'pending' } });
  });

  it('refuses a request made already answered, a withdrawal after an answer and any delete', async () => {
    const id = nextId();
    const answered = requestData(procurator, answerPatch(chief, true));
    expect(await procuratorDesk.push([create('approval', id, answered)])).toMatchObject([
      { status: 'rejected', code: 'approval-invalid-transition' },
    ]);
    expect(await stored('approval', id)).toBeUndefined();
    const approved = await newRequest();
    await chiefDesk.push([answer(approved, chief)]);
    const late = [
      update('approval', approved, 1, { status: 'withdrawn' }),
      { ...update('approval', approved, 2, {}), op: 'delete' as const, patch: null },
    ];
    expect(await procuratorDesk.push(late)).toMatchObject([
      { status: 'rejected', code: 'approval-already-answered' },
      { status: 'rejected', code: 'approval-invalid-transition' },
    ]);
  });

  it('refuses users that are not whole, valid users, and never deletes one', async () => {
    const id = nextId();
    const results = await procuratorDesk.push([
      create('user', id, { name: '缺字段' }),
      create('user', nextId(), userData('法官', 'judge' as never)),
      update('user', clerk.id, 1, { name: ' ' }),
      { ...update('user', clerk.id, 1, {}), op: 'delete', patch: null },
    ]);
    expect(results.map((r) => r.status === 'rejected' && r.code)).toEqual(
      Array(4).fill('bad-request'),
    );
    expect(await stored('user', id)).toBeUndefined();
    expect(await stored('user', clerk.id)).toMatchObject({ rev: 1, data: { name: '刘书记员' } });
  });

  it('lets a user created earlier in a batch answer later in it', async () => {
    const id = await newRequest();
    const newChief = person('周检察长', 'chiefProcurator');
    const results = await chiefDesk.push([asUser(newChief), answer(id, newChief)]);
    expect(results).toMatchObject([{ status: 'applied' }, { status: 'applied', rev: 2 }]);
  });

  it('answers a refused answer sent again with the same refusal', async () => {
    const id = await newRequest();
    const { token } = procuratorDesk;
    // Sent by hand with one changeId twice, as a device whose first answer was lost sends it.
    const refused = change({
      ...answer(id, clerk),
      patch: answerPatch(clerk, true),
      deviceSeq: 900,
    });
    const first = await env.push(token, [refused]);
    const again = await env.push(token, [refused]);
    expect(first.results).toMatchObject([{ status: 'rejected', code: 'approval-wrong-role' }]);
    expect(again.results).toMatchObject([
      { status: 'duplicate', original: { status: 'rejected', code: 'approval-wrong-role' } },
    ]);
  });

  it('shows another unit no request, and lets it answer none', async () => {
    const id = await newRequest();
    const elsewhere = await env.pull(otherCounty.token);
    expect(elsewhere.changes.filter((c) => c.entity === 'approval')).toEqual([]);
    const byId = await env.request(`/records/approval/${id}`, { token: otherCounty.token });
    expect(byId).toMatchObject({ status: 404, body: { code: 'not-found' } });
    // Even with a chief of its own on the server, its answer reaches nothing of this unit.
    const ownChief = person('孙检察长', 'chiefProcurator');
    const results = await otherCounty.push([asUser(ownChief), answer(id, ownChief)]);
    expect(results).toMatchObject([
      { status: 'applied' },
      { status: 'rejected', code: 'not-found' },
    ]);
    expect(await stored('approval', id)).toMatchObject({ rev: 1, data: { status: 'pending' } });
    expect(await stored('approval', id, UNITS.luyang)).toBeUndefined();
  });

  it('leaves users and requests out of the pull of a client of protocol 1', async () => {
    const reply = await env.request('/sync/pull', {
      token: chiefDesk.token,
      headers: { 'x-jianhu-protocol': '1' },
    });
    expect(reply.status).toBe(200);
    const page = pullResponseSchema.parse(reply.body);
    expect(page.changes.filter((c) => c.entity === 'user' || c.entity === 'approval')).toEqual([]);
    const current = await env.pull(chiefDesk.token);
    expect(current.changes.some((c) => c.entity === 'approval')).toBe(true);
  });
});
