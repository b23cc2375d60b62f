/**
 * Pulled users and approval requests stored like other records: a newer revision takes every
 * synced field but those a pending local change sets; each applied state audited as 'system:sync'
 * from the server; a state that is not a valid user or request passed over. A request keeps what
 * only its desk holds, and an answer the server refused holds no field: the request shows the
 * server's state while the refused change stays in the outbox, marked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ApprovalData } from '../../../src-shared/sync/approvals';
import type { UserId } from '../../../src-shared/domain/ids';
import { approvalsTable } from '../../../src-renderer/src/db/approvalTables';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { credentialsTable } from '../../../src-renderer/src/db/credentials';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { appendOutbox } from '../../../src-renderer/src/db/outbox';
import { ackBatch } from '../../../src-renderer/src/sync/ack';
import { applyServerStates, type ServerState } from '../../../src-renderer/src/sync/apply';
import { setUpDevice } from '../db/fixtures';

const AT = '2026-12-01T02:00:00.000Z';
const USER = '0190e000-0000-7000-8000-000000000001';
const REQUEST = '0190e000-0000-7000-8000-000000000002';
const chief = { id: USER, name: '李检察长', role: 'chiefProcurator' } as const;
const procurator = { id: 'procurator-1', name: '王检察官', role: 'procurator' } as const;

const opened: JianhuDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function device() {
  const d = await setUpDevice();
  opened.push(d.db);
  return d;
}

function state(entity: 'user' | 'approval', rev: number, data: object): ServerState {
  return {
    entity,
    entityId: entity === 'user' ? USER : REQUEST,
    rev,
    data: { ...data },
    deleted: false,
    updatedAt: AT,
    changeId: '0190e000-0000-7000-8000-0000000000ff',
  };
}

const user = (over = {}) => ({
  name: '李检察长',
  role: 'chiefProcurator',
  isAdmin: false,
  active: true,
  createdAt: AT,
  ...over,
});

const request = (over: Partial<ApprovalData> = {}): ApprovalData => ({
  caseId: 'case-1',
  caseTitle: '赵某追索劳动报酬申请国家司法救助案',
  workflowId: 'wf-1',
  workflowKind: 'judicialAssistance',
  event: 'decide',
  dataDigest: 'ab'.repeat(32),
  summary: { amount: 25922 },
  requiredRoles: ['chiefProcurator'],
  reason: '请审批',
  requestedBy: procurator,
  requestedAt: AT,
  status: 'pending',
  answeredBy: null,
  answeredAt: null,
  note: null,
  usedAt: null,
  ...over,
});

const approved = { status: 'approved', answeredBy: chief, answeredAt: AT, note: null } as const;

describe('pulled users', () => {
  it('stores a new user without a credential, then takes a role given elsewhere, each audited', async () => {
    const { db } = await device();
    expect(await applyServerStates(db, [state('user', 1, user())], new Date(AT))).toBe(1);
    expect(await db.users.get(USER)).toEqual({ id: USER, ...user(), rev: 1, updatedAt: AT });
    expect(await credentialsTable(db).get(USER)).toBeUndefined();
    await applyServerStates(db, [state('user', 2, user({ role: 'departmentHead' }))], new Date(AT));
    expect(await db.users.get(USER)).toMatchObject({ role: 'departmentHead', rev: 2 });
    const entries = await db.audit.where('entityId').equals(USER).toArray();
    expect(
      entries.map((e) => [e.userId, e.action, (e.diff as { fields: string[] }).fields]),
    ).toEqual([
      ['system:sync', 'user.create', ['name', 'role', 'isAdmin', 'active', 'createdAt']],
      ['system:sync', 'user.update', ['role']],
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('keeps a field a pending local change sets, takes the others, and passes over a bad state', async () => {
    const { db } = await device();
    await applyServerStates(db, [state('user', 1, user())], new Date(AT));
    await db.users.update(USER, { active: false });
    await db.transaction('rw', db.outbox, db.meta, () =>
      appendOutbox(
        db,
        [
          {
            entity: 'user',
            entityId: USER,
            op: 'update',
            baseRev: 1,
            patch: { active: false },
            deviceTime: AT,
          },
        ],
        Date.parse(AT),
      ),
    );
    await applyServerStates(db, [state('user', 2, user({ role: 'clerk' }))], new Date(AT));
    expect(await db.users.get(USER)).toMatchObject({ role: 'clerk', active: false, rev: 2 });
    const malformed = state('user', 3, { name: '李检察长', role: 'judge' });
    expect(await applyServerStates(db, [malformed], new Date(AT))).toBe(0);
    expect((await db.users.get(USER as UserId))?.rev).toBe(2);
  });
});

describe('pulled approval requests', () => {
  it('stores a request, then its answer, keeping what only this desk holds', async () => {
    const { db } = await device();
    await applyServerStates(db, [state('approval', 1, request())], new Date(AT));
    await approvalsTable(db).update(REQUEST, { localData: { amount: 25922 } });
    await applyServerStates(db, [state('approval', 2, request(approved))], new Date(AT));
    expect(await approvalsTable(db).get(REQUEST)).toMatchObject({
      status: 'approved',
      answeredBy: chief,
      rev: 2,
      localData: { amount: 25922 },
    });
    const actions = (await db.audit.where('entityId').equals(REQUEST).toArray()).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['approval.request', 'approval.approve']);
    expect(
      await applyServerStates(db, [state('approval', 3, { status: 'used' })], new Date(AT)),
    ).toBe(0);
  });

  async function answeredHere(db: JianhuDb) {
    await applyServerStates(db, [state('approval', 1, request())], new Date(AT));
    const mine = {
      status: 'rejected',
      answeredBy: { ...chief, id: 'deputy-1' },
      answeredAt: AT,
      note: '不同意',
    } satisfies Partial<ApprovalData>;
    await approvalsTable(db).update(REQUEST, mine);
    const [row] = await db.transaction('rw', db.outbox, db.meta, () =>
      appendOutbox(
        db,
        [
          {
            entity: 'approval',
            entityId: REQUEST,
            op: 'update',
            baseRev: 1,
            patch: mine,
            deviceTime: AT,
          },
        ],
        Date.parse(AT),
      ),
    );
    if (!row) throw new Error('no outbox row');
    return row;
  }

  it('keeps a pending local answer over the server’s state until the server answers it', async () => {
    const { db } = await device();
    await answeredHere(db);
    await applyServerStates(db, [state('approval', 2, request(approved))], new Date(AT));
    expect(await approvalsTable(db).get(REQUEST)).toMatchObject({ status: 'rejected', rev: 2 });
  });

  it('marks a refused answer, asks for the request again, and then shows the server’s answer', async () => {
    const { db } = await device();
    const row = await answeredHere(db);
    const refusal = {
      status: 'rejected',
      changeId: row.changeId,
      code: 'approval-already-answered',
      reason: 'x',
    } as const;
    const outcome = await ackBatch(db, [row], [refusal], new Date(AT));
    expect(outcome).toMatchObject({
      refused: 1,
      removed: 0,
      unsure: [{ entity: 'approval', entityId: REQUEST }],
    });
    expect(await db.outbox.get(row.deviceSeq)).toMatchObject({
      lastError: 'refused:approval-already-answered',
    });
    // The re-fetch the engine makes for an unsure record: the server's state wins.
    await applyServerStates(db, [state('approval', 2, request(approved))], new Date(AT), {
      allowSameRev: true,
    });
    expect(await approvalsTable(db).get(REQUEST)).toMatchObject({
      status: 'approved',
      answeredBy: chief,
    });
    // Not lost: the refused answer stays in the outbox, marked, for the person to see.
    expect(await db.outbox.get(row.deviceSeq)).toMatchObject({
      patch: { status: 'rejected', note: '不同意' },
      lastError: 'refused:approval-already-answered',
    });
  });
});
