/**
 * Decides the answer to every change of a batch, in order, against the state loaded for it.
 * Pure (no database): the writer stores what it returns. Later changes in a batch see the effect of
 * earlier ones, exactly as if they had been pushed one by one.
 */
import { assertNever } from '../../src-shared/assertNever';
import { checkChangeContent } from '../../src-shared/sync/contentCheck';
import { isAppendOnlyEntity, isDeepEqual, mergeRecord } from '../../src-shared/sync/merge';
import type { FieldConflict } from '../../src-shared/sync/merge';
import type { RejectionCode } from '../../src-shared/sync/errors';
import type { FirstAnswer, PushChange, PushResult, ServerRecord } from '../../src-shared/sync/push';
import type { PushState, RecordState, VersionState } from './pushState';
import { recordKey } from './pushState';
import { refuseOp, ruleChange, unitRoleOf } from './recordRules';
import { settleKnownChange } from './settleKnownChange';

/**
 * The data a record had before a version (record_versions.prior_data, migration 0008): null when
 * the version left it as it was (a create, a delete, a restore); 'stored' when it is what
 * `records` holds now (the writer copies it from there, in SQL, byte for byte); the data itself
 * when an earlier change of the same batch made it (so it is in no table yet).
 */
export type PriorData = null | 'stored' | { data: Record<string, unknown> };

export type NewVersion = {
  record: RecordState;
  op: PushChange['op'];
  patch: Record<string, unknown> | null;
  prior: PriorData;
  changeId: string;
  deviceTime: string;
};

export type NewConflict = { record: RecordState; changeId: string; fields: FieldConflict[] };

export type PushPlan = {
  results: PushResult[];
  /** Final state of every record the batch changed. */
  records: RecordState[];
  versions: NewVersion[];
  /** First answers to store (every fresh change, whatever its outcome). */
  answers: { changeId: string; deviceSeq: number; answer: FirstAnswer; contentHash: string }[];
  conflicts: NewConflict[];
  resolved: { id: number; changeId: string }[];
};

function overlay(
  base: Readonly<Record<string, unknown>>,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return { ...base, ...patch };
}

export function toServerRecord(record: RecordState): ServerRecord {
  return {
    entity: record.entity,
    entityId: record.entityId,
    rev: record.rev,
    data: record.data,
    deleted: record.deleted,
    updatedAt: record.updatedAt,
  };
}

/**
 * The record as this device knew it: the version at baseRev plus the device's own later patches.
 * Without the overlay a device's second edit (made before its first was acknowledged, so with the
 * same baseRev) would conflict with its own first edit.
 */
function knownBase(
  versions: readonly VersionState[],
  baseRev: number,
  deviceId: string,
): Record<string, unknown> {
  let base: Record<string, unknown> =
    baseRev === 0 ? {} : { ...(versions.find((v) => v.rev === baseRev)?.data ?? {}) };
  for (const v of versions) {
    // Revision 1 stores no patch: its data is everything the device sent.
    const patch = v.rev === 1 ? v.data : v.patch;
    if (v.rev > baseRev && v.deviceId === deviceId && patch) base = overlay(base, patch);
  }
  return base;
}

function emptyPlan(): PushPlan {
  return { results: [], records: [], versions: [], answers: [], conflicts: [], resolved: [] };
}

/**
 * Decides a batch a few changes at a time, so the caller can let the event loop go in between
 * (applyPush.ts), and hands out what it decided in parts: each part is written before anything
 * decided after it, so a later part reads what an earlier one stored (a prior 'stored').
 */
export type PushPlanner = {
  /** Decides the next `changes` of the batch, in order, into the part being built. */
  plan(changes: readonly PushChange[]): void;
  /** The part built since the last take (its records: their final state in it). */
  take(): PushPlan;
};

