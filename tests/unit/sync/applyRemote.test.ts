/**
 * How a server state becomes the local row: newer states win, older or equal ones are skipped,
 * fields of pending local changes keep their local values, a cleared field (null on the wire) is
 * simply absent, and the server's delete flag (not the data's) decides.
 */
import { describe, expect, it } from 'vitest';
import type { ServerRecord } from '../../../src-shared/sync/push';
import {
  pendingFieldsOf,
  planRemoteCase,
  remoteCaseAudit,
} from '../../../src-renderer/src/db/applyRemote';
import type { RevisedCase } from '../../../src-renderer/src/db/revisions';

const ID = '0190d000-0000-7000-8000-000000000001';

function local(rev: number, over: Partial<RevisedCase> = {}): RevisedCase {
  return {
    id: ID,
    rev,
    seq: 7,
    deleted: 0,
    title: '本地标题',
    claims: '本地请求',
    facts: '事实',
    adminOrgan: '人社局',
    provisionalNo: '340102-2026-00001',
    unitCode: '340102',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...over,
  } as RevisedCase;
}

function remote(rev: number, data: Record<string, unknown>, deleted = false): ServerRecord {
  return {
    entity: 'case',
    entityId: ID,
    rev,
    data,
    deleted,
    updatedAt: '2026-11-02T00:00:00.000Z',
  };
}

const SERVER_DATA = {
  title: '服务器标题',
  claims: '服务器请求',
  facts: '事实',
  adminOrgan: null,
  provisionalNo: '340102-2026-00001',
  unitCode: '340102',
  deleted: 0,
};

describe('planRemoteCase', () => {
  it.each([
    // what, local rev, pending fields, remote rev, expected title / claims / adminOrgan / rev
    ['a newer state replaces every field', 1, [], 2, ['服务器标题', '服务器请求', undefined, 2]],
    ['a pending title stays local', 1, ['title'], 2, ['本地标题', '服务器请求', undefined, 2]],
    [
      'a pending clear stays cleared',
      1,
      ['adminOrgan'],
      2,
      ['服务器标题', '服务器请求', '人社局', 2],
    ],
    ['two pending fields stay', 1, ['title', 'claims'], 3, ['本地标题', '本地请求', undefined, 3]],
  ] as const)('%s', (_what, localRev, pending, remoteRev, [title, claims, organ, rev]) => {
    const plan = planRemoteCase(local(localRev), new Set(pending), remote(remoteRev, SERVER_DATA));
    expect(plan?.record).toMatchObject({ title, claims, rev, id: ID, seq: 7 });
    expect(plan?.record.adminOrgan).toBe(organ);
  });

  it.each([
    ['an older state', 3, 2],
    ['the same state', 2, 2],
  ])('skips %s', (_what, localRev, remoteRev) => {
    expect(planRemoteCase(local(localRev), new Set(), remote(remoteRev, SERVER_DATA))).toBeNull();
  });

  it('applies the same revision again only when asked (a re-fetch)', () => {
    const plan = planRemoteCase(local(2), new Set(), remote(2, SERVER_DATA), {
      allowSameRev: true,
    });
    expect([...(plan?.changed ?? [])].sort()).toEqual(['adminOrgan', 'claims', 'title']);
  });

  it('creates an unknown record, all of it new, with the server time as its last change', () => {
    const plan = planRemoteCase(undefined, new Set(), remote(1, SERVER_DATA));
    expect(plan).toMatchObject({ isNew: true, record: { id: ID, rev: 1, seq: 0, deleted: 0 } });
    expect(plan?.record.updatedAt).toBe('2026-11-02T00:00:00.000Z');
  });

  it('takes the delete flag from the server record, not from its data', () => {
    const plan = planRemoteCase(local(1), new Set(), remote(2, SERVER_DATA, true));
    expect(plan?.record.deleted).toBe(1);
    const pendingRestore = planRemoteCase(
      local(1),
      new Set(['deleted']),
      remote(2, SERVER_DATA, true),
    );
    expect(pendingRestore?.record.deleted).toBe(0);
  });

  it('keeps a whole pending create as it is and moves only the revision', () => {
    const plan = planRemoteCase(local(0), 'all', remote(1, SERVER_DATA));
    expect(plan).toMatchObject({ changed: [], record: { title: '本地标题', rev: 1 } });
  });

  it('passes over entities other than cases', () => {
    expect(planRemoteCase(undefined, new Set(), { ...remote(1, {}), entity: 'lead' })).toBeNull();
  });
});

describe('pendingFieldsOf', () => {
  it.each([
    [
      [
        { op: 'update', patch: { title: 'x' } },
        { op: 'delete', patch: { deleted: 1 } },
      ],
      ['deleted', 'title'],
    ],
    [[], []],
  ] as const)('collects the fields pending changes set', (rows, fields) => {
    const result = pendingFieldsOf(rows as never);
    expect(result === 'all' ? 'all' : [...result].sort()).toEqual(fields);
  });

  it('treats a create without patch (an import) as every field', () => {
    expect(pendingFieldsOf([{ op: 'create', patch: null }])).toBe('all');
  });
});

describe('remoteCaseAudit', () => {
  it('masks ID numbers in the diff and names the server as the origin', () => {
    const before = local(1, {
      parties: [{ name: '张三', idNumber: '110105194912310021' }],
    } as never);
    const plan = planRemoteCase(before, new Set(), {
      ...remote(2, { ...SERVER_DATA, parties: [{ name: '张三', idNumber: '11010519491231002X' }] }),
    });
    if (!plan) throw new Error('no plan');
    const draft = remoteCaseAudit(before, plan, { rev: 2, changeId: 'c-1' });
    expect(draft).toMatchObject({ action: 'case.update', success: true, userId: 'system:sync' });
    expect(JSON.stringify(draft.diff)).not.toContain('11010519491231002X');
    expect(draft.diff).toMatchObject({ origin: 'server', rev: 2, changeId: 'c-1' });
  });
});
