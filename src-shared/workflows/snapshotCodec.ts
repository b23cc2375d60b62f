/**
 * Stored form of a workflow snapshot: JSON text carrying the kind and machine version, so a
 * snapshot is never restored into the wrong or an incompatible machine.
 */
import { workflowCatalog } from './catalog';
import {
  SNAPSHOT_FORMAT,
  restoreSnapshot,
  snapshotEnvelopeSchema,
  type PersistedWorkflowSnapshot,
} from './persistedSnapshot';
import { RefusalCode, type Refusal } from './refusal';
import { isWorkflowKind, type WorkflowKind } from './workflowKind';

export function serializeWorkflowSnapshot(
  kind: WorkflowKind,
  snapshot: PersistedWorkflowSnapshot,
): string {
  return JSON.stringify({
    format: SNAPSHOT_FORMAT,
    kind,
    version: workflowCatalog[kind].version,
    snapshot,
  });
}

export type DeserializeResult =
  { ok: true; snapshot: PersistedWorkflowSnapshot } | { ok: false; reason: Refusal };

const refuse = (
  messageKey: Refusal['messageKey'],
  details?: Record<string, unknown>,
): DeserializeResult => ({
  ok: false,
  reason: details
    ? { code: RefusalCode.invalidData, messageKey, details }
    : { code: RefusalCode.invalidData, messageKey },
});

export function deserializeWorkflowSnapshot(kind: WorkflowKind, text: string): DeserializeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('workflow.refusal.corruptSnapshot');
  }
  const parsed = snapshotEnvelopeSchema.safeParse(raw);
  if (!parsed.success) return refuse('workflow.refusal.corruptSnapshot');
  const envelope = parsed.data;
  if (!isWorkflowKind(envelope.kind) || envelope.kind !== kind) {
    return refuse('workflow.refusal.snapshotKindMismatch', {
      expected: kind,
      found: envelope.kind,
    });
  }
  const def = workflowCatalog[kind];
  if (envelope.version !== def.version) {
    return refuse('workflow.refusal.snapshotVersion', {
      expected: def.version,
      found: envelope.version,
    });
  }
  const restored = restoreSnapshot(def, envelope.snapshot);
  return restored.ok
    ? { ok: true, snapshot: envelope.snapshot }
    : { ok: false, reason: restored.reason };
}
