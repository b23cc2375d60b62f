/**
 * How server states of workflows, steps and documents become local rows: a new row is made whole,
 * a newer revision replaces, an older or equal one is skipped, fields of pending local changes keep
 * their local values, steps are only ever added (idempotent by id), and audit entries never carry
 * the sensitive values or the snapshot text.
 */
import { describe, expect, it } from 'vitest';
import type { ServerRecord } from '../../../src-shared/sync/push';
import type { UserId } from '../../../src-shared/domain/ids';
import {
  planRemoteDocument,
  planRemoteStep,
  planRemoteWorkflow,
  remoteWorkflowAudit,
} from '../../../src-renderer/src/db/applyRemoteWorkflow';
import { planRemoteState } from '../../../src-renderer/src/db/remotePlan';
import { planStates } from '../../../src-renderer/src/sync/apply';
import type {
  DocumentRecord,
  WorkflowRecord,
  WorkflowStepRecord,
} from '../../../src-renderer/src/db/workflowRows';

const WF = '0190d000-0000-7000-8000-0000000000a1';
const STEP = '0190d000-0000-7000-8000-0000000000b1';
const DOC = '0190d000-0000-7000-8000-0000000000c1';
const CASE = '0190d000-0000-7000-8000-000000000001';
const USER = 'u-1' as UserId;
const ACCOUNT = '6222 0000 1111 2222';

function localWorkflow(rev: number, over: Partial<WorkflowRecord> = {}): WorkflowRecord {
  return {
    id: WF,
    caseId: CASE,
    kind: 'judicialAssistance',
    snapshot: '{"local":1}',
    state: 'intake',
    status: 'active',
    due: null,
    sensitive: {},
    stepCount: 1,
    startedAt: '2026-03-01T01:00:00.000Z',
    startedBy: USER,
    updatedAt: '2026-03-01T01:00:00.000Z',
    updatedBy: USER,
    rev,
    seq: 7,
    ...over,
  };
}

const WORKFLOW_DATA = {
  caseId: CASE,
  kind: 'judicialAssistance',
  snapshot: '{"server":1}',
  state: 'followUp',
  status: 'active',
  due: {
    limitId: 'x',
    direction: 'after',
    start: '2026-03-02',
    due: '2026-03-09',
    coverage: 'official',
  },
  sensitive: { 'pay.bankAccount': ACCOUNT },
  stepCount: 3,
  startedAt: '2026-03-01T01:00:00.000Z',
  startedBy: USER,
  updatedAt: '2026-03-02T01:00:00.000Z',
  updatedBy: 'u-2',
};

function remote(
  entity: ServerRecord['entity'],
  entityId: string,
  rev: number,
  data: Record<string, unknown>,
): ServerRecord {
  return { entity, entityId, rev, data, deleted: false, updatedAt: '2026-03-02T02:00:00.000Z' };
}

describe('planRemoteWorkflow', () => {
  it.each([
    // what, local rev, pending fields, remote rev → expected state / snapshot / stepCount / rev
    ['a newer state replaces every field', 1, [], 2, ['followUp', '{"server":1}', 3, 2]],
    [
      'pending step fields stay local',
      1,
      ['state', 'snapshot'],
      3,
      ['intake', '{"local":1}', 3, 3],
    ],
    ['an older state is ignored', 3, [], 2, null],
    ['the same state is ignored', 2, [], 2, null],
  ] as const)('%s', (_what, localRev, pending, remoteRev, expected) => {
    const plan = planRemoteWorkflow(
      localWorkflow(localRev),
      new Set(pending),
      remote('workflow', WF, remoteRev, WORKFLOW_DATA),
    );
    if (expected === null) {
      expect(plan).toBeNull();
      return;
    }
    const [state, snapshot, stepCount, rev] = expected;
    expect(plan?.record).toMatchObject({ id: WF, state, snapshot, stepCount, rev, seq: 7 });
    expect(plan?.isNew).toBe(false);
  });

  it('makes a new row whole: the sensitive values, rev from the server, seq for the writer', () => {
    const plan = planRemoteWorkflow(undefined, new Set(), remote('workflow', WF, 4, WORKFLOW_DATA));
    expect(plan).toMatchObject({
      isNew: true,
      record: { ...WORKFLOW_DATA, id: WF, rev: 4, seq: 0 },
    });
    expect(plan?.changed).toContain('sensitive');
  });

  it('moves only the revision when the content is the same (the device’s own state)', () => {
    const same = { ...localWorkflow(1) } as Record<string, unknown>;
    for (const key of ['id', 'rev', 'seq']) Reflect.deleteProperty(same, key);
    const plan = planRemoteWorkflow(localWorkflow(1), new Set(), remote('workflow', WF, 2, same));
    expect(plan).toMatchObject({ changed: [], record: { rev: 2 } });
  });

  it('keeps a null due date as a value and fills what an older state lacks', () => {
    const { sensitive: _s, ...rest } = { ...WORKFLOW_DATA, due: null };
    const plan = planRemoteWorkflow(undefined, new Set(), remote('workflow', WF, 1, rest));
    expect(plan?.record).toMatchObject({ due: null, sensitive: {} });
  });

  it('applies the same revision again only when asked (a re-fetch)', () => {
    const plan = planRemoteWorkflow(
      localWorkflow(2),
      new Set(),
      remote('workflow', WF, 2, WORKFLOW_DATA),
      { allowSameRev: true },
    );
    expect(plan?.record.state).toBe('followUp');
  });

  it.each([
    ['no case', { ...WORKFLOW_DATA, caseId: undefined }],
    ['an unknown kind', { ...WORKFLOW_DATA, kind: 'notAKind' }],
    ['another entity', null],
  ])('skips a state with %s', (_what, data) => {
    const state =
      data === null ? remote('case', WF, 2, WORKFLOW_DATA) : remote('workflow', WF, 2, data);
    expect(planRemoteWorkflow(undefined, new Set(), state)).toBeNull();
  });
});

