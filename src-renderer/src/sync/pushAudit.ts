/**
 * Audit push: the device's hash-chained audit entries go up to `POST /sync/audit` in seq order,
 * after the last seq the server acknowledged (`sync.auditAckedSeq` in meta, kept per server
 * device id so a new enrollment starts from what that server holds). The position moves only
 * after the server's answer, so a crash between the two costs one resend, which the server
 * ignores (the entries it holds, byte for byte).
 *
 * When the position is unknown (first run after enrolling, or after a refusal), `GET /sync/audit`
 * says where the server's copy ends; it is trusted only if this device's entry there has the same
 * hash, otherwise the whole chain is offered again from seq 1 and the server finds where the two
 * differ. A refused chain (`audit-chain-broken`) ends the run; the device is flagged on the server
 * until an administrator clears it.
 *
 * Moving the position is not audited: an entry per acknowledgement would always leave one more
 * entry to send.
 */
import { z } from 'zod';
import type { AuditEntryWire } from '../../../src-shared/sync/audit';
import {
  AUDIT_BATCH_TARGET_BYTES,
  MAX_AUDIT_BATCH,
  auditPushResponseSchema,
  auditStateSchema,
} from '../../../src-shared/sync/audit';
import { readAuditHead } from '../db/audit';
import type { JianhuDb } from '../db/database';
import type { AuditEntry } from '../db/rowTypes';
import type { RunContext } from './runSync';
import { SyncFailure } from './syncFailure';

/** The meta key of the acknowledged audit position. */
export const AUDIT_ACKED_KEY = 'sync.auditAckedSeq';

const ackedSchema = z.object({
  /** The server device the position belongs to: another enrollment starts over. */
  serverDeviceId: z.string(),
  seq: z.number().int().nonnegative(),
});

export type PushAuditContext = Pick<RunContext, 'db' | 'http' | 'serverDeviceId' | 'report'> & {
  /** Entries per request (default and most: MAX_AUDIT_BATCH). */
  auditBatchSize?: number;
};

/** The last seq the server acknowledged to this enrollment; null when unknown. */
export async function readAuditAcked(db: JianhuDb, serverDeviceId: string): Promise<number | null> {
  const parsed = ackedSchema.safeParse((await db.meta.get(AUDIT_ACKED_KEY))?.value);
  return parsed.success && parsed.data.serverDeviceId === serverDeviceId ? parsed.data.seq : null;
}

function writeAuditAcked(db: JianhuDb, value: z.infer<typeof ackedSchema> | null): Promise<void> {
  // Sync bookkeeping in meta only: under the write queue, one transaction.
  return db.writes.run(() =>
    db.transaction('rw', db.meta, async () => {
      if (value === null) await db.meta.delete(AUDIT_ACKED_KEY);
      else await db.meta.put({ key: AUDIT_ACKED_KEY, value });
    }),
  );
}

/** The entry as hashed and sent: exactly the chained fields, nothing the row may carry besides. */
export function toWireEntry(entry: AuditEntry): AuditEntryWire {
  const { seq, id, at, userId, deviceId, action, entity, entityId, success, diff } = entry;
  const { prevHash, hash } = entry;
  return { seq, id, at, userId, deviceId, action, entity, entityId, success, diff, prevHash, hash };
}

const encoder = new TextEncoder();

/** The longest run of entries that stays under the target size; always at least one. */
function takeBatch(entries: readonly AuditEntry[]): AuditEntryWire[] {
  const batch: AuditEntryWire[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const wire = toWireEntry(entry);
    bytes += encoder.encode(JSON.stringify(wire)).byteLength + 1;
    if (batch.length > 0 && bytes > AUDIT_BATCH_TARGET_BYTES) break;
    batch.push(wire);
  }
  return batch;
}

/** Where to start when the acknowledged position is unknown: the server's head, if it is ours. */
async function askServer(ctx: PushAuditContext): Promise<number> {
  const state = await ctx.http.request('GET', '/sync/audit', auditStateSchema);
  if (state.isFlagged) {
    throw new SyncFailure('audit-chain-broken', 'the server refuses this device’s audit chain');
  }
  if (state.head.seq === 0) return 0;
  const local = await ctx.db.audit.get(state.head.seq);
  return local?.hash === state.head.hash ? state.head.seq : 0;
}

/** Sends every entry the server has not acknowledged; resolves to how many were sent. */
export async function pushAudit(ctx: PushAuditContext): Promise<number> {
  const { db, http, serverDeviceId } = ctx;
  const limit = Math.min(ctx.auditBatchSize ?? MAX_AUDIT_BATCH, MAX_AUDIT_BATCH);
  let acked = (await readAuditAcked(db, serverDeviceId)) ?? (await askServer(ctx));
  const total = Math.max(0, (await readAuditHead(db)).seq - acked);
  let sent = 0;
  for (;;) {
    // Entries appended while the run goes on are sent too: the total is only a guide.
    ctx.report('audit', sent, Math.max(sent, total));
    const page = await db.audit.where('seq').above(acked).limit(limit).toArray();
    if (page.length === 0) return sent;
    const batch = takeBatch(page);
    const last = batch.at(-1)?.seq ?? acked;
    let head: z.infer<typeof auditPushResponseSchema>;
    try {
      head = await http.request('POST', '/sync/audit', auditPushResponseSchema, {
        deviceId: serverDeviceId,
        entries: batch,
      });
    } catch (error) {
      // The server's copy and this chain disagree: ask where it ends next time, not from here.
      if (error instanceof SyncFailure && error.code === 'audit-chain-broken')
        await writeAuditAcked(db, null);
      throw error;
    }
    if (head.seq < last) {
      throw new SyncFailure(
        'bad-response',
        'the audit answer acknowledges less than was sent',
        200,
      );
    }
    await writeAuditAcked(db, { serverDeviceId, seq: head.seq });
    sent += batch.length;
    acked = head.seq;
  }
}
