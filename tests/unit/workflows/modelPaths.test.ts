/**
 * Model-based tests: for every workflow, every simple path of its machine (over states and the
 * data recorded so far, with the fixture's guided recordings) is replayed through the engine.
 * Each step must be accepted with valid data and the right role, be recorded, survive JSON
 * storage, and end in the path's target with the same context the model computed.
 */
import { describe, expect, it } from 'vitest';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import {
  attemptTransition,
  startWorkflow,
  type StepRecord,
} from '../../../src-shared/workflows/engine';
import {
  deserializeWorkflowSnapshot,
  serializeWorkflowSnapshot,
} from '../../../src-shared/workflows/snapshotCodec';
import { workflowKinds, type WorkflowKind } from '../../../src-shared/workflows/workflowKind';
import { AT, BY, fixtures } from './fixtures';
import { eventTypesIn, initialState, simpleWalks } from './walk';

/** Self-recordings the walk does not offer; each has its own unit test. */
const coveredElsewhere = new Set([
  'publicHearing.preparing.removeOfficer',
  // Guided recordings the walk takes in their first state (workflows-db/timeLimitsItem4.test.ts).
  'supervisionIntake.noticeSent.recordOpinion',
  'supervisionIntake.transferred.recordCopyServed',
  'supervisionIntake.transferred.recordOpinion',
  'supervisionIntake.registered.recordCopyServed',
]);

function replay(kind: WorkflowKind, walk: ReturnType<typeof simpleWalks>[number]): StepRecord[] {
  const started = startWorkflow(kind, fixtures[kind].input);
  if (!started.ok) throw new Error(`start refused: ${started.reason.messageKey}`);
  let stored = serializeWorkflowSnapshot(kind, started.snapshot);
  const recorded: StepRecord[] = [];
  for (const step of walk.steps) {
    const restored = deserializeWorkflowSnapshot(kind, stored);
    if (!restored.ok) throw new Error(`restore refused: ${restored.reason.messageKey}`);
    const result = attemptTransition(
      kind,
      restored.snapshot,
      { type: step.type, data: step.data },
      { by: BY, role: step.role, at: AT },
    );
    if (!result.ok) {
      throw new Error(
        `${kind}: ${step.type} refused: ${result.reason.code} ${result.reason.messageKey} ${JSON.stringify(result.reason.details)}`,
      );
    }
    expect(result.step.to).toBe(step.to);
    recorded.push(result.step);
    stored = serializeWorkflowSnapshot(kind, result.snapshot);
  }
  const final = deserializeWorkflowSnapshot(kind, stored);
  if (!final.ok) throw new Error('final restore refused');
  expect(final.snapshot.value).toBe(walk.target);
  expect(final.snapshot.context).toEqual(JSON.parse(JSON.stringify(walk.targetContext)));
  return recorded;
}

describe.each(workflowKinds)('%s: every simple path', (kind) => {
  const def = workflowCatalog[kind];
  const walks = simpleWalks(kind);

  it('reaches every state of the machine', () => {
    const reached = new Set(walks.map((w) => w.target));
    expect([...reached].sort()).toEqual(Object.keys(def.states).sort());
  });

  it('takes every transition of every state', () => {
    const taken = new Set<string>();
    for (const walk of walks) {
      let from = initialState(kind);
      for (const step of walk.steps) {
        taken.add(`${kind}.${from}.${step.type}`);
        from = step.to;
      }
    }
    const expected = Object.keys(def.states).flatMap((state) =>
      eventTypesIn(kind, state).map((type) => `${kind}.${state}.${type}`),
    );
    const missing = expected.filter((edge) => !taken.has(edge) && !coveredElsewhere.has(edge));
    expect(missing).toEqual([]);
  });

  it(`replays all ${String(walks.length)} simple paths through the engine, recording every step`, () => {
    expect(walks.length).toBeGreaterThan(0);
    for (const walk of walks) {
      const recorded = replay(kind, walk);
      expect(recorded).toHaveLength(walk.steps.length);
      expect(recorded.map((r) => r.event)).toEqual(walk.steps.map((s) => s.type));
      for (const [i, record] of recorded.entries()) {
        expect(record).toMatchObject({ at: AT, by: BY, role: walk.steps[i]?.role });
        expect(record.from).toBe(i === 0 ? initialState(kind) : recorded[i - 1]?.to);
      }
    }
  });
});
