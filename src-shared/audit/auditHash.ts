/**
 * How an audit entry is hashed into its device's chain (DESIGN.md §3). The device hashes each
 * entry with this as it appends it, and the provincial server re-computes the same hash with the
 * same code when the entries arrive, so the two can never disagree about a byte.
 */
import { canonicalJson } from './canonicalJson';
import { sha256HexSync } from './sha256';

/** The `prevHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit entry as it is hashed, stored and synced (the device's row type narrows the ids). */
export type AuditChainEntry = {
  /** Position in the chain, 1-based and gapless. */
  seq: number;
  /** UUIDv7 of the entry. */
  id: string;
  /** Device time of the act, ISO 8601, hashed as written. */
  at: string;
  userId: string;
  /** The device's own id (not the id the server gave it at enrollment). */
  deviceId: string;
  action: string;
  entity: string;
  entityId: string;
  success: boolean;
  /** What changed, personal data already masked; may be absent. */
  diff?: unknown;
  prevHash: string;
  hash: string;
};

/** The canonical JSON of the entry without `hash`: what the hash covers after `prevHash`. */
export function auditEntryBody(entry: Omit<AuditChainEntry, 'hash'>): string {
  const { seq, id, at, userId, deviceId, action, entity, entityId, success, diff, prevHash } =
    entry;
  const body = { seq, id, at, userId, deviceId, action, entity, entityId, success, diff, prevHash };
  return canonicalJson(body);
}

/** What an entry's hash is taken over: prevHash + canonical JSON of the entry without `hash`. */
export function auditHashText(entry: Omit<AuditChainEntry, 'hash'>): string {
  return entry.prevHash + auditEntryBody(entry);
}

/** SHA-256 (lower-case hex) of `auditHashText`, computed synchronously. */
export function hashAuditEntrySync(entry: Omit<AuditChainEntry, 'hash'>): string {
  return sha256HexSync(auditHashText(entry));
}
