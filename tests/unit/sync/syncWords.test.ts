/**
 * Every reason sync can stop has a plain sentence in both languages, and the indicator picks the
 * right words and colour for each state.
 */
import { describe, expect, it } from 'vitest';
import { codeValues } from '../../../src-shared/domain/codes';
import { SyncErrorCode } from '../../../src-shared/sync/errors';
import { resources } from '../../../src-renderer/src/i18n/i18n';
import {
  describeSyncStatus,
  progressPercent,
} from '../../../src-renderer/src/features/sync/describeSyncStatus';
import {
  ClientSyncErrorCode,
  INITIAL_SYNC_STATUS,
  SyncPhase,
  type SyncStatus,
} from '../../../src-renderer/src/sync';

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

const codes = [...codeValues(SyncErrorCode), ...codeValues(ClientSyncErrorCode)];

describe('the words of sync', () => {
  it.each(['zh-CN', 'en'] as const)(
    'has a sentence in %s for every error code and phase',
    (locale) => {
      const tree = resources[locale].translation;
      for (const code of codes) {
        expect(typeof lookup(tree, `syncUi.error.${code}`), code).toBe('string');
      }
      for (const phase of codeValues(SyncPhase)) {
        expect(typeof lookup(tree, `syncUi.indicator.phase.${phase}`), phase).toBe('string');
      }
    },
  );

  const base: SyncStatus = INITIAL_SYNC_STATUS;
  it.each([
    ['all synced', base, 0, 'syncUi.indicator.allSynced', 'green'],
    ['changes waiting', base, 3, 'syncUi.indicator.pending', 'yellow'],
    ['not enrolled', { ...base, kind: 'not-enrolled' }, 0, 'syncUi.indicator.notEnrolled', 'gray'],
    [
      'a revoked device',
      { ...base, kind: 'error', code: 'token-revoked', at: '', retryAt: null },
      1,
      'syncUi.error.token-revoked',
      'red',
    ],
    [
      'uploading',
      { ...base, kind: 'syncing', phase: 'push', done: 1, total: 4 },
      4,
      'syncUi.indicator.phase.push',
      'blue',
    ],
    [
      'stalled',
      { ...base, stalledSince: '2026-11-29T00:00:00Z' },
      2,
      'syncUi.indicator.stalled',
      'orange',
    ],
  ] satisfies [string, SyncStatus, number, string, string][])(
    'says %s',
    (_what, status, pending, key, color) => {
      expect(describeSyncStatus(status, pending)).toMatchObject({ key, color });
    },
  );

  it('shows progress while the total is known, and none while pulling', () => {
    expect(progressPercent({ ...base, kind: 'syncing', phase: 'push', done: 50, total: 200 })).toBe(
      25,
    );
    expect(
      progressPercent({ ...base, kind: 'syncing', phase: 'pull', done: 50, total: null }),
    ).toBeNull();
    expect(progressPercent(base)).toBeNull();
  });
});
