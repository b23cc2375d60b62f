/**
 * The stored form of a workflow's state: XState's `getPersistedSnapshot()` output, which is plain
 * JSON because every machine context holds only strings, numbers, booleans, arrays and objects.
 */
import { z } from 'zod';
import type { AnyMachineSnapshot } from 'xstate';
import { RefusalCode, type Refusal } from './refusal';
import type { WorkflowDefinition } from './workflowDefinition';

export const persistedSnapshotSchema = z.looseObject({
  status: z.enum(['active', 'done']),
  value: z.string().min(1),
  context: z.record(z.string(), z.unknown()),
});
export type PersistedWorkflowSnapshot = z.infer<typeof persistedSnapshotSchema>;

export const SNAPSHOT_FORMAT = 1;

/**
 * The JSON a workflow's `snapshot` text holds (snapshotCodec.ts writes it). Here, apart from the
 * machines, so the server can check a pushed snapshot without loading them.
 */
export const snapshotEnvelopeSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  kind: z.string(),
  version: z.int(),
  snapshot: persistedSnapshotSchema,
});

const corrupt: Refusal = {
  code: RefusalCode.invalidData,
  messageKey: 'workflow.refusal.corruptSnapshot',
};

export type RestoredSnapshot =
  { ok: true; snapshot: AnyMachineSnapshot; state: string } | { ok: false; reason: Refusal };

/**
 * Rebuilds the machine snapshot without starting an actor. The state is checked first: XState
 * would otherwise fail on an unknown state asynchronously, outside our control.
 */
export function restoreSnapshot(def: WorkflowDefinition, persisted: unknown): RestoredSnapshot {
  const parsed = persistedSnapshotSchema.safeParse(persisted);
  if (!parsed.success || !Object.hasOwn(def.states, parsed.data.value)) {
    return { ok: false, reason: corrupt };
  }
  const { value, context } = parsed.data;
  try {
    const snapshot: AnyMachineSnapshot = def.machine.resolveState({ value, context });
    return { ok: true, snapshot, state: value };
  } catch {
    return { ok: false, reason: corrupt };
  }
}

/** The JSON-safe persisted form of a machine snapshot. */
export function persistSnapshot(
  def: WorkflowDefinition,
  snapshot: AnyMachineSnapshot,
): PersistedWorkflowSnapshot {
  // A JSON round trip proves the snapshot survives storage and drops `undefined` members.
  const plain: unknown = JSON.parse(JSON.stringify(def.machine.getPersistedSnapshot(snapshot)));
  return persistedSnapshotSchema.parse(plain);
}
