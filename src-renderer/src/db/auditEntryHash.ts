/**
 * The audit entry hash, computed synchronously so a write can hash inside its own transaction.
 * The code lives in src-shared/audit, where the provincial server takes it to re-check the
 * entries a device syncs; `hashAuditEntry` (audit.ts) hashes the same text with WebCrypto to
 * verify the chain on the device, and tests compare the two.
 */
export { auditHashText, hashAuditEntrySync } from '../../../src-shared/audit/auditHash';
