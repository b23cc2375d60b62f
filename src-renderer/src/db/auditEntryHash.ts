/**
 * The audit entry hash, computed synchronously so a write can hash inside its own transaction.
 * `hashAuditEntry` (audit.ts) hashes the same text with WebCrypto to verify the chain; tests
 * compare the two.
 */
import { canonicalJson } from './canonicalJson';
import type { AuditEntry } from './rowTypes';
import { sha256HexSync } from './sha256';

/** What an entry's hash is taken over: prevHash + canonical JSON of the entry without `hash`. */
export function auditHashText(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, id, at, userId, deviceId, action, entity, entityId, success, diff, prevHash } =
    entry;
  const body = { seq, id, at, userId, deviceId, action, entity, entityId, success, diff, prevHash };
  return prevHash + canonicalJson(body);
}

export function hashAuditEntrySync(entry: Omit<AuditEntry, 'hash'>): string {
  return sha256HexSync(auditHashText(entry));
}
