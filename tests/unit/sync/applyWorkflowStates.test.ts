/**
 * Pulled workflow, step and document states written to a real local database (fake-indexeddb):
 * one transaction with their audit entries, the cursor and the applied-entities marker; nothing
 * written twice; a workflow whose create is still pending keeps every local field; and where the
 * pull starts after an upgrade.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { startCaseWorkflow } from '../../../src-renderer/src/db/workflowRepository';
import { getWorkflow, listWorkflowSteps } from '../../../src-renderer/src/db/workflowQueries';
import { APPLIED_ENTITIES_KEY, pullStart } from '../../../src-renderer/src/sync/appliedEntities';
import { applyServerStates, type ServerState } from '../../../src-renderer/src/sync/apply';
import { SyncMetaKey } from '../../../src-renderer/src/sync/syncMeta';
import { setUpDevice } from '../db/fixtures';
import { T0, closeAll, deviceWithCase } from '../workflows-db/fixtures';

afterEach(closeAll);

const WF = '0190d000-0000-7000-8000-0000000000a1';
const CASE = '0190d000-0000-7000-8000-000000000001';
const AT = '2026-03-02T02:00:00.000Z';
const opened: JianhuDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function device() {
  const { db } = await setUpDevice();
  opened.push(db);
  return db;
}

function state(
  entity: ServerState['entity'],
  entityId: string,
  rev: number,
  data: Record<string, unknown>,
): ServerState {
  return {
    entity,
    entityId,
    rev,
    data,
    deleted: false,
    updatedAt: AT,
    changeId: '0190d000-0000-7000-8000-0000000000ff',
  };
}

const workflowData = (stepCount: number, stateName: string) => ({
  caseId: CASE,
  kind: 'reasoning',
  snapshot: `{"state":"${stateName}"}`,
  state: stateName,
  status: 'active',
  due: null,
  sensitive: {},
  stepCount,
  startedAt: AT,
  startedBy: 'u-1',
  updatedAt: AT,
  updatedBy: 'u-1',
});

const stepData = (stepNo: number) => ({
  workflowId: WF,
  caseId: CASE,
  stepNo,
  from: 'preparing',
  to: 'preparing',
  event: 'addGround',
  at: AT,
  by: 'u-1',
  role: 'procurator',
  data: { groundId: `g${String(stepNo)}` },
  sensitiveFields: [],
});

const page = [
  state('workflow', WF, 1, workflowData(0, 'preparing')),
  state('step', 's-1', 1, stepData(1)),
  state('step', 's-2', 1, stepData(2)),
  state('workflow', WF, 3, workflowData(2, 'preparing')),
  state('document', 'd-1', 1, {
    caseId: CASE,
    workflowId: WF,
    templateId: 'reasoning.notSupport',
    templateVersion: 1,
    title: '不支持监督申请决定书',
    data: {},
    dataSha256: 'a'.repeat(64),
    fileSha256: 'b'.repeat(64),
    status: 'draft',
    createdAt: AT,
    createdBy: 'u-1',
  }),
  state('lead', 'l-1', 1, { content: 'passed over' }),
];

describe('applyServerStates for workflows, steps and documents', () => {
  it('stores the page, its audit entries, the cursor and the marker together', async () => {
    const db = await device();
    const auditBefore = await db.audit.count();
    const changed = await applyServerStates(db, page, new Date(AT), { cursor: '42' });
    expect(changed).toBe(4);
    const workflow = await getWorkflow(db, WF);
    expect(workflow).toMatchObject({ rev: 3, stepCount: 2 });
    expect(workflow?.seq).toBeGreaterThan(0);
    expect((await listWorkflowSteps(db, WF)).map((s) => s.id)).toEqual(['s-1', 's-2']);
    expect(await db.documents.get('d-1')).toMatchObject({ rev: 1, workflowId: WF });
    expect(await db.leads.count()).toBe(0);
    // One entry per record whose content changed: the workflow, two steps, the document.
    expect((await db.audit.count()) - auditBefore).toBe(4);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    expect((await db.meta.get(SyncMetaKey.cursor))?.value).toBe('42');
    expect((await db.meta.get(APPLIED_ENTITIES_KEY))?.value).toEqual([
      'case',
      'workflow',
      'step',
      'document',
      'attachment',
      'user',
      'approval',
    ]);
  });

  it('writes nothing twice when the same page comes again (a crash before the cursor moved)', async () => {
    const db = await device();
    await applyServerStates(db, page, new Date(AT), { cursor: '42' });
    const before = {
      audit: await db.audit.count(),
      workflow: await getWorkflow(db, WF),
      steps: await db.steps.toArray(),
    };
    expect(await applyServerStates(db, page, new Date(AT), { cursor: '42' })).toBe(0);
    expect(await db.audit.count()).toBe(before.audit);
    expect(await getWorkflow(db, WF)).toEqual(before.workflow);
    expect(await db.steps.toArray()).toEqual(before.steps);
  });

  it('keeps every local field of a workflow whose create is still pending, taking the revision', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    const started = await startCaseWorkflow(
      db,
      actor,
      caseRecord.id,
      'reasoning',
      { trigger: { kind: 'notSupportSupervision', decidedOn: '2025-03-03' } },
      T0,
    );
    if (!started.ok) throw new Error('not started');
    const local = started.value;
    const remote = state('workflow', local.id, 1, {
      ...workflowData(5, 'elsewhere'),
      caseId: caseRecord.id,
    });
    await applyServerStates(db, [remote], new Date(AT));
    const after = await getWorkflow(db, local.id);
    expect(after).toMatchObject({ state: local.state, stepCount: 0, snapshot: local.snapshot });
    expect(after?.rev).toBe(1);
    expect(await db.outbox.where('entityId').equals(local.id).count()).toBe(1);
  });
});

describe('pullStart (the cursor after an upgrade)', () => {
  it.each([
    // what, marker stored, stored cursor → start cursor, reset
    ['no marker (a build that stored only cases)', undefined, '57', '0', true],
    ['a marker without the new entities', ['case'], '57', '0', true],
    [
      'a marker of the build before users and approvals synced',
      ['case', 'workflow', 'step', 'document', 'attachment'],
      '57',
      '0',
      true,
    ],
    [
      'a marker with every applied entity',
      ['case', 'workflow', 'step', 'document', 'attachment', 'user', 'approval'],
      '57',
      '57',
      false,
    ],
    ['a new device', undefined, '0', '0', false],
  ] as const)('%s', async (_what, marker, stored, cursor, isReset) => {
    const db = await device();
    if (marker) await db.meta.put({ key: APPLIED_ENTITIES_KEY, value: [...marker] });
    expect(await pullStart(db, stored)).toEqual({ cursor, isReset });
  });
});
