/**
 * The words the indicator shows for a status: a headline (i18n key + values) and its colour.
 * Error codes map to `syncUi.error.<code>`, one plain sentence each (see the locale files).
 */
import type { SyncStatus } from '../../sync';

export type StatusLine = {
  key: string;
  values?: Record<string, unknown>;
  color: 'green' | 'yellow' | 'red' | 'blue' | 'gray' | 'orange';
};

export function describeSyncStatus(status: SyncStatus, pendingCount: number): StatusLine {
  switch (status.kind) {
    case 'not-enrolled':
      return { key: 'syncUi.indicator.notEnrolled', color: 'gray' };
    case 'syncing':
      return { key: `syncUi.indicator.phase.${status.phase}`, color: 'blue' };
    case 'error':
      return { key: `syncUi.error.${status.code}`, color: 'red' };
    case 'idle':
      if (status.stalledSince !== null) return { key: 'syncUi.indicator.stalled', color: 'orange' };
      return pendingCount > 0
        ? { key: 'syncUi.indicator.pending', values: { count: pendingCount }, color: 'yellow' }
        : { key: 'syncUi.indicator.allSynced', color: 'green' };
  }
}

/** Progress in percent while a run says how far it is; null when it cannot know (pulling). */
export function progressPercent(status: SyncStatus): number | null {
  if (status.kind !== 'syncing' || status.total === null || status.total === 0) return null;
  return Math.min(100, (status.done / status.total) * 100);
}
