/**
 * The audit chain (DESIGN.md §3): append-only entries, each carrying the previous entry's hash,
 * so editing, removing or reordering any entry breaks every link after it.
 */
import { GENESIS_HASH, auditHashText } from '../../../src-shared/audit/auditHash';
import type { JianhuDb } from './database';
import type { AuditEntry } from './rowTypes';
import { digestHex } from './sha256';

export { AuditAction } from './auditActions';
export type { AuditEntry } from './rowTypes';

/** The `prevHash` of the first entry (shared: the server checks synced chains against it). */
export { GENESIS_HASH };

/** Where the chain ends: the last entry's position and hash (0 / GENESIS_HASH when empty). */
export type AuditHead = { seq: number; hash: string };

export type AuditChainReport =
  | { ok: true; count: number }
  | { ok: false; brokenAt: number; reason: 'hash-mismatch' | 'prev-mismatch' };

/** SHA-256 of a UTF-8 string, as lower-case hex (WebCrypto: browsers, Electron and Node ≥ 20). */
export function sha256Hex(text: string): Promise<string> {
  return digestHex(new TextEncoder().encode(text));
}

/** The hash an entry must carry: SHA-256(prevHash + canonical JSON of the entry without `hash`). */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): Promise<string> {
  return sha256Hex(auditHashText(entry));
}

/** The current end of the chain. Cheap: one step of a cursor on the primary key. */
export async function readAuditHead(db: JianhuDb): Promise<AuditHead> {
  const last = await db.audit.orderBy('seq').last();
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

const PAGE = 1000;

/**
 * Walks the whole chain in order and reports the FIRST broken link: an entry whose prevHash is
 * not its predecessor's hash (an entry was removed, inserted or its link edited), or whose own
 * hash does not match its content (the entry was edited). Read in pages, hashed outside any
 * transaction.
 */
export async function verifyAuditChain(db: JianhuDb): Promise<AuditChainReport> {
  let expectedPrev = GENESIS_HASH;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const page = await db.audit.where('seq').above(lastSeq).limit(PAGE).toArray();
    for (const entry of page) {
      if (entry.prevHash !== expectedPrev) {
        return { ok: false, brokenAt: entry.seq, reason: 'prev-mismatch' };
      }
      if ((await hashAuditEntry(entry)) !== entry.hash) {
        return { ok: false, brokenAt: entry.seq, reason: 'hash-mismatch' };
      }
      expectedPrev = entry.hash;
      lastSeq = entry.seq;
      count++;
    }
    if (page.length < PAGE) return { ok: true, count };
  }
}

/** Audit entries about one entity, oldest first (the case page's history). */
export function listAuditForEntity(db: JianhuDb, entityId: string): Promise<AuditEntry[]> {
  return db.audit.where('entityId').equals(entityId).sortBy('seq');
}
