/** A device's upload state from its last contact and outbox report, and a unit's worst device. */
import { describe, expect, it } from 'vitest';
import {
  deviceUploadState,
  NOT_SEEN_AFTER_DAYS,
  worstUploadState,
  type DeviceUploadFacts,
} from '../../../src-shared/stats/uploadStatus';

const NOW = new Date('2026-12-10T02:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

const facts = (over: Partial<DeviceUploadFacts> = {}): DeviceUploadFacts => ({
  lastContactAt: ago(0),
  report: { reportedAt: ago(0), changes: 0, refused: 0, attachments: 0, oldestChangeAt: null },
  auditFlagged: false,
  ...over,
});
const report = (changes: number, attachments = 0) => ({
  reportedAt: ago(0),
  changes,
  refused: 0,
  attachments,
  oldestChangeAt: changes > 0 ? ago(1) : null,
});

describe('deviceUploadState', () => {
  it('says all uploaded, N pending, unreported, or not seen for N days', () => {
    expect(deviceUploadState(facts(), NOW).status).toBe('allUploaded');
    expect(deviceUploadState(facts({ report: report(3) }), NOW)).toMatchObject({
      status: 'pending',
      pendingChanges: 3,
      oldestPendingAt: ago(1),
    });
    expect(deviceUploadState(facts({ report: report(0, 2) }), NOW).status).toBe('pending');
    expect(deviceUploadState(facts({ report: null }), NOW).status).toBe('unreported');
    const justBefore = deviceUploadState(
      facts({
        lastContactAt: new Date(NOW.getTime() - NOT_SEEN_AFTER_DAYS * DAY_MS + 1).toISOString(),
      }),
      NOW,
    );
    expect(justBefore).toMatchObject({ status: 'allUploaded', daysSinceContact: 6 });
    expect(
      deviceUploadState(facts({ lastContactAt: ago(8), report: report(3) }), NOW),
    ).toMatchObject({ status: 'notSeen', daysSinceContact: 8, pendingChanges: 3 });
  });
});

describe('worstUploadState', () => {
  it('ranks not seen over pending over unreported over all uploaded, then by size', () => {
    const state = (f: Partial<DeviceUploadFacts>) => deviceUploadState(facts(f), NOW);
    expect(worstUploadState([])).toBeNull();
    const pending3 = state({ report: report(3) });
    const pending9 = state({ report: report(4, 5) });
    expect(worstUploadState([state({}), pending3, state({ report: null }), pending9])).toBe(
      pending9,
    );
    const silent8 = state({ lastContactAt: ago(8) });
    const silent20 = state({ lastContactAt: ago(20) });
    expect(worstUploadState([pending9, silent20, silent8])).toBe(silent20);
  });
});
