/**
 * The closest design to the save's target: the save's ceiling (saveCeiling.ts) plus the work the
 * rules require of every save, done with the app's own functions and nothing around them:
 * - the stored row opened (security/rowSealing.ts openRow): from the sealed-row memo, as in the
 *   app, when the case page opened that very envelope before the save;
 * - the edited case validated against the case card's schema (bad input is refused, not stored);
 * - the case row and the outbox row sealed (sealRow: AES-256-GCM, the memo's envelope stored again
 *   when the sensitive values did not change, the lookup hashes of ID numbers and phones);
 * - the audit entry's diff redacted and the entry hashed onto the chain (SHA-256, audit/auditHash).
 * Left out, so this stays a lower bound: Dexie's middleware, the write queue, the changed-fields
 * check and the search index being told.
 */
import { caseCardSchema, type CaseRecord } from '../../src-shared/domain/caseCard';
import { redactCaseForAudit } from '../../src-shared/domain/mask';
import { GENESIS_HASH, hashAuditEntrySync } from '../../src-shared/audit/auditHash';
import { pickCard } from '../../src-renderer/src/db/caseFields';
import { deriveKeys } from '../../src-renderer/src/security/keyring';
import { isSealedRow, openRow, sealRow } from '../../src-renderer/src/security/rowSealing';
import type { SaveWork } from './saveCeiling';

type Row = Record<string, unknown>;
const DEVICE_ID = '0190f000-0000-7000-8000-00000000000d';

export function requiredSaveWork(): SaveWork {
  const keys = deriveKeys(crypto.getRandomValues(new Uint8Array(32)));
  let prevHash = GENESIS_HASH;
  let seq = 0;

  return {
    // The case page has read the row before the save, as the put anchor reads it before its
    // clock: its envelope was opened then and is in the memo. A row this round has not stored
    // sealed yet is sealed here, so that inside it is opened as a stored row would be.
    prepare: (current) => {
      const row = current as Row;
      if (!isSealedRow(row)) return sealRow(keys, 'cases', row, current.id) as CaseRecord;
      openRow(keys, 'cases', row, current.id);
      return current;
    },
    open: (stored, prepared) => {
      const row = (isSealedRow(stored) ? stored : prepared) as Row;
      return openRow(keys, 'cases', row, stored.id) as CaseRecord;
    },
    validate: (next) => {
      const parsed = caseCardSchema.safeParse(pickCard(next));
      if (!parsed.success) throw new Error('the edited case does not validate');
    },
    sealCase: (next: CaseRecord) => sealRow(keys, 'cases', next, next.id),
    sealOutbox: (row) => sealRow(keys, 'outbox', row, row.deviceSeq),
    audit: (row) => {
      const diff = row.diff as { before: Row; after: Row };
      const entry = {
        seq: ++seq,
        id: crypto.randomUUID(),
        at: row.at as string,
        userId: 'user-1',
        deviceId: DEVICE_ID,
        action: 'case.update',
        entity: 'case',
        entityId: row.entityId as string,
        success: true,
        diff: { before: redactCaseForAudit(diff.before), after: redactCaseForAudit(diff.after) },
        prevHash,
      };
      const hash = hashAuditEntrySync(entry);
      prevHash = hash;
      // The raw audit table numbers its rows itself (rawSaves wrote some before this ran).
      const { seq: _numbered, ...stored } = entry;
      return { ...stored, hash };
    },
  };
}
