/**
 * A device's audit chain on the server (`POST /sync/audit`): a chain that continues is stored and
 * acknowledged, a resend changes nothing, and every way of breaking the chain is refused with a
 * 409, stores nothing of the batch and flags the device until an operator clears it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256HexSync } from '../../../src-shared/audit/sha256';
import type { AuditEntryWire } from '../../../src-shared/sync/audit';
import { runAdminCommand } from '../../../src-server/admin/runAdminCommand';
import type { AuditDevice as Device } from './helpers/auditChain';
import {
  GENESIS,
  auditDevices,
  chain,
  edited,
  headOf,
  link,
  localDeviceId,
} from './helpers/auditChain';
import type { TestEnv } from './helpers/testEnv';
import { BACKENDS, UNITS, createTestEnv } from './helpers/testEnv';

describe.each(BACKENDS)('device audit chains on %s', (backend) => {
  let env: TestEnv;
  let devices: ReturnType<typeof auditDevices>;
  beforeAll(async () => {
    env = await createTestEnv(backend);
    devices = auditDevices(env);
  }, 60_000);
  afterAll(async () => {
    await env.close();
  });

  const device = (unitCode?: string) => devices.enroll(unitCode);
  const send = (d: Device, entries: readonly AuditEntryWire[]) => devices.send(d, entries);
  const stored = (d: Device) => devices.stored(d);
  const flagOf = (d: Device) => devices.flagOf(d);
  async function admin(...argv: string[]) {
    const lines: string[] = [];
    const code = await runAdminCommand(argv, {
      db: env.db,
      now: new Date(),
      write: (line) => lines.push(line),
    });
    return { code, out: lines.join('\n') };
  }

  it('stores a chain that continues, acknowledges its head, and keeps entries that re-hash to it', async () => {
    const d = await device();
    const entries = chain(d.localId, 10);
    expect(await send(d, entries.slice(0, 4))).toMatchObject({
      status: 200,
      body: headOf(entries.slice(0, 4)),
    });
    expect(await send(d, entries.slice(4))).toMatchObject({ status: 200, body: headOf(entries) });
    expect(await env.request('/sync/audit', { token: d.token })).toMatchObject({
      status: 200,
      body: { head: headOf(entries), isFlagged: false },
    });
    const rows = await env.db.query(
      'select seq, prev_hash, body, hash from device_audit_entries where device_id = $1 order by seq',
      [d.deviceId],
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(entries.map((e) => e.seq));
    for (const row of rows) {
      expect(sha256HexSync(String(row.prev_hash) + String(row.body))).toBe(row.hash);
    }
    expect(
      await env.count(
        "select count(*)::int as n from server_audit where device_id = $1 and action = 'audit.receive'",
        [d.deviceId],
      ),
    ).toBe(2);
  });

  it('stores a diff holding a NUL, a lone surrogate and odd keys as the exact text that was hashed', async () => {
    const d = await device();
    const [first] = chain(d.localId, 1);
    const diff = { 'k\u0000': 'a\u0000b', s: '\ud800x', n: [1.5, -0, 1e21, null], '': {} };
    const entries = link(GENESIS, [{ ...first!, diff }]);
    expect(await send(d, entries)).toMatchObject({ status: 200, body: headOf(entries) });
    const row = (
      await env.db.query(
        'select prev_hash, body, hash from device_audit_entries where device_id = $1',
        [d.deviceId],
      )
    )[0];
    expect(sha256HexSync(String(row?.prev_hash) + String(row?.body))).toBe(entries[0]?.hash);
  });

  it('answers a resend of stored entries with the same head and stores nothing twice', async () => {
    const d = await device();
    const entries = chain(d.localId, 8);
    await send(d, entries.slice(0, 5));
    expect(await send(d, entries.slice(0, 5))).toMatchObject({
      status: 200,
      body: headOf(entries.slice(0, 5)),
    });
    expect(await send(d, entries.slice(2))).toMatchObject({ status: 200, body: headOf(entries) });
    expect(await stored(d)).toBe(8);
    expect(await flagOf(d)).toBeNull();
  });

  // [what breaks the chain, entries stored first, the batch, the seq and reason of the flag]
  type Break = [string, (d: Device) => [AuditEntryWire[], AuditEntryWire[], number, string]];
  const breaks: Break[] = [
    [
      'an entry whose diff was edited, hash left as it was',
      (d) => {
        const e = chain(d.localId, 6);
        return [e.slice(0, 3), [e[3]!, edited(e[4]!, false), e[5]!], 5, 'hash-mismatch'];
      },
    ],
    [
      'an entry whose diff was edited and its hash re-computed (the next one no longer links)',
      (d) => {
        const e = chain(d.localId, 6);
        return [e.slice(0, 3), [e[3]!, edited(e[4]!, true), e[5]!], 6, 'prev-mismatch'];
      },
    ],
    [
      'a stored entry resent edited, its hash re-computed (history rewritten)',
      (d) => {
        const e = chain(d.localId, 6);
        return [e.slice(0, 4), [edited(e[2]!, true)], 3, 'rewritten'];
      },
    ],
    [
      'a whole rewritten history resent from seq 1, each hash re-computed and linked',
      (d) => {
        const e = chain(d.localId, 4);
        const forged = link(GENESIS, [edited(e[0]!, false), e[1]!, e[2]!, e[3]!]);
        return [e, forged, 1, 'rewritten'];
      },
    ],
    [
      'a batch that starts beyond the head + 1',
      (d) => {
        const e = chain(d.localId, 9);
        return [e.slice(0, 5), e.slice(6), 7, 'gap'];
      },
    ],
    [
      'a batch with a seq missing inside it',
      (d) => {
        const e = chain(d.localId, 5);
        return [[], [e[0]!, e[1]!, e[3]!], 4, 'gap'];
      },
    ],
    [
      'a first entry after the head that links to another hash',
      (d) => {
        const e = chain(d.localId, 5);
        const other = chain(d.localId, 3, { seq: 5, hash: 'a'.repeat(64) });
        return [e, other, 6, 'prev-mismatch'];
      },
    ],
    [
      'entries of another device continuing this device’s chain',
      (d) => {
        const e = chain(d.localId, 3);
        return [e, chain(localDeviceId(9999), 2, headOf(e)), 4, 'foreign-device'];
      },
    ],
  ];

  it.each(breaks)(
    'refuses %s: 409, nothing of the batch stored, the device flagged and audited',
    async (_name, make) => {
      const d = await device();
      const [before, batch, seq, reason] = make(d);
      if (before.length > 0) expect((await send(d, before)).status).toBe(200);
      const reply = await send(d, batch);
      expect(reply).toMatchObject({ status: 409, body: { code: 'audit-chain-broken' } });
      expect(await stored(d)).toBe(before.length);
      expect(await flagOf(d)).toMatchObject({ seq, reason });
      expect(await env.request('/sync/audit', { token: d.token })).toMatchObject({
        body: { head: headOf(before), isFlagged: true },
      });
      expect(
        await env.count(
          "select count(*)::int as n from server_audit where device_id = $1 and action = 'audit.flag'",
          [d.deviceId],
        ),
      ).toBe(1);
    },
  );

  it('refuses a device pushing a chain another active device holds, and lets it once that one is revoked', async () => {
    const owner = await device();
    const entries = chain(owner.localId, 3);
    expect((await send(owner, entries)).status).toBe(200);
    const other = await device(UNITS.luyang);
    expect(await send(other, entries)).toMatchObject({
      status: 409,
      body: { code: 'audit-chain-broken' },
    });
    expect(await flagOf(other)).toMatchObject({ seq: 1, reason: 'foreign-device' });
    expect(await stored(other)).toBe(0);

    // The same workstation enrolled again: the operator revokes its old registration, clears the flag.
    expect((await admin('device:revoke', '--id', owner.deviceId)).code).toBe(0);
    expect((await admin('device:audit-clear', '--id', other.deviceId)).code).toBe(0);
    expect(await send(other, entries)).toMatchObject({ status: 200, body: headOf(entries) });
  });

  it('keeps refusing a flagged device, even a valid continuation, until the operator clears the flag', async () => {
    const d = await device();
    const entries = chain(d.localId, 6);
    await send(d, entries.slice(0, 2));
    expect((await send(d, entries.slice(3))).status).toBe(409);
    for (let i = 0; i < 2; i++) {
      expect(await send(d, entries.slice(2))).toMatchObject({
        status: 409,
        body: { code: 'audit-chain-broken' },
      });
    }
    expect(await stored(d)).toBe(2);
    expect(await flagOf(d)).toMatchObject({ seq: 4, reason: 'gap' });

    const listed = await admin('devices:list', '--flagged');
    expect(listed.out).toMatch(new RegExp(`${d.deviceId}\\s+${UNITS.yaohai}\\s+0\\s+2\\s+FLAGGED`));
    expect(listed.out).toContain('audit chain refused at entry 4 (gap)');

    const cleared = await admin('device:audit-clear', '--id', d.deviceId);
    expect(cleared).toMatchObject({ code: 0 });
    expect(cleared.out).toContain('after entry 2');
    expect(await flagOf(d)).toBeNull();
    expect(await send(d, entries.slice(2))).toMatchObject({ status: 200, body: headOf(entries) });
    expect(await stored(d)).toBe(6);
    expect((await admin('device:audit-clear', '--id', d.deviceId)).code).toBe(2);
    expect(
      await env.count(
        "select count(*)::int as n from server_audit where device_id = $1 and action = 'audit.flag-clear'",
        [d.deviceId],
      ),
    ).toBe(1);
  });
});
