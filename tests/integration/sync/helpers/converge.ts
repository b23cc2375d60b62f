/**
 * Bringing every device to rest and checking what rest means: nothing pending, no conflict open,
 * every device holding exactly the server's records, and every change stored exactly once.
 */
import { expect } from 'vitest';
import type { Db } from '../../../../src-server/db/db';
import { canonicalJson } from '../../../../src-shared/sync/merge';
import { updateCase } from '../../../../src-renderer/src/db/cases';
import { listOpenConflicts, markConflictResolved } from '../../../../src-renderer/src/db/conflicts';
import { MetaKey, peekCounter } from '../../../../src-renderer/src/db/meta';
import { readRevisedCases } from '../../../../src-renderer/src/db/revisions';
import { contentOf, type TestDevice } from './syncEnv';

/**
 * The test's person: for every field keeps the value whose canonical JSON sorts last (the same
 * choice whichever device holds the conflict). A conflict on a deleted case keeps the server value.
 */
export async function resolveConflicts(device: TestDevice, now: Date): Promise<boolean> {
  const open = await listOpenConflicts(device.db);
  for (const conflict of open) {
    const patch: Record<string, unknown> = {};
    for (const field of conflict.fields) {
      const [first, second] = [field.server, field.client].sort((x, y) =>
        canonicalJson(x) < canonicalJson(y) ? -1 : 1,
      );
      patch[field.field] = second ?? first;
    }
    await updateCase(device.db, device.actor, conflict.entityId, patch, now);
    await markConflictResolved(
      device.db,
      conflict.id,
      Object.fromEntries(conflict.fields.map((f) => [f.field, 'merged' as const])),
      now,
    );
  }
  return open.length > 0;
}

/** Syncs everyone, round after round, until a round where nobody had anything to send or resolve. */
export async function settle(devices: readonly TestDevice[], maxRounds = 8): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    let isQuiet = true;
    for (const device of devices) {
      if ((await device.db.outbox.count()) > 0) isQuiet = false;
      const status = await device.engine.syncNow();
      if (status.kind === 'error') throw new Error(`${device.name}: sync failed: ${status.code}`);
    }
    for (const device of devices) {
      if (await resolveConflicts(device, new Date())) isQuiet = false;
    }
    if (isQuiet) return;
  }
  throw new Error(`no rest after ${String(maxRounds)} rounds`);
}

type Snapshot = Record<string, { content: unknown; deleted: boolean; rev: number }>;

async function serverSnapshot(db: Db, unitCode: string): Promise<Snapshot> {
  const rows = await db.query(
    "select entity_id, data, deleted, rev from records where unit_code = $1 and entity = 'case'",
    [unitCode],
  );
  return Object.fromEntries(
    rows.map((row) => [
      String(row.entity_id),
      {
        content: contentOf(row.data as Record<string, unknown>),
        deleted: row.deleted === true,
        rev: Number(row.rev),
      },
    ]),
  );
}

async function deviceSnapshot(device: TestDevice): Promise<Snapshot> {
  const rows = await readRevisedCases(
    device.db,
    await device.db.cases.toCollection().primaryKeys(),
  );
  return Object.fromEntries(
    rows.flatMap((r) =>
      r ? [[r.id, { content: contentOf(r), deleted: r.deleted === 1, rev: r.rev }]] : [],
    ),
  );
}

/** Every device holds the server's records; each change is stored once; nothing is left behind. */
export async function expectConverged(
  db: Db,
  unitCode: string,
  devices: readonly TestDevice[],
  sentChangeIds?: ReadonlySet<string>,
): Promise<void> {
  const server = await serverSnapshot(db, unitCode);
  for (const device of devices) {
    expect(await device.db.outbox.count(), `${device.name} outbox`).toBe(0);
    expect(await listOpenConflicts(device.db), `${device.name} conflicts`).toEqual([]);
    expect(await deviceSnapshot(device), `${device.name} records`).toEqual(server);
    // Every change the device ever made was answered exactly once: none lost, none twice.
    const made = (await peekCounter(device.db.meta, MetaKey.nextDeviceSeq)) - 1;
    const stored = await db.query(
      'select change_id, device_seq from applied_changes where device_id = $1 order by device_seq',
      [device.serverDeviceId],
    );
    expect(stored.map((r) => Number(r.device_seq))).toEqual(
      Array.from({ length: made }, (_, i) => i + 1),
    );
    if (sentChangeIds) {
      for (const row of stored) expect(sentChangeIds.has(String(row.change_id))).toBe(true);
    }
  }
  const twice = await db.query(
    `select change_id from record_versions where unit_code = $1
      group by change_id having count(*) > 1`,
    [unitCode],
  );
  expect(twice).toEqual([]);
  const gaps = await db.query(
    `select r.entity_id from records r where r.unit_code = $1 and r.rev <>
       (select count(*) from record_versions v
         where v.unit_code = r.unit_code and v.entity = r.entity and v.entity_id = r.entity_id)`,
    [unitCode],
  );
  expect(gaps).toEqual([]);
}
