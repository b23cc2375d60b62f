/**
 * The download's ceiling: the same pull pages from the Jianhu server, fetched the way the app
 * fetches them (500 per page, the next page asked for while one is stored) and stored raw. Per
 * record it writes the rows the app must keep — the case row, its revision row, an audit row —
 * with the cursor, in one transaction per page, in a database with the app's case indexes, but
 * with no validation, planning against local edits, sealing of personal data, audit hashing or
 * search index. Like the server's bare INSERT, no client that keeps those rows stores faster on
 * this machine: the gap between this and Jianhu is the client's own work.
 */
import { Dexie, type Table } from 'dexie';
import { appStores } from './appSchema';

export type Change = {
  entityId: string;
  rev: number;
  seq: number;
  data: Record<string, unknown>;
};
type Page = { changes: Change[]; nextCursor: string; hasMore: boolean };
type Row = Record<string, unknown>;

/**
 * Work the rules require of a download beside its rows (downloadRequiredWork.ts). Without it,
 * this is the ceiling.
 */
export type DownloadWork = {
  /** While the page before is stored: what may be done off the transaction (sealing ahead). */
  prepare(changes: readonly Change[]): Promise<void>;
  /** Inside the page's transaction: the case rows and audit rows as stored. */
  rows(changes: readonly Change[], at: string): { cases: Row[]; audit: Row[] };
  /** After the page is stored: the search index told. */
  stored(changes: readonly Change[]): void;
  /** Resolves once everything stored is searchable. */
  finish(): Promise<void>;
};

class CeilingDb extends Dexie {
  declare cases: Table<Record<string, unknown>, string>;
  declare revisions: Table<{ key: string; rev: number }, string>;
  declare audit: Table<Record<string, unknown>, number>;
  declare meta: Table<{ key: string; value: unknown }, string>;
  constructor() {
    super('download-ceiling');
    this.version(1).stores({
      cases: appStores('cases'),
      revisions: 'key',
      audit: appStores('audit'),
      meta: 'key',
    });
  }
}

/** An audit row shaped like the app's (its hashes are fixed text here: nothing is computed). */
export function auditRow(change: Change, at: string): Record<string, unknown> {
  return {
    id: `${change.entityId}-${change.rev}`,
    at,
    deviceId: 'bench-device',
    userId: 'system',
    action: 'case.remoteUpdate',
    entity: 'case',
    entityId: change.entityId,
    success: true,
    diff: { rev: change.rev, fields: Object.keys(change.data) },
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
  };
}

export type CeilingDownloaded = { ms: number; docs: number };

export async function ceilingDownload(
  serverUrl: string,
  token: string,
  work?: DownloadWork,
): Promise<CeilingDownloaded> {
  await Dexie.delete('download-ceiling');
  const db = new CeilingDb();
  await db.open();
  const fetchPage = async (cursor: string): Promise<Page> => {
    const reply = await fetch(`${serverUrl}/api/v1/sync/pull?cursor=${cursor}&limit=500`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!reply.ok) throw new Error(`pull failed: ${reply.status}`);
    const page = (await reply.json()) as Page;
    await work?.prepare(page.changes);
    return page;
  };
  const t0 = performance.now();
  let docs = 0;
  let next = fetchPage('0');
  for (;;) {
    const page = await next;
    const following = page.hasMore ? fetchPage(page.nextCursor) : null;
    following?.catch(() => undefined);
    const at = new Date().toISOString();
    await db.transaction('rw', [db.cases, db.revisions, db.audit, db.meta], async () => {
      const rows = work
        ? work.rows(page.changes, at)
        : {
            cases: page.changes.map((c) => ({ ...c.data, id: c.entityId, seq: c.seq })),
            audit: page.changes.map((c) => auditRow(c, at)),
          };
      await Promise.all([
        db.cases.bulkPut(rows.cases),
        db.revisions.bulkPut(page.changes.map((c) => ({ key: `case:${c.entityId}`, rev: c.rev }))),
        db.audit.bulkAdd(rows.audit),
        db.meta.put({ key: 'cursor', value: page.nextCursor }),
      ]);
    });
    work?.stored(page.changes);
    docs += page.changes.length;
    if (!following) break;
    next = following;
  }
  await work?.finish();
  const ms = performance.now() - t0;
  db.close();
  return { ms, docs };
}
