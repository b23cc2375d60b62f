/**
 * A workflow as the engine and catalog see it: the machine plus the data around it, with its
 * own context and event types erased behind closures (the catalog holds every kind at once).
 */
import type { AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { CaseType } from '../domain/codes';
import type { WorkflowDocumentId } from './documentIds';
import type { GuardCheck } from './guardCheck';
import type { MachineEvent } from './machineEvent';
import type { GuardVerdict } from './refusal';
import type { EventDef, StepMeta } from './stepMeta';
import type { WorkflowKind } from './workflowKind';

export type WorkflowDefinition = {
  kind: WorkflowKind;
  /** Bumped when states or context change shape; stored next to every snapshot. */
  version: number;
  machine: AnyStateMachine;
  /** `workflow.<kind>.title`. */
  titleKey: string;
  /** The case types this workflow applies to. */
  caseTypes: readonly CaseType[];
  /** Validates `startWorkflow` input. */
  inputSchema: z.ZodType;
  /** State name → its step metadata (the same objects the machine carries in `meta`). */
  states: Readonly<Record<string, StepMeta>>;
  /** Event type → its definition; absent where a variant has no such event. */
  events: Readonly<Partial<Record<string, EventDef>>>;
  /** Every document any step produces. */
  documents: readonly WorkflowDocumentId[];
  /**
   * The verdict of a named guard (undefined for an unknown name). With `contextOnly`, only the
   * part that needs no event data, for showing a reason before the user enters anything.
   */
  explainGuard: (
    guard: string,
    context: unknown,
    event: MachineEvent,
    contextOnly: boolean,
  ) => GuardVerdict | undefined;
};

export type WorkflowSpec<C, E extends MachineEvent> = Omit<
  WorkflowDefinition,
  'documents' | 'explainGuard' | 'titleKey' | 'events'
> & {
  events: Readonly<Partial<Record<E['type'], EventDef>>>;
  guards: Readonly<Record<string, GuardCheck<C, E>>>;
};

export function defineWorkflow<C, E extends MachineEvent>(
  spec: WorkflowSpec<C, E>,
): WorkflowDefinition {
  const { guards, ...rest } = spec;
  const documents = new Set<WorkflowDocumentId>();
  for (const meta of Object.values(spec.states)) {
    meta.documents.forEach((id) => documents.add(id));
    meta.conditionalDocuments?.forEach((entry) => documents.add(entry.documentId));
  }
  return {
    ...rest,
    titleKey: `workflow.${spec.kind}.title`,
    documents: [...documents],
    // The engine only passes a context and event taken from this machine's own snapshot and
    // validated event table, so the erased types are the machine's C and E.
    explainGuard: (name, context, event, contextOnly) => {
      const guard = guards[name];
      if (!guard) return undefined;
      return contextOnly
        ? guard.precheck?.(context as C, event.role)
        : guard.check(context as C, event as E);
    },
  };
}
