/**
 * Schema version 2: the conflict inbox. A change the provincial server answered with `conflict`
 * leaves the outbox only once its conflict row is stored here (see src/sync/ack.ts), so both
 * values of every conflicting field stay on the device until a person resolves them.
 */
import type { Migration } from './migration';

export const migration0002: Migration = {
  version: 2,
  stores: {
    // Keyed by the changeId the server answered; the inbox lists by status, the case page by entityId.
    conflicts: 'id, entityId, status',
  },
};
