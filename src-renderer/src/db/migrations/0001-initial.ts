/**
 * Schema version 1. Indexes are kept lean on `cases` on purpose: every index costs time on each
 * bulk import (issue 2 measured a multiEntry token index making imports 3.5× slower), and
 * full-text search lives in its own persisted index (searchSegments), not in Dexie indexes.
 */
import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  stores: {
    // `seq` lets the search index catch up by reading rows changed since its watermark.
    cases: 'id, updatedAt, receivedAt, status, caseType, handlerId, focalPoint, deleted, seq',
    // Append-only, hash-chained; the key is the chain position (written explicitly, see audit.ts).
    audit: '++seq, at, entityId',
    outbox: 'deviceSeq, changeId, entityId',
    users: 'id',
    meta: 'key',
    searchSegments: 'key',
    // Tables later issues fill; declared now so adding them needs no upgrade.
    leads: 'id, status, seq',
    workflows: 'id, caseId, kind, seq',
    steps: 'id, workflowId, at',
    documents: 'id, caseId, workflowId',
    attachments: 'sha256',
    reference: 'key',
  },
};
