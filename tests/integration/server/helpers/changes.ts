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

export function create(
  deviceSeq: number,
  entityId: string,
  patch: Record<string, unknown>,
): PushChange {
  return change({ deviceSeq, entityId, op: 'create', patch });
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
