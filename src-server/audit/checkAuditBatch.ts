/**
 * Decides whether a batch of a device's audit entries continues the chain the server holds for
 * it. Pure: the head, the hashes stored at the seqs the batch repeats, and the batch in; the
 * entries to store, or the first entry that breaks the chain and why, out. Every hash is
 * recomputed with src-shared/audit, the code the device hashed with.
 */
import { hashAuditEntrySync } from '../../src-shared/audit/auditHash';
import type { AuditEntryWire, AuditHead } from '../../src-shared/sync/audit';

/** Why a batch was refused. Stored with the flag and shown to the operator. */
export const ChainBreak = {
  /** Entries are not consecutive, or the first one is beyond the server's head + 1. */
  gap: 'gap',
  /** An entry's prevHash is not the hash of the entry before it. */
  prevMismatch: 'prev-mismatch',
  /** An entry's hash is not the SHA-256 of its content: it was edited after it was hashed. */
  hashMismatch: 'hash-mismatch',
  /** A different entry at a seq the server already holds: the device's history was rewritten. */
  rewritten: 'rewritten',
  /** The entry carries another device id than the chain's own: it is another device's entry. */
  foreignDevice: 'foreign-device',
} as const;
export type ChainBreak = (typeof ChainBreak)[keyof typeof ChainBreak];

/** The server's copy of one device's chain. */
export type StoredChain = AuditHead & {
  /** The device id every entry carries; null until the first entry was accepted. */
  chainDeviceId: string | null;
};

export type BatchCheck =
  /** The batch continues the chain: `fresh` are the entries above the head, `head` the new end. */
  | { ok: true; fresh: AuditEntryWire[]; head: AuditHead; chainDeviceId: string | null }
  /** Refused at `seq`, the first entry that breaks the chain. */
  | { ok: false; seq: number; reason: ChainBreak };

/** The first broken rule of one entry, given the entry before it (in the batch or on the server). */
function breakOf(
  entry: AuditEntryWire,
  previous: { seq: number; hash: string },
  chain: StoredChain & { chainDeviceId: string },
  storedHashes: ReadonlyMap<number, string>,
  isFirst: boolean,
): ChainBreak | null {
  if (entry.deviceId !== chain.chainDeviceId) return ChainBreak.foreignDevice;
  // The first entry may repeat stored ones (a resend); after it, every step is exactly +1.
  if (isFirst ? entry.seq > chain.seq + 1 : entry.seq !== previous.seq + 1) return ChainBreak.gap;
  if (hashAuditEntrySync(entry) !== entry.hash) return ChainBreak.hashMismatch;
  if (entry.seq <= chain.seq) {
    // Same hash as stored: byte-identical (the hash covers every field), an idempotent resend.
    return storedHashes.get(entry.seq) === entry.hash ? null : ChainBreak.rewritten;
  }
  if (entry.prevHash !== previous.hash) return ChainBreak.prevMismatch;
  return null;
}

/** `storedHashes` holds the server's hash at every seq of the batch at or below the head. */
export function checkAuditBatch(
  chain: StoredChain,
  storedHashes: ReadonlyMap<number, string>,
  entries: readonly AuditEntryWire[],
): BatchCheck {
  // An unbound chain takes the id its first entry carries (the caller checked no other device has it).
  const bound = { ...chain, chainDeviceId: chain.chainDeviceId ?? entries[0]?.deviceId ?? '' };
  // A first entry above the head must link to the head; one at or below it is compared instead.
  let previous = { seq: chain.seq, hash: chain.hash };
  const fresh: AuditEntryWire[] = [];
  for (const [i, entry] of entries.entries()) {
    const reason = breakOf(entry, previous, bound, storedHashes, i === 0);
    if (reason !== null) return { ok: false, seq: entry.seq, reason };
    if (entry.seq > chain.seq) fresh.push(entry);
    previous = { seq: entry.seq, hash: entry.hash };
  }
  const last = fresh.at(-1);
  return {
    ok: true,
    fresh,
    head: last ? { seq: last.seq, hash: last.hash } : { seq: chain.seq, hash: chain.hash },
    chainDeviceId: last ? bound.chainDeviceId : chain.chainDeviceId,
  };
}
