/**
 * The closest design to the save's target: the save's ceiling (saveCeiling.ts) plus the work the
 * rules require of every save, done with the app's own primitives and nothing around them:
 * - the stored row's sensitive values opened (AES-256-GCM, security/cipher.ts), as a read must:
 *   from memory when the envelope is the one the case page opened before the save, as the app's
 *   sealed-row memo (security/sealedMemo.ts) does;
 * - the edited case validated against the case card's schema (bad input is refused, not stored);
 * - the outbox row's patch sealed (encryption at rest, issue 9), and the row's sensitive values
 *   too unless they are exactly those just opened: then, as the app's sealed-row memo does, the
 *   envelope read is stored again (an edit of the facts seals no personal data anew);
 * - the audit entry's diff redacted and the entry hashed onto the chain (SHA-256, audit/auditHash).
 * Left out, so this stays a lower bound: the lookup hashes of ID numbers and phones, Dexie's
 * middleware, the write queue, the changed-fields check and the search index being told.
 */
import { caseCardSchema, type CaseRecord } from '../../src-shared/domain/caseCard';
import { redactCaseForAudit } from '../../src-shared/domain/mask';
import { GENESIS_HASH, hashAuditEntrySync } from '../../src-shared/audit/auditHash';
import { sealedPathsOf, takeSealedValues } from '../../src-shared/security/sealedFields';
import { pickCard } from '../../src-renderer/src/db/caseFields';
import { openBytes, sealBytes, type Envelope } from '../../src-renderer/src/security/cipher';
import { rowAad } from '../../src-renderer/src/security/preSealing';
import { ceilingSaves, type SaveWork } from './saveCeiling';

type Row = Record<string, unknown>;
const SEALED = '_sealed';
const DEVICE_ID = '0190f000-0000-7000-8000-00000000000d';

function requiredSaveWork(): SaveWork {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let prevHash = GENESIS_HASH;
  let seq = 0;
  let opened: { id: unknown; text: string; envelope: Envelope } | null = null;

  const seal = (table: string, row: Row, primaryKey: unknown): Row => {
    const { clear, values, count } = takeSealedValues(row, sealedPathsOf(table, row));
    if (count === 0) return row;
    const text = JSON.stringify(values);
    const isAsOpened = opened !== null && opened.id === primaryKey && opened.text === text;
    const envelope = isAsOpened
      ? opened!.envelope
      : sealBytes(key, encoder.encode(text), rowAad(table, primaryKey));
    return { ...clear, [SEALED]: envelope };
  };

  const openStored = (id: unknown, envelope: Envelope): string => {
    const plain = openBytes(key, envelope, rowAad('cases', id));
    if (plain === null) throw new Error('the stored row does not open');
    return decoder.decode(plain);
  };

  return {
    // The case page has read the row before the save, as the put anchor reads it before its
    // clock: its envelope was opened then (or, for a row this round has not stored sealed yet,
    // made then) and is remembered, as the app's memo remembers it.
    prepare: (current) => {
      const row = current as Row;
      const stored = row[SEALED] as Envelope | undefined;
      if (stored !== undefined) {
        opened = { id: current.id, text: openStored(current.id, stored), envelope: stored };
        return stored;
      }
      const { values } = takeSealedValues(row, sealedPathsOf('cases', row));
      const text = JSON.stringify(values);
      const envelope = sealBytes(key, encoder.encode(text), rowAad('cases', current.id));
      opened = { id: current.id, text, envelope };
      return envelope;
    },
    // Inside: the envelope read is the one remembered (else it is opened), and its values parsed.
    open: (current, prepared) => {
      const stored = ((current as Row)[SEALED] ?? prepared) as Envelope;
      const isRemembered =
        opened !== null && opened.id === current.id && sameEnvelope(opened.envelope, stored);
      const text = isRemembered ? opened!.text : openStored(current.id, stored);
      JSON.parse(text);
      opened = { id: current.id, text, envelope: stored };
    },
    validate: (next) => {
      const parsed = caseCardSchema.safeParse(pickCard(next));
      if (!parsed.success) throw new Error('the edited case does not validate');
    },
    sealCase: (next: CaseRecord) => seal('cases', next, next.id),
    sealOutbox: (row) => seal('outbox', row, row.deviceSeq),
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

/** The same edits as the ceiling, with the work every save must do (see the file comment). */
export function closestSaves(n: number, seed: number): Promise<number[]> {
  return ceilingSaves(n, seed, requiredSaveWork());
}

function sameEnvelope(a: Envelope, b: Envelope): boolean {
  return sameBytes(a.iv, b.iv) && sameBytes(a.ct, b.ct);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
