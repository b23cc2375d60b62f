/**
 * The checks a restored copy must pass before the app switches to it: the header's row counts,
 * its key fingerprint and unit, the audit chain (every link, ending at the header's head), and
 * every attachment's bytes (they decrypt under the restored key, or hash to their SHA-256 when an
 * older build stored them in clear). Reads through a raw handle; writes nothing.
 */
import type { Table } from 'dexie';
import { decryptBlob } from '../../security/blobCipher';
import { SecurityMetaKey } from '../securityMeta';
import { readAuditHead, verifyAuditChain } from '../audit';
import type { JianhuDb } from '../database';
import { MetaKey } from '../meta';
import type { AttachmentRow } from '../rowTypes';
import { digestHex } from '../sha256';
import type { ArchiveHeader } from './archiveHeader';

const PAGE = 50;

/** Every table holds exactly the rows the header counted (tables it does not name: none). */
export function countsMatch(header: ArchiveHeader, counts: Record<string, number>): boolean {
  const names = new Set([...Object.keys(counts), ...Object.keys(header.rowCounts)]);
  for (const name of names) {
    if (!(name in counts)) return false;
    if ((counts[name] ?? 0) !== (header.rowCounts[name] ?? 0)) return false;
  }
  return true;
}

async function attachmentsVerify(
  db: JianhuDb,
  blobKey: CryptoKey,
  onAttachment: () => void,
): Promise<boolean> {
  const table: Table<AttachmentRow, string> = db.attachments;
  let last: string | null = null;
  for (;;) {
    const page: AttachmentRow[] =
      last === null
        ? await table.orderBy(':id').limit(PAGE).toArray()
        : await table.where(':id').above(last).limit(PAGE).toArray();
    for (const row of page) {
      try {
        if (row.sealed === 1) await decryptBlob(blobKey, row.blob, row.sha256, row.mime);
        else if ((await digestHex(await row.blob.arrayBuffer())) !== row.sha256) return false;
      } catch {
        return false;
      }
      onAttachment();
    }
    const end = page.at(-1);
    if (page.length < PAGE || !end) return true;
    last = end.sha256;
  }
}

/** True when the restored database is exactly what the header describes. */
export async function verifyRestored(
  db: JianhuDb,
  header: ArchiveHeader,
  blobKey: CryptoKey,
  onAttachment: () => void = () => undefined,
): Promise<boolean> {
  const [keyId, unit] = await Promise.all([
    db.meta.get(SecurityMetaKey.keyId),
    db.meta.get(MetaKey.unit),
  ]);
  if (keyId?.value !== header.keyId) return false;
  const storedUnit = unit?.value as { code?: unknown } | undefined;
  if (storedUnit?.code !== header.unit.code) return false;
  const chain = await verifyAuditChain(db);
  if (!chain.ok) return false;
  const head = await readAuditHead(db);
  if (head.seq !== header.auditHead.seq || head.hash !== header.auditHead.hash) return false;
  return attachmentsVerify(db, blobKey, onAttachment);
}
