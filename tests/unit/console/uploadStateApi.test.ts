/** Which devices and units need attention, and how a state is worded. */
import { describe, expect, it } from 'vitest';
import {
  deviceNeedsAttention,
  unitNeedsAttention,
  uploadStateText,
} from '../../../src-shared/console/uploadStateApi';
import type { DeviceUploadState, UnitUploadRow } from '../../../src-shared/stats/uploadStatus';
import { deviceUploadState } from '../../../src-shared/stats/uploadStatus';

const NOW = new Date('2026-12-06T02:00:00.000Z');

function state(over: Partial<DeviceUploadState> = {}): DeviceUploadState {
  return {
    ...deviceUploadState(
      {
        lastContactAt: '2026-12-06T01:00:00.000Z',
        report: {
          reportedAt: '2026-12-06T01:00:00.000Z',
          changes: 0,
          refused: 0,
          attachments: 0,
          oldestChangeAt: null,
        },
        auditFlagged: false,
      },
      NOW,
    ),
    ...over,
  };
}

function unit(worst: DeviceUploadState | null, auditFlagged = 0): UnitUploadRow {
  return {
    unit: { code: '340100', name: '合肥市人民检察院', level: 'city', parentCode: '340000' },
    devices: worst === null ? 0 : 1,
    worst,
    auditFlagged,
    noDeviceEnrolled: false,
  };
}

describe('upload attention', () => {
  it('leaves an all-uploaded device alone and flags every other state or a flagged chain', () => {
    expect(state().status).toBe('allUploaded');
    expect(deviceNeedsAttention(state())).toBe(false);
    for (const status of ['pending', 'notSeen', 'unreported'] as const)
      expect(deviceNeedsAttention(state({ status }))).toBe(true);
    expect(deviceNeedsAttention(state({ auditFlagged: true }))).toBe(true);
  });

  it('flags a county with no device enrolled', () => {
    const county: UnitUploadRow = {
      unit: { code: '340102', name: '瑶海区人民检察院', level: 'county', parentCode: '340100' },
      devices: 0,
      worst: null,
      auditFlagged: 0,
      noDeviceEnrolled: true,
    };
    expect(unitNeedsAttention(county)).toBe(true);
  });

  it('flags a unit by its worst device or its flagged chains, not a city without devices', () => {
    expect(unitNeedsAttention(unit(null))).toBe(false);
    expect(unitNeedsAttention(unit(state()))).toBe(false);
    expect(unitNeedsAttention(unit(state({ status: 'notSeen', daysSinceContact: 9 })))).toBe(true);
    // The worst device is uploaded, but another one's chain was refused.
    expect(unitNeedsAttention(unit(state(), 1))).toBe(true);
  });
});

describe('upload state text', () => {
  it('words each state with its count', () => {
    expect(uploadStateText(state())).toEqual({ key: 'allUploaded', values: {} });
    expect(uploadStateText(state({ status: 'unreported' }))).toEqual({
      key: 'unreported',
      values: {},
    });
    expect(uploadStateText(state({ status: 'notSeen', daysSinceContact: 8 }))).toEqual({
      key: 'notSeen',
      values: { count: 8 },
    });
    expect(uploadStateText(state({ status: 'pending', pendingChanges: 3 }))).toEqual({
      key: 'pending',
      values: { count: 3 },
    });
    expect(uploadStateText(state({ status: 'pending', pendingAttachments: 2 }))).toEqual({
      key: 'pendingAttachments',
      values: { count: 2 },
    });
    expect(
      uploadStateText(state({ status: 'pending', pendingChanges: 5, pendingAttachments: 1 })),
    ).toEqual({ key: 'pendingBoth', values: { count: 5, attachments: 1 } });
  });
});
