/** Builders for pushed changes with readable defaults. */
import type { PushChange, PushResult } from '../../../../src-shared/sync/push';

let counter = 0;

/** A fresh UUID-shaped id; deterministic within a test file. */
export function nextId(): string {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return `0190a000-0000-7000-8000-${hex}`;
}

export function change(
  over: Partial<PushChange> & Pick<PushChange, 'deviceSeq' | 'entityId'>,
): PushChange {
  return {
    changeId: nextId(),
    entity: 'case',
    op: 'update',
    baseRev: 0,
    patch: {},
    deviceTime: '2026-11-29T10:00:00+08:00',
    ...over,
  };
}

/**
 * A whole case as the app's create carries it (the card and what the repository adds): the server
 * refuses a case that is not a valid record, so tests create cases over this.
 */
export function caseData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '张某等农民工欠薪案',
    caseType: 'civilEnforcement',
    source: 'application',
    focalPoint: 'workers',
    status: 'received',
    courtCases: [],
    parties: [
      { id: 'p1', role: 'applicant', name: '张三', sex: 'male', idType: 'residentId', flags: [] },
    ],
    claims: '',
    facts: '',
    handlerId: 'user-1',
    department: 'civil',
    receivedAt: '2026-11-20',
    provisionalNo: '340102-2026-00001',
    createdAt: '2026-11-29T02:00:00.000Z',
    createdBy: 'user-1',
    updatedBy: 'user-1',
    ...over,
  };
}

/** A create of a case made of `caseData` with `patch` over it. */
export function create(
  deviceSeq: number,
  entityId: string,
  patch: Record<string, unknown>,
): PushChange {
  return change({ deviceSeq, entityId, op: 'create', patch: caseData(patch) });
}

export function update(
  deviceSeq: number,
  entityId: string,
  baseRev: number,
  patch: Record<string, unknown>,
): PushChange {
  return change({ deviceSeq, entityId, op: 'update', baseRev, patch });
}

/** Each answer's status, with the code of a rejection: `rejected:seq-reused`. */
export function statuses(results: readonly PushResult[]): string[] {
  return results.map((r) => (r.status === 'rejected' ? `rejected:${r.code}` : r.status));
}

/** A whole lead as a device enters it (origin 'local'), with `over` on top. */
export function leadData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    origin: 'local',
    modelName: null,
    modelCode: null,
    batch: null,
    externalId: null,
    title: '某工地拖欠工资线索',
    content: '',
    parties: [{ name: '某建筑公司', role: '用人单位' }],
    amount: null,
    focalPoint: 'workers',
    region: null,
    occurredAt: null,
    status: 'new',
    dismissReason: null,
    caseId: null,
    statusAt: '2026-11-29T02:00:00.000Z',
    statusBy: 'user-1',
    createdAt: '2026-11-29T02:00:00.000Z',
    ...over,
  };
}

/** A whole attachment record, with `over` on top. */
export function attachmentData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    caseId: 'case-1',
    name: '调解协议书.pdf',
    mime: 'application/pdf',
    size: 1024,
    sha256: 'a'.repeat(64),
    addedAt: '2026-11-29T02:00:00.000Z',
    addedBy: 'user-1',
    deleted: false,
    ...over,
  };
}

/** A workflow's snapshot text as the codec writes it (serializeWorkflowSnapshot). */
export function snapshotText(kind = 'reasoning', value = 'preparing'): string {
  return JSON.stringify({
    format: 1,
    kind,
    version: 1,
    snapshot: { status: 'active', value, context: { caseId: 'case-1' } },
  });
}

/** A whole workflow as the app's start carries it, with `over` on top. */
export function workflowData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    caseId: 'case-1',
    kind: 'reasoning',
    snapshot: snapshotText(),
    state: 'preparing',
    status: 'active',
    due: null,
    sensitive: {},
    stepCount: 0,
    startedAt: '2026-11-29T02:00:00.000Z',
    startedBy: 'user-1',
    updatedAt: '2026-11-29T02:00:00.000Z',
    updatedBy: 'user-1',
    ...over,
  };
}

/** A whole step as a transition carries it, with `over` on top. */
export function stepData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    workflowId: 'workflow-1',
    caseId: 'case-1',
    stepNo: 1,
    from: 'preparing',
    to: 'explained',
    event: 'explain',
    at: '2026-11-29T02:00:00.000Z',
    by: 'user-1',
    role: 'procurator',
    data: { summary: '释法说理要点' },
    sensitiveFields: [],
    ...over,
  };
}

/** A whole generated document record, with `over` on top. */
export function documentData(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    caseId: 'case-1',
    workflowId: 'workflow-1',
    templateId: 'reasoning.record',
    templateVersion: 1,
    title: '释法说理记录',
    data: { text: '内容' },
    dataSha256: 'b'.repeat(64),
    fileSha256: 'c'.repeat(64),
    status: 'draft',
    createdAt: '2026-11-29T02:00:00.000Z',
    createdBy: 'user-1',
    ...over,
  };
}
