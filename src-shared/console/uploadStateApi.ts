/**
 * `GET /console/api/upload-state[?unit=CODE]`: the upload overview (src-shared/stats/uploadStatus)
 * of the account's subtree, or of one unit inside it; and which units need someone's attention.
 */
import { z } from 'zod';
import type { DeviceUploadState, UnitUploadRow } from '../stats/uploadStatus';
import { uploadOverviewSchema } from '../stats/uploadStatus';
import { unitCodeSchema } from '../sync/enroll';

export const UPLOAD_STATE_PATH = '/upload-state';

export const uploadStateQuerySchema = z.strictObject({
  /** A unit of the account's subtree; the account's own unit when absent. */
  unit: unitCodeSchema.optional(),
});
export type UploadStateQuery = z.infer<typeof uploadStateQuerySchema>;

export const uploadStateResponseSchema = uploadOverviewSchema;

/** Anything short of "all uploaded", or an audit chain the server refused. */
export function deviceNeedsAttention(state: DeviceUploadState): boolean {
  return state.status !== 'allUploaded' || state.auditFlagged;
}

/**
 * A unit whose own devices are not all uploaded, or have a flagged audit chain, or a county with
 * no device enrolled at all. A city or the province without devices is not flagged.
 */
export function unitNeedsAttention(row: UnitUploadRow): boolean {
  return (
    row.noDeviceEnrolled ||
    row.auditFlagged > 0 ||
    (row.worst !== null && deviceNeedsAttention(row.worst))
  );
}

/** The text of a state: an i18n key under `upload.status` and its values. */
export type UploadStateText = {
  key: 'allUploaded' | 'unreported' | 'pending' | 'pendingAttachments' | 'pendingBoth' | 'notSeen';
  values: Record<string, number>;
};

export function uploadStateText(state: DeviceUploadState): UploadStateText {
  switch (state.status) {
    case 'allUploaded':
    case 'unreported':
      return { key: state.status, values: {} };
    case 'notSeen':
      return { key: 'notSeen', values: { count: state.daysSinceContact } };
    case 'pending': {
      const changes = state.pendingChanges;
      const attachments = state.pendingAttachments;
      if (changes > 0 && attachments > 0)
        return { key: 'pendingBoth', values: { count: changes, attachments } };
      if (changes > 0) return { key: 'pending', values: { count: changes } };
      return { key: 'pendingAttachments', values: { count: attachments } };
    }
  }
}
