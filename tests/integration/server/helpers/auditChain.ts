/**
 * Audit chains as a device makes them, hashed with the shared code, ways to break them, and
 * enrolled devices that push them to a test server.
 */
import { GENESIS_HASH, hashAuditEntrySync } from '../../../../src-shared/audit/auditHash';
import type { AuditEntryWire, AuditHead } from '../../../../src-shared/sync/audit';
import { listDevices } from '../../../../src-server/admin/adminCommands';
import { UNITS, type TestEnv } from './testEnv';

export const GENESIS: AuditHead = { seq: 0, hash: GENESIS_HASH };

/** A device's own id (UUIDv7-shaped), as its entries carry it. */
export function localDeviceId(n: number): string {
  return `0190d000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

type Draft = Omit<AuditEntryWire, 'seq' | 'prevHash' | 'hash'>;

function draft(deviceId: string, seq: number): Draft {
  return {
    id: `0190e000-0000-7000-8000-${seq.toString(16).padStart(12, '0')}`,
    at: new Date(Date.UTC(2026, 5, 1, 2, 0, seq)).toISOString(),
    userId: 'user-1',
    deviceId,
    action: 'case.update',
    entity: 'case',
    entityId: `case-${String(seq)}`,
    success: true,
    diff: { before: { facts: `原事实 ${String(seq)}` }, after: { facts: `新事实 ${String(seq)}` } },
  };
}

/** Links `drafts` after `head`, hashing each entry as the device does. */
export function link(head: AuditHead, drafts: readonly Draft[]): AuditEntryWire[] {
  let previous = head;
  return drafts.map((d) => {
    const unhashed = { ...d, seq: previous.seq + 1, prevHash: previous.hash };
    const entry = { ...unhashed, hash: hashAuditEntrySync(unhashed) };
    previous = entry;
    return entry;
  });
}

/** `count` entries of device `deviceId` after `head` (default: the genesis). */
export function chain(deviceId: string, count: number, head: AuditHead = GENESIS) {
  return link(
    head,
    Array.from({ length: count }, (_, i) => draft(deviceId, head.seq + 1 + i)),
  );
}

/** The head a list of entries ends at. */
export function headOf(entries: readonly AuditEntryWire[]): AuditHead {
  const last = entries.at(-1);
  return last ? { seq: last.seq, hash: last.hash } : GENESIS;
}

/** The same entry with another diff; its hash re-computed when `rehash` is set. */
export function edited(entry: AuditEntryWire, rehash: boolean): AuditEntryWire {
  const changed = { ...entry, diff: { after: { facts: '被篡改的事实' } } };
  return rehash ? { ...changed, hash: hashAuditEntrySync(changed) } : changed;
}

/** An enrolled device: its server id and token, and the id its own entries carry. */
export type AuditDevice = { deviceId: string; token: string; localId: string };

/** Enrols devices on `env` and reads what the server holds of their chains. */
export function auditDevices(env: TestEnv) {
  let count = 0;
  return {
    enroll: async (unitCode: string = UNITS.yaohai): Promise<AuditDevice> => {
      count += 1;
      const { deviceId, token } = await env.enroll(unitCode);
      return { deviceId, token, localId: localDeviceId(count) };
    },
    send: (d: AuditDevice, entries: readonly AuditEntryWire[]) =>
      env.request('/sync/audit', { method: 'POST', token: d.token, body: { entries } }),
    stored: (d: AuditDevice) =>
      env.count('select count(*)::int as n from device_audit_entries where device_id = $1', [
        d.deviceId,
      ]),
    flagOf: async (d: AuditDevice) =>
      (await listDevices(env.db)).find((x) => x.id === d.deviceId)?.auditFlag,
  };
}