export function createPushPlanner(
  state: PushState,
  device: { id: string },
  now: string,
  /** SHA-256 of changeContentJson(change): the caller's, so the plan needs no hashing of its own. */
  hashContent: (change: PushChange) => string,
): PushPlanner {
  let plan = emptyPlan();
  // Records changed in the part being built: their earlier data is in no table yet.
  let touched = new Map<string, RecordState>();
  // Read as the batch leaves the unit's users so far: one created earlier in it may answer later.
  const roleOf = unitRoleOf(state.records);

  function commit(key: string, record: RecordState, change: PushChange): void {
    const before = state.records.get(key);
    const prior: PriorData =
      before === undefined || before.data === record.data
        ? null
        : touched.has(key)
          ? { data: before.data }
          : 'stored';
    state.records.set(key, record);
    touched.set(key, record);
    // A brand-new record's data is its patch: stored once (in records), not again as a patch.
    const storedPatch = record.rev === 1 ? null : change.patch;
    plan.versions.push({
      record,
      op: change.op,
      patch: storedPatch,
      prior,
      changeId: change.changeId,
      deviceTime: change.deviceTime,
    });
    const list = state.versions.get(key) ?? [];
    list.push({ rev: record.rev, data: record.data, patch: change.patch, deviceId: device.id });
    state.versions.set(key, list);
  }

  function decide(change: PushChange): FirstAnswer {
    const { changeId } = change;
    const reject = (code: RejectionCode, reason: string): FirstAnswer => ({
      status: 'rejected',
      changeId,
      code,
      reason,
    });
    const applied = (rev: number): FirstAnswer => ({ status: 'applied', changeId, rev });
    const isAppendOnly = isAppendOnlyEntity(change.entity);
    if (isAppendOnly && change.op !== 'create')
      return reject('bad-request', `${change.entity} is append-only: create only`);
    if ((change.op === 'create' || change.op === 'update') && change.patch === null) {
      return reject('bad-request', `${change.op} needs a patch`);
    }
    const opRefusal = refuseOp(change.entity, change.op);
    if (opRefusal) return reject(opRefusal.code, opRefusal.reason);
    const key = recordKey(change.entity, change.entityId);
    const current = state.records.get(key);
    const next = (over: Partial<RecordState>): RecordState => ({
      entity: change.entity,
      entityId: change.entityId,
      rev: (current?.rev ?? 0) + 1,
      data: current?.data ?? {},
      deleted: current?.deleted ?? false,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
      lastChangeId: changeId,
      ...over,
    });
    if (current === undefined) {
      if (change.op !== 'create' || change.patch === null)
        return reject('not-found', 'no such record in this unit');
      const content = checkChangeContent(change, null);
      if (content) return reject(content.code, content.reason);
      const ruled = ruleChange(change.entity, null, { ...change.patch }, [], roleOf);
      if (!ruled.ok) return reject(ruled.code, ruled.reason);
      const record = next({ data: ruled.data });
      commit(key, record, change);
      return applied(record.rev);
    }
    if (change.baseRev > current.rev)
      return reject('bad-request', 'baseRev is ahead of the server');
    switch (change.op) {
      case 'delete':
      case 'restore': {
        // Soft delete and undo: never a conflict; an update merged meanwhile survives in data.
        const deleted = change.op === 'delete';
        if (current.deleted === deleted) return applied(current.rev);
        const record = next({ deleted });
        commit(key, record, change);
        return applied(record.rev);
      }
      case 'create':
      case 'update':
        return mergeChange(key, current, change, isAppendOnly, next);
      default:
        return assertNever(change.op);
    }
  }

  function mergeChange(
    key: string,
    current: RecordState,
    change: PushChange,
    isAppendOnly: boolean,
    next: (over: Partial<RecordState>) => RecordState,
  ): FirstAnswer {
    const { changeId } = change;
    const content = checkChangeContent(change, current.data);
    if (content) return { status: 'rejected', changeId, ...content };
    const patch = change.patch ?? {};
    const base =
      change.baseRev === current.rev
        ? current.data
        : knownBase(state.versions.get(key) ?? [], change.baseRev, device.id);
    const merge = mergeRecord(base, current.data, overlay(base, patch), { isAppendOnly });
    const ruled = ruleChange(change.entity, current.data, merge.merged, merge.conflicts, roleOf);
    if (!ruled.ok) return { status: 'rejected', changeId, code: ruled.code, reason: ruled.reason };
    const { data: merged, conflicts } = ruled;
    let record = current;
    if (!isDeepEqual(merged, current.data)) {
      record = next({ data: merged });
      commit(key, record, change);
    }
    resolveConflicts(key, change);
    if (conflicts.length === 0) return { status: 'applied', changeId, rev: record.rev };
    plan.conflicts.push({ record, changeId, fields: conflicts });
    const open = state.openConflicts.get(key) ?? [];
    open.push({ id: -1, rev: record.rev, fieldNames: conflicts.map((c) => c.field) });
    state.openConflicts.set(key, open);
    return { status: 'conflict', changeId, serverRecord: toServerRecord(record), conflicts };
  }

  /** A change made on top of a conflict's outcome that sets every conflicting field resolves it. */
  function resolveConflicts(key: string, change: PushChange): void {
    const open = state.openConflicts.get(key);
    const patch = change.patch;
    if (!open || !patch) return;
    const stillOpen = open.filter((c) => {
      const isResolved =
        c.id > 0 && c.rev <= change.baseRev && c.fieldNames.every((f) => Object.hasOwn(patch, f));
      if (isResolved) plan.resolved.push({ id: c.id, changeId: change.changeId });
      return !isResolved;
    });
    state.openConflicts.set(key, stillOpen);
  }

  return {
    plan(changes) {
      for (const change of changes) {
        const contentHash = hashContent(change);
        const settled = settleKnownChange(state, device.id, change, contentHash);
        if (settled !== null) {
          plan.results.push(settled);
          continue;
        }
        const answer = decide(change);
        plan.results.push(answer);
        plan.answers.push({
          changeId: change.changeId,
          deviceSeq: change.deviceSeq,
          answer,
          contentHash,
        });
      }
    },
    take() {
      const done = plan;
      done.records = [...touched.values()];
      plan = emptyPlan();
      touched = new Map();
      return done;
    },
  };
}
