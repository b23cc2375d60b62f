/**
 * Canonical JSON lives in src-shared/audit: the server re-hashes synced audit entries with it.
 * Re-exported here for the device's own callers (case fields, documents).
 */
export { canonicalJson, sameCanonicalJson } from '../../../src-shared/audit/canonicalJson';