const STEP_DATA = {
  workflowId: WF,
  caseId: CASE,
  stepNo: 1,
  from: 'intake',
  to: 'review',
  event: 'pay',
  at: '2026-03-02T01:00:00.000Z',
  by: USER,
  role: 'procurator',
  data: { bankAccount: '***' },
  sensitiveFields: ['bankAccount'],
};

describe('planRemoteStep', () => {
  it('adds a step the device does not hold, exactly as the server has it', () => {
    const plan = planRemoteStep(undefined, remote('step', STEP, 1, STEP_DATA));
    expect(plan).toMatchObject({ isNew: true, record: { ...STEP_DATA, id: STEP } });
    expect(plan?.record).not.toHaveProperty('rev');
  });

  it('never overwrites a step it holds, whatever the revision (idempotent by id)', () => {
    const held = { ...STEP_DATA, id: STEP, event: 'local' } as WorkflowStepRecord;
    expect(planRemoteStep(held, remote('step', STEP, 9, STEP_DATA))).toBeNull();
  });

  it('plans a page carrying the same step twice once', () => {
    const state = { ...remote('step', STEP, 1, STEP_DATA), changeId: 'c' };
    const local = { refs: [], rows: new Map(), pending: new Map() };
    const { plans, audit } = planStates(local, [state, state]);
    expect(plans).toHaveLength(1);
    expect(audit).toMatchObject([{ action: 'workflow.transition', entity: 'step' }]);
  });

  it('skips a step without its workflow', () => {
    const { workflowId: _w, ...rest } = STEP_DATA;
    expect(planRemoteStep(undefined, remote('step', STEP, 1, rest))).toBeNull();
  });
});

const DOC_DATA = {
  caseId: CASE,
  workflowId: WF,
  templateId: 'assistance.decision',
  templateVersion: 1,
  title: '国家司法救助决定书',
  data: { amount: 25922 },
  dataSha256: 'a'.repeat(64),
  fileSha256: 'b'.repeat(64),
  status: 'draft',
  createdAt: '2026-03-02T01:00:00.000Z',
  createdBy: USER,
};

function localDocument(rev: number, over: Partial<DocumentRecord> = {}): DocumentRecord {
  return { ...(DOC_DATA as unknown as DocumentRecord), id: DOC, rev, seq: 3, ...over };
}

describe('planRemoteDocument', () => {
  it.each([
    // what, local, pending fields, remote rev → expected status / rev (null: nothing to do)
    ['a new document', undefined, [], 1, ['final', 1]],
    ['a newer state', localDocument(1), [], 2, ['final', 2]],
    ['a pending status stays local', localDocument(1), ['status'], 2, ['draft', 2]],
    ['an older state is ignored', localDocument(3), [], 2, null],
  ] as const)('%s', (_what, local, pending, remoteRev, expected) => {
    const data = { ...DOC_DATA, status: 'final' };
    const plan = planRemoteDocument(
      local,
      new Set(pending),
      remote('document', DOC, remoteRev, data),
    );
    if (expected === null) expect(plan).toBeNull();
    else expect(plan?.record).toMatchObject({ id: DOC, status: expected[0], rev: expected[1] });
  });
});

describe('planRemoteState', () => {
  it('passes over entities this build does not store, and ids held by another entity', () => {
    expect(planRemoteState(undefined, new Set(), remote('lead', WF, 1, {}))).toBeNull();
    const asCase = { entity: 'workflow', record: localWorkflow(1) } as const;
    expect(planRemoteState(asCase, new Set(), remote('document', WF, 2, DOC_DATA))).toBeNull();
  });
});

describe('remoteWorkflowAudit', () => {
  it('names the server and the states, never the bank account nor the snapshot', () => {
    const before = localWorkflow(1);
    const state = remote('workflow', WF, 2, WORKFLOW_DATA);
    const plan = planRemoteWorkflow(before, new Set(), state);
    if (!plan) throw new Error('no plan');
    const draft = remoteWorkflowAudit(before, plan, { rev: 2, changeId: 'c-1' });
    expect(draft).toMatchObject({
      action: 'workflow.transition',
      entity: 'workflow',
      userId: 'system:sync',
      diff: {
        origin: 'server',
        rev: 2,
        changeId: 'c-1',
        before: { state: 'intake' },
        after: { state: 'followUp', due: '2026-03-09' },
      },
    });
    const text = JSON.stringify(draft);
    expect(text).not.toContain('1111');
    expect(text).not.toContain('{\\"server\\":1}');
  });
});
