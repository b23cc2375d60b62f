/**
 * The workflow engine: a small typed layer over XState. Every call is pure: it takes a stored
 * snapshot and returns a new one (or a refusal that leaves the old one untouched). `now`, the
 * user id and the role come in with the call; the caller writes the step, audit and outbox rows.
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { z } from 'zod';
import type { Role } from '../domain/codes';
import { workflowCatalog } from './catalog';
import type { MachineEvent } from './machineEvent';
import {
  persistSnapshot,
  restoreSnapshot,
  type PersistedWorkflowSnapshot,
} from './persistedSnapshot';
import { RefusalCode, type Refusal } from './refusal';
import { isoDateTime } from './schemas';
import type { StepMeta } from './stepMeta';
import { validateStepData } from './validateStepData';
import type { WorkflowDefinition } from './workflowDefinition';
import type { WorkflowKind } from './workflowKind';

export { WorkflowKind, workflowKinds, isWorkflowKind } from './workflowKind';
export type { StepMeta, EventDef, LegalBasis, TimeLimitRef } from './stepMeta';
export type { Refusal, RefusalCode } from './refusal';
export type { PersistedWorkflowSnapshot } from './persistedSnapshot';

/** Who acts and when: supplied by the app, never read from a clock here. */
export type ActingContext = { by: string; role: Role; at: string };

export type WorkflowEventInput = { type: string; data?: unknown };

/** One row of the append-only `steps` table. */
export type StepRecord = {
  from: string;
  to: string;
  event: string;
  at: string;
  by: string;
  role: Role;
  data: unknown;
  /** Fields of `data` that are sensitive personal information: store protected, never log. */
  sensitiveFields: readonly string[];
};

export type TransitionResult =
  | { ok: true; snapshot: PersistedWorkflowSnapshot; step: StepRecord }
  | { ok: false; reason: Refusal };

export type StartResult =
  { ok: true; snapshot: PersistedWorkflowSnapshot } | { ok: false; reason: Refusal };

const refuse = (reason: Refusal): { ok: false; reason: Refusal } => ({ ok: false, reason });

function eventsHandledIn(def: WorkflowDefinition, state: string): string[] {
  return [...def.machine.getStateNodeById(`${def.kind}.${state}`).transitions.keys()];
}

function rolesFor(def: WorkflowDefinition, state: string, type: string): readonly Role[] {
  return def.events[type]?.allowedRoles ?? def.states[state]?.allowedRoles ?? [];
}

/** The reason a guarded transition did not fire, asked of the named guards themselves. */
function explainRefusal(
  def: WorkflowDefinition,
  snapshot: AnyMachineSnapshot,
  state: string,
  event: MachineEvent,
  contextOnly: boolean,
): Refusal | undefined {
  const transitions =
    def.machine.getStateNodeById(`${def.kind}.${state}`).transitions.get(event.type) ?? [];
  for (const candidate of transitions) {
    const guard: unknown = candidate.guard;
    if (typeof guard !== 'string') continue;
    const context: unknown = snapshot.context;
    const verdict = def.explainGuard(guard, context, event, contextOnly);
    if (verdict && !verdict.ok) {
      const { code, messageKey, details } = verdict;
      return details === undefined ? { code, messageKey } : { code, messageKey, details };
    }
  }
  return undefined;
}

export function startWorkflow(kind: WorkflowKind, input: unknown): StartResult {
  const def = workflowCatalog[kind];
  const parsed = validateStepData(def.inputSchema, input);
  if (!parsed.ok) return refuse(parsed.reason);
  const [snapshot] = initialTransition(def.machine, parsed.data);
  return { ok: true, snapshot: persistSnapshot(def, snapshot) };
}

