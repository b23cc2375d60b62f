/**
 * Schema version 3: attachments. `caseAttachments` holds who attached which file to which case
 * (synced as entity 'attachment'), listed by case and found by content hash; `attachments` (the
 * bytes, one row per SHA-256, declared in version 1 and empty until now) gains an index on its
 * upload state, so the sync engine finds what still has to go up without reading every Blob.
 */
import type { Migration } from './migration';

export const migration0003: Migration = {
  version: 3,
  stores: {
    caseAttachments: 'id, caseId, sha256, seq',
    attachments: 'sha256, upload',
  },
};
