/**
 * Model-based walking: @xstate/graph enumerates paths through a workflow machine, feeding each
 * state the fixture events; the paths are then replayed through the engine (with JSON storage
 * between steps) exactly as the app would take them.
 */
import { getSimplePaths } from '@xstate/graph';
import type { Role } from '../../../src-shared/domain/codes';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import {
  attemptTransition,
  startWorkflow,
  type ActingContext,
  type TransitionResult,
} from '../../../src-shared/workflows/engine';
import type { PersistedWorkflowSnapshot } from '../../../src-shared/workflows/persistedSnapshot';
import type { MachineEvent } from '../../../src-shared/workflows/machineEvent';
import type { WorkflowKind } from '../../../src-shared/workflows/workflowKind';
import { AT, BY, fixtures, type Ctx } from './fixtures';

export type WalkStep = { type: string; data: unknown; role: Role; to: string };
export type Walk = { target: string; targetContext: unknown; steps: WalkStep[] };

export function eventTypesIn(kind: WorkflowKind, state: string): string[] {
  return [...workflowCatalog[kind].machine.getStateNodeById(`${kind}.${state}`).transitions.keys()];
}

export function defaultRole(kind: WorkflowKind, state: string, type: string): Role {
  const def = workflowCatalog[kind];
  const roles = def.events[type]?.allowedRoles ?? def.states[state]?.allowedRoles ?? [];
  const role = roles[0];
  if (!role) throw new Error(`no role may send ${type} in ${kind}.${state}`);
  return role;
}

/** True when the event records data without leaving the state (no target). */
export function isRecording(kind: WorkflowKind, state: string, type: string): boolean {
  const node = workflowCatalog[kind].machine.getStateNodeById(`${kind}.${state}`);
  return (node.transitions.get(type) ?? []).every((t) => t.target === undefined);
}

/**
 * The fixture events offered in a state, as machine events. Recordings come first, one at a
 * time in the state's own order, and only then the exits: every recording is still taken, but
 * the walk does not multiply paths by the order in which a clerk happens to record things.
 */
export function fixtureEvents(kind: WorkflowKind, state: string, context: Ctx): MachineEvent[] {
  const offered = eventTypesIn(kind, state).flatMap((type) => {
    const fixture = fixtures[kind].events[type]?.(context, state);
    if (!fixture) return [];
    const role = fixture.role ?? defaultRole(kind, state, type);
    return [{ type, data: fixture.data, at: AT, by: BY, role }];
  });
  const recording = offered.find((event) => isRecording(kind, state, event.type));
  return recording ? [recording] : offered;
}

type GraphSnapshot = { value: unknown; context: unknown };

const asCtx = (value: unknown): Ctx =>
  value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value)) : {};

/** The machine's initial state: the target of the empty path. */
export function initialState(kind: WorkflowKind): string {
  const empty = simpleWalks(kind).find((w) => w.steps.length === 0);
  if (!empty) throw new Error(`${kind} has no initial state`);
  return empty.target;
}

const walkCache = new Map<WorkflowKind, Walk[]>();

/** Every simple path from the initial state to every reachable (value, context) vertex. */
export function simpleWalks(kind: WorkflowKind): Walk[] {
  const cached = walkCache.get(kind);
  if (cached) return cached;
  const walks = computeWalks(kind);
  walkCache.set(kind, walks);
  return walks;
}

function computeWalks(kind: WorkflowKind): Walk[] {
  const def = workflowCatalog[kind];
  const input: unknown = def.inputSchema.parse(fixtures[kind].input);
  const paths = getSimplePaths(def.machine, {
    input,
    events: (snapshot: GraphSnapshot) =>
      fixtureEvents(kind, String(snapshot.value), asCtx(snapshot.context)),
  });
  return paths.map((path) => {
    const steps: { event: MachineEvent; state: GraphSnapshot }[] = path.steps;
    const target: GraphSnapshot = path.state;
    return {
      target: String(target.value),
      targetContext: target.context,
      steps: steps
        .filter((step) => step.event.type !== 'xstate.init')
        .map((step) => ({
          type: step.event.type,
          data: step.event.data,
          role: step.event.role,
          to: String(step.state.value),
        })),
    };
  });
}

/**
 * A stored snapshot in `state` with its recordings done (ready to leave), reached by replaying
 * the first simple path that ends there.
 */
export function reach(
  kind: WorkflowKind,
  state: string,
  moment: 'ready' | 'entered' = 'ready',
): PersistedWorkflowSnapshot {
  const walk = simpleWalks(kind).find(
    (w) =>
      w.target === state &&
      (moment === 'entered'
        ? w.steps.length === 0 ||
          !isRecording(kind, w.steps.at(-2)?.to ?? initialState(kind), w.steps.at(-1)?.type ?? '')
        : !fixtureEvents(kind, state, asCtx(w.targetContext)).some((e) =>
            isRecording(kind, state, e.type),
          )),
  );
  if (!walk) throw new Error(`${kind}.${state} is unreachable`);
  const started = startWorkflow(kind, fixtures[kind].input);
  if (!started.ok) throw new Error('start refused');
  let snapshot = started.snapshot;
  for (const step of walk.steps) {
    const result = attemptTransition(
      kind,
      snapshot,
      { type: step.type, data: step.data },
      actingAs(step.role),
    );
    if (!result.ok) throw new Error(`${step.type} refused: ${result.reason.messageKey}`);
    snapshot = result.snapshot;
  }
  return snapshot;
}

export const actingAs = (role: Role): ActingContext => ({ by: BY, role, at: AT });

/** Sends one event and returns the result (for refusal tests). */
export function send(
  kind: WorkflowKind,
  snapshot: PersistedWorkflowSnapshot,
  type: string,
  data: unknown,
  role: Role,
): TransitionResult {
  return attemptTransition(kind, snapshot, { type, data }, actingAs(role));
}

/** The snapshot of an accepted transition; a refusal fails the test with its reason. */
export function expectOk(result: TransitionResult): PersistedWorkflowSnapshot {
  if (!result.ok)
    throw new Error(`${result.reason.messageKey} ${JSON.stringify(result.reason.details)}`);
  return result.snapshot;
}

/** The fixture data of `type` in the snapshot's state. */
export function fixtureData(
  kind: WorkflowKind,
  snapshot: PersistedWorkflowSnapshot,
  type: string,
): Ctx {
  const fixture = fixtures[kind].events[type]?.(snapshot.context, snapshot.value);
  if (!fixture || typeof fixture.data !== 'object' || fixture.data === null) {
    throw new Error(`no fixture for ${type}`);
  }
  return { ...(fixture.data as Ctx) };
}
