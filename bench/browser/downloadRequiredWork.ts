/**
 * The closest design to the download's target: the download's ceiling (downloadCeiling.ts) plus
 * the work the rules require of every pulled case, with the app's own primitives and nothing
 * around them:
 * - the case validated against the case card's schema (the server's word is checked, not trusted);
 * - its sensitive values sealed with WebCrypto while the page before is stored, and the row sealed
 *   with them inside (the app's preSealRows and sealRow, with the lookup hashes of ID numbers and
 *   phones);
 * - an audit entry per case, hashed onto the chain (SHA-256, audit/auditHash); its diff names the
 *   revision and the fields, where the app's copies the redacted case, so it is shorter;
 * - the search index (the app's CaseIndex) fed in a worker of its own, the clock stopped once it
 *   has every case.
 * Left out, so this stays a lower bound: planning against local edits, the audit upload, saving
 * the search index and Dexie's middleware.
 */
import type { CaseRecord } from '../../src-shared/domain/caseCard';
import { GENESIS_HASH, hashAuditEntrySync } from '../../src-shared/audit/auditHash';
import { caseCardSchema } from '../../src-shared/domain/caseCard';
import { pickCard } from '../../src-renderer/src/db/caseFields';
import { deriveKeys } from '../../src-renderer/src/security/keyring';
import { preSealRows } from '../../src-renderer/src/security/preSealing';
import { sealRow } from '../../src-renderer/src/security/rowSealing';
import {
  auditRow,
  ceilingDownload,
  type CeilingDownloaded,
  type Change,
  type DownloadWork,
} from './downloadCeiling';

type Row = Record<string, unknown>;
const DEVICE_ID = '0190f000-0000-7000-8000-00000000000d';

function caseRow(change: Change): Row {
  return { ...change.data, id: change.entityId, seq: change.seq };
}

function requiredDownloadWork(): DownloadWork {
  const keys = deriveKeys(crypto.getRandomValues(new Uint8Array(32)));
  const worker = new Worker(new URL('./closestIndexWorker.ts', import.meta.url), {
    type: 'module',
  });
  let prevHash = GENESIS_HASH;
  let seq = 0;

  return {
    prepare: (changes) =>
      preSealRows(
        keys,
        'cases',
        changes.map((change) => ({ row: caseRow(change), primaryKey: change.entityId })),
      ),
    rows: (changes, at) => {
      const audit = changes.map((change) => {
        const parsed = caseCardSchema.safeParse(pickCard(change.data as CaseRecord));
        if (!parsed.success) throw new Error(`pulled case ${change.entityId} does not validate`);
        const { diff, action, entity, entityId } = auditRow(change, at);
        const entry = {
          seq: ++seq,
          id: crypto.randomUUID(),
          at,
          userId: 'system',
          deviceId: DEVICE_ID,
          action: action as string,
          entity: entity as string,
          entityId: entityId as string,
          success: true,
          diff,
          prevHash,
        };
        prevHash = hashAuditEntrySync(entry);
        // The raw audit table numbers its rows itself.
        const { seq: _numbered, ...stored } = entry;
        return { ...stored, hash: prevHash };
      });
      const cases = changes.map((change) =>
        sealRow(keys, 'cases', caseRow(change), change.entityId),
      );
      return { cases, audit };
    },
    stored: (changes) => worker.postMessage({ cases: changes.map(caseRow) }),
    finish: () =>
      new Promise<void>((resolve) => {
        worker.onmessage = () => {
          worker.terminate();
          resolve();
        };
        worker.postMessage({ flush: 1 });
      }),
  };
}

/** The same pull as the ceiling, with the work every pulled case needs (see the file comment). */
export async function closestDownload(
  serverUrl: string,
  token: string,
): Promise<CeilingDownloaded> {
  return ceilingDownload(serverUrl, token, requiredDownloadWork());
}