export function attemptTransition(
  kind: WorkflowKind,
  persisted: unknown,
  event: WorkflowEventInput,
  acting: ActingContext,
): TransitionResult {
  const def = workflowCatalog[kind];
  const restored = restoreSnapshot(def, persisted);
  if (!restored.ok) return restored;
  const { snapshot, state } = restored;
  const notHere: Refusal = {
    code: RefusalCode.notAllowedInState,
    messageKey:
      snapshot.status === 'done'
        ? 'workflow.refusal.workflowFinished'
        : 'workflow.refusal.notAllowedInState',
    details: { state, event: event.type },
  };
  if (snapshot.status !== 'active') return refuse(notHere);
  const eventDef = def.events[event.type];
  if (!eventDef || !eventsHandledIn(def, state).includes(event.type)) return refuse(notHere);

  const allowedRoles = rolesFor(def, state, event.type);
  if (!allowedRoles.includes(acting.role)) {
    return refuse({
      code: RefusalCode.wrongRole,
      messageKey: 'workflow.refusal.wrongRole',
      details: { role: acting.role, allowedRoles },
    });
  }
  if (!isoDateTime.safeParse(acting.at).success || acting.by.trim() === '') {
    return refuse({
      code: RefusalCode.invalidData,
      messageKey: 'workflow.refusal.invalidActingContext',
      details: { field: acting.by.trim() === '' ? 'by' : 'at' },
    });
  }
  const data = validateStepData(eventDef.schema, event.data);
  if (!data.ok) return refuse(data.reason);

  const machineEvent: MachineEvent = {
    type: event.type,
    data: data.data,
    at: acting.at,
    by: acting.by,
    role: acting.role,
  };
  if (!snapshot.can(machineEvent)) {
    return refuse(
      explainRefusal(def, snapshot, state, machineEvent, false) ?? {
        code: RefusalCode.guardFailed,
        messageKey: 'workflow.refusal.guardFailed',
      },
    );
  }
  const [next] = transition(def.machine, snapshot, machineEvent);
  const nextSnapshot = persistSnapshot(def, next);
  return {
    ok: true,
    snapshot: nextSnapshot,
    step: {
      from: state,
      to: nextSnapshot.value,
      event: event.type,
      at: acting.at,
      by: acting.by,
      role: acting.role,
      data: data.data,
      sensitiveFields: eventDef.sensitiveFields ?? [],
    },
  };
}

export type AvailableEvent = {
  type: string;
  titleKey: string;
  allowedRoles: readonly Role[];
  /** The form the UI shows: the data this event must carry. */
  requiredFields: z.ZodType;
  /** False with a reason when the role may not act or a context precondition is unmet. */
  allowed: boolean;
  reason?: Refusal;
};

/**
 * The steps the current state offers, each with whether this role may take it now. Guards that
 * depend on the data still to be entered are checked only by `attemptTransition`.
 */
export function availableEvents(
  kind: WorkflowKind,
  persisted: unknown,
  role: Role,
): AvailableEvent[] {
  const def = workflowCatalog[kind];
  const restored = restoreSnapshot(def, persisted);
  if (!restored.ok || restored.snapshot.status !== 'active') return [];
  const { snapshot, state } = restored;
  return eventsHandledIn(def, state).flatMap((type) => {
    const eventDef = def.events[type];
    if (!eventDef) return [];
    const allowedRoles = rolesFor(def, state, type);
    const base = {
      type,
      titleKey: eventDef.titleKey,
      allowedRoles,
      requiredFields: eventDef.schema,
    };
    if (!allowedRoles.includes(role)) {
      const reason: Refusal = {
        code: RefusalCode.wrongRole,
        messageKey: 'workflow.refusal.wrongRole',
        details: { role, allowedRoles },
      };
      return [{ ...base, allowed: false, reason }];
    }
    const probe: MachineEvent = { type, data: {}, at: '', by: '', role };
    const reason = explainRefusal(def, snapshot, state, probe, true);
    return [reason ? { ...base, allowed: false, reason } : { ...base, allowed: true }];
  });
}

/** The current state and its step metadata, for the workflow panel. */
export function currentStep(
  kind: WorkflowKind,
  persisted: unknown,
):
  { state: string; meta: StepMeta; isDone: boolean; context: Record<string, unknown> } | undefined {
  const def = workflowCatalog[kind];
  const restored = restoreSnapshot(def, persisted);
  if (!restored.ok) return undefined;
  const meta = def.states[restored.state];
  if (!meta) return undefined;
  const context = persistSnapshot(def, restored.snapshot).context;
  return { state: restored.state, meta, isDone: restored.snapshot.status === 'done', context };
}

/** Step data with its sensitive fields masked, for audit diffs and logs. */
export function redactStepData(step: StepRecord): unknown {
  if (step.sensitiveFields.length === 0 || step.data === null || typeof step.data !== 'object') {
    return step.data;
  }
  const copy: Record<string, unknown> = { ...(step.data as Record<string, unknown>) };
  for (const field of step.sensitiveFields) {
    if (field in copy) copy[field] = '***';
  }
  return copy;
}
