/**
 * The audit entry hash, computed synchronously so a write can hash inside its own transaction.
 * Must give exactly `hashAuditEntry` (audit.ts): SHA-256(prevHash + canonical JSON of the entry
 * without `hash`); tests compare the two.
 */
import { canonicalJson } from './canonicalJson';
import type { AuditEntry } from './rowTypes';
import { sha256HexSync } from './sha256';

export function hashAuditEntrySync(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, id, at, userId, deviceId, action, entity, entityId, success, diff, prevHash } =
    entry;
  const body = { seq, id, at, userId, deviceId, action, entity, entityId, success, diff, prevHash };
  return sha256HexSync(prevHash + canonicalJson(body));
}
