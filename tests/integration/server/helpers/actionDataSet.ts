/**
 * A fixed data set for the statistics of the special action, pushed through the real sync API by
 * one device per county: cases, workflows with due dates, and the steps that count (decisions,
 * payments, agreements, hearings…). The figures it must give are worked out by hand in the test.
 */
import type { PushResult } from '../../../../src-shared/sync/push';
import { create, pushingDevice, update } from './approvalData';
import { caseData, snapshotText, stepData, workflowData } from './changes';
import type { TestEnv } from './testEnv';
import { UNITS } from './testEnv';

/** Thursday 10 December 2026, 10:00 in China: the 3 working days after it end on Tuesday the 15th. */
export const STATS_NOW = new Date('2026-12-10T02:00:00.000Z');

type WorkflowSpec = {
  id: string;
  caseId: string;
  kind: string;
  status?: 'active' | 'done';
  due?: string;
  steps?: { event: string; data?: Record<string, unknown> }[];
};

const workflowEdits = (w: WorkflowSpec) => [
  create('workflow', w.id, {
    ...workflowData({ caseId: w.caseId, kind: w.kind, snapshot: snapshotText(w.kind, 'open') }),
    state: 'open',
    status: w.status ?? 'active',
    due:
      w.due === undefined
        ? null
        : {
            limitId: 'test.limit',
            direction: 'after',
            start: '2026-11-01',
            due: w.due,
            coverage: 'official',
          },
  }),
  ...(w.steps ?? []).map((step, i) =>
    create('step', `${w.id}-s${i + 1}`, {
      ...stepData({ workflowId: w.id, caseId: w.caseId, stepNo: i + 1, event: step.event }),
      data: step.data ?? {},
    }),
  ),
];

const caseEdit = (id: string, over: Record<string, unknown>) =>
  create('case', id, caseData({ title: id, ...over }));

async function pushAll(env: TestEnv, unitCode: string, edits: ReturnType<typeof create>[]) {
  const device = await pushingDevice(env, unitCode);
  const results: PushResult[] = await device.push(edits);
  const refused = results.filter((r) => r.status !== 'applied');
  if (refused.length > 0) throw new Error(`data set refused: ${JSON.stringify(refused)}`);
  return device;
}

export async function pushActionDataSet(env: TestEnv): Promise<void> {
  const yaohai = await pushAll(env, UNITS.yaohai, [
    caseEdit('c1', {
      focalPoint: 'workers',
      caseType: 'civilEnforcement',
      receivedAt: '2026-10-15',
    }),
    caseEdit('c2', {
      focalPoint: 'workers',
      caseType: 'judicialAssistance',
      status: 'accepted',
      receivedAt: '2026-11-03',
    }),
    caseEdit('c3', { focalPoint: 'specificGroups', receivedAt: '2026-09-01' }),
    ...workflowEdits({
      id: 'w1',
      caseId: 'c2',
      kind: 'judicialAssistance',
      due: '2026-12-11',
      steps: [
        { event: 'approveAdvance', data: { approvedOn: '2026-11-05', amount: 3000 } },
        { event: 'receiveApplication', data: { receivedOn: '2026-11-06' } },
        { event: 'decide', data: { decidedOn: '2026-11-20', amount: 25922.5 } },
        { event: 'pay', data: { paidOn: '2026-12-02', amount: 20000 } },
      ],
    }),
    ...workflowEdits({
      id: 'w2',
      caseId: 'c1',
      kind: 'judicialAssistance',
      status: 'done',
      steps: [
        { event: 'receiveApplication', data: { receivedOn: '2026-11-10' } },
        { event: 'refuse', data: { decidedOn: '2026-11-25' } },
      ],
    }),
    ...workflowEdits({
      id: 'w3',
      caseId: 'c1',
      kind: 'civilReconciliation',
      due: '2026-12-15',
      // An agreement amended and signed again: still one reconciliation.
      steps: [
        { event: 'signAgreement' },
        { event: 'amendAgreement' },
        { event: 'signAgreement' },
        { event: 'terminateReview' },
      ],
    }),
    ...workflowEdits({
      id: 'w4',
      caseId: 'c1',
      kind: 'publicHearing',
      due: '2026-12-16',
      steps: [{ event: 'closeHearing' }, { event: 'decide', data: { amount: 1 } }],
    }),
    ...workflowEdits({ id: 'w5', caseId: 'c2', kind: 'reasoning', due: '2026-12-08' }),
    ...workflowEdits({
      id: 'w6',
      caseId: 'c2',
      kind: 'recommendation',
      status: 'done',
      steps: [{ event: 'issueRecommendation' }],
    }),
    // The workflow of a case deleted below: neither it nor its decision counts.
    ...workflowEdits({
      id: 'w7',
      caseId: 'c3',
      kind: 'judicialAssistance',
      due: '2026-12-01',
      steps: [{ event: 'decide', data: { decidedOn: '2026-09-10', amount: 500 } }],
    }),
  ]);
  await yaohai.push([{ ...update('case', 'c3', 1, {}), op: 'delete', patch: null }]);

  await pushAll(env, UNITS.luyang, [
    caseEdit('l1', { focalPoint: 'telecomFraud', caseType: 'petition', receivedAt: '2026-11-28' }),
    ...workflowEdits({
      id: 'lw1',
      caseId: 'l1',
      kind: 'protest',
      due: '2026-12-10',
      steps: [{ event: 'issueDocument' }],
    }),
    ...workflowEdits({
      id: 'lw2',
      caseId: 'l1',
      kind: 'judicialAssistance',
      due: '2026-11-30',
      steps: [{ event: 'decide', data: { decidedOn: '2026-12-01', amount: 10000 } }],
    }),
  ]);

  await pushAll(env, UNITS.jinghu, [
    caseEdit('j1', { focalPoint: 'workers', receivedAt: '2026-11-11' }),
    ...workflowEdits({
      id: 'jw1',
      caseId: 'j1',
      kind: 'judicialAssistance',
      due: '2026-12-01',
      steps: [
        { event: 'decide', data: { decidedOn: '2026-11-12', amount: 99999 } },
        { event: 'pay', data: { paidOn: '2026-11-30', amount: 99999 } },
      ],
    }),
  ]);
}
