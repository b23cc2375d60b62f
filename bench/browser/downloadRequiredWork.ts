/**
 * The closest design to the download's target: the download's ceiling (downloadCeiling.ts) plus
 * the work the rules require of every pulled case, with the app's own primitives and nothing
 * around them:
 * - the case validated against the case card's schema (the server's word is checked, not trusted);
 * - its sensitive values sealed with WebCrypto AES-GCM while the page before is stored, as the
 *   app seals a page ahead (security/preSealing.ts), and stored sealed;
 * - an audit entry per case, hashed onto the chain (SHA-256, audit/auditHash); its diff names the
 *   revision and the fields, where the app's copies the redacted case, so it is shorter;
 * - the search index (the app's CaseIndex) fed in a worker of its own, the clock stopped once it
 *   has every case.
 * Left out, so this stays a lower bound: planning against local edits, the lookup hashes of ID
 * numbers and phones, the audit upload, saving the search index and Dexie's middleware.
 */
import type { CaseRecord } from '../../src-shared/domain/caseCard';
import { GENESIS_HASH, hashAuditEntrySync } from '../../src-shared/audit/auditHash';
import { caseCardSchema } from '../../src-shared/domain/caseCard';
import { sealedPathsOf, takeSealedValues } from '../../src-shared/security/sealedFields';
import { pickCard } from '../../src-renderer/src/db/caseFields';
import { IV_BYTES, type Envelope } from '../../src-renderer/src/security/cipher';
import { rowAad } from '../../src-renderer/src/security/preSealing';
import {
  auditRow,
  ceilingDownload,
  type CeilingDownloaded,
  type Change,
  type DownloadWork,
} from './downloadCeiling';

type Row = Record<string, unknown>;
const DEVICE_ID = '0190f000-0000-7000-8000-00000000000d';
const encoder = new TextEncoder();

function caseRow(change: Change): Row {
  return { ...change.data, id: change.entityId, seq: change.seq };
}

async function sealAhead(key: CryptoKey, changes: readonly Change[]): Promise<Map<string, Row>> {
  const sealed = await Promise.all(
    changes.map(async (change) => {
      const row = caseRow(change);
      const { clear, values, count } = takeSealedValues(row, sealedPathsOf('cases', row));
      if (count === 0) return [change.entityId, row] as const;
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const ct = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: encoder.encode(rowAad('cases', row.id)) },
        key,
        encoder.encode(JSON.stringify(values)),
      );
      const envelope: Envelope = { v: 1, iv, ct: new Uint8Array(ct) };
      return [change.entityId, { ...clear, _sealed: envelope }] as const;
    }),
  );
  return new Map(sealed);
}

async function requiredDownloadWork(): Promise<DownloadWork> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const worker = new Worker(new URL('./closestIndexWorker.ts', import.meta.url), {
    type: 'module',
  });
  let prevHash = GENESIS_HASH;
  let seq = 0;

  return {
    prepare: (changes) => sealAhead(key, changes),
    rows: (changes, prepared, at) => {
      const sealed = prepared as Map<string, Row>;
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
      const cases = changes.map((change) => sealed.get(change.entityId) ?? caseRow(change));
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
  return ceilingDownload(serverUrl, token, await requiredDownloadWork());
}
