/** What makes two sends one change, and which device sequences the server takes. */
import { describe, expect, it } from 'vitest';
import {
  DEVICE_SEQ_WINDOW,
  MAX_DEVICE_SEQ,
  changeContentJson,
  isDeviceSeqInRange,
} from '../../../src-shared/sync/sequenceRefusal';

const base = {
  entity: 'case',
  entityId: 'c1',
  op: 'update',
  baseRev: 2,
  patch: { title: '欠薪', parties: [{ id: 'p1', name: '张三' }] },
} as const;

describe('changeContentJson', () => {
  it('ignores key order at every level, sequence and device time', () => {
    const reordered = {
      deviceSeq: 9,
      deviceTime: '2026-12-01T00:00:00+08:00',
      patch: { parties: [{ name: '张三', id: 'p1' }], title: '欠薪' },
      baseRev: 2,
      op: 'update',
      entityId: 'c1',
      entity: 'case',
    } as const;
    expect(changeContentJson(reordered)).toBe(changeContentJson(base));
  });

  it.each([
    ['entity', { ...base, entity: 'workflow' }],
    ['entityId', { ...base, entityId: 'c2' }],
    ['op', { ...base, op: 'create' }],
    ['baseRev', { ...base, baseRev: 3 }],
    [
      'a nested value',
      { ...base, patch: { ...base.patch, parties: [{ id: 'p1', name: '李四' }] } },
    ],
    ['a patch of null', { ...base, patch: null }],
  ] as const)('tells apart another %s', (_, other) => {
    expect(changeContentJson(other)).not.toBe(changeContentJson(base));
  });
});

describe('isDeviceSeqInRange', () => {
  it.each([
    [1, 0, true],
    [DEVICE_SEQ_WINDOW, 0, true],
    [DEVICE_SEQ_WINDOW + 1, 0, false],
    [MAX_DEVICE_SEQ, MAX_DEVICE_SEQ - 1, true],
    [MAX_DEVICE_SEQ + 1, MAX_DEVICE_SEQ, false],
    [Number.MAX_SAFE_INTEGER, 0, false],
    // A resend far below the last sequence is the duplicate check's business, not a range error.
    [3, 50_000, true],
  ])('deviceSeq %i after lastSeq %i → %s', (seq, last, expected) => {
    expect(isDeviceSeqInRange(seq, last)).toBe(expected);
  });
});
