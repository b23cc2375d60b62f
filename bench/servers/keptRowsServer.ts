/**
 * Child process: the second ceiling — "set-based INSERT of the rows the server keeps". Bare
 * Fastify (no plugins, no validation) on the app's REAL schema (openDatabase: every migration,
 * index, foreign key and the server_seq sequence), writing for each change of a push exactly the
 * rows the app's push writes for a case create (src-server/sync/applyPush.ts, writePush.ts), in
 * ONE transaction per request:
 *
 * - `records`: the record (rev 1, data = the patch, data_bytes, server_seq from the sequence);
 * - `record_versions`: its version (op, device time; no patch and no prior data, as for a create
 *   since migration 0008);
 * - `applied_changes`: the first answer `{status: 'applied', changeId, rev: 1}` and a content hash;
 * - per request, the device row (last_seq, last_push_at, last_seen_at) and one `server_audit` row.
 *
 * Left out, because they keep no row: authentication (the token lookup), the unit lock, loading
 * the push's state, zod, the decisions, canonical JSON and SHA-256 (the hash column gets a fixed
 * text). data_bytes is the byte length of the JSON text that is sent anyway.
 *
 * BENCH_CHECKED=1 adds the checks the rules require of each change (keptRowsChecks.ts) and
 * stores the real content hashes: the closest design to the app's push. Like the app, it checks
 * the push in steps of 100, each while the database writes the step before.
 *
 * No token: the device is enrolled once at start-up with the server's own enrolDevice (so the
 * devices, enrollment_codes and audit rows are the real ones) and every push is written as it.
 * The app updates last_seen_at in a statement of its own before the transaction; here it is set
 * by the transaction's one device update: the same row, one statement fewer.
 *
 * Write step: one statement per table per request (500 rows each), where the app writes 100 per
 * statement. Its step exists to overlap its planning (this process's CPU) with the database's
 * write of the step before; with nothing to plan there is nothing to overlap, and issue 14
 * measured that 5 statements per push cost the database the same CPU as 1. One per table also
 * matches the bare INSERT, so the two ceilings differ only in the rows and indexes written.
 *
 * Takes the app's push body (`{changes: [...]}`) at POST /push and answers `{stored: n}`. Runs on
 * PGlite in BENCH_DATA_DIR or PostgreSQL (BENCH_DATABASE_URL, schema BENCH_SCHEMA, dropped on stop).
 * Opened as the app opens it, PGlite gets the app's small memory settings (pgliteDb.ts), which
 * the bare INSERT's PGlite (its defaults) does not: on PGlite the two ceilings differ in that too.
 */
import Fastify from 'fastify';
import { issueEnrollmentCode } from '../../src-server/admin/adminCommands';
import { writeAudit } from '../../src-server/audit/writeAudit';
import { enrollDevice } from '../../src-server/auth/enrollDevice';
import type { Db, Queryable } from '../../src-server/db/db';
import { openDatabase } from '../../src-server/db/openDatabase';
import { dropPostgresSchema } from '../../src-server/db/postgresDb';
import { UNIT_CODE } from '../shared/demoData';
import { createBenchUnits } from './benchUnits';
import { checkedChanges } from './keptRowsChecks';
import { announce, env, onStop } from './serverMain';

/** A change as the push sends it; taken on trust (no validation), as the bare INSERT does. */
type Change = {
  changeId: string;
  deviceSeq: number;
  entity: string;
  entityId: string;
  op: string;
  deviceTime: string;
  patch: unknown;
};

/** applied_changes.content_hash must be 64 hex digits (migration 0005): a fixed one, not hashed. */
const FIXED_HASH = '0'.repeat(64);

// As the bare INSERT, a record already stored is left alone rather than failing the request.
const INSERT_RECORDS = `
insert into records (unit_code, entity, entity_id, rev, data, data_bytes, deleted, created_at, updated_at, server_seq, last_change_id)
select $1, t.entity, t.entity_id, 1, t.data, t.data_bytes, false, $2::timestamptz, $2::timestamptz, nextval('server_seq'), t.change_id
  from unnest($3::text[], $4::text[], $5::jsonb[], $6::int4[], $7::uuid[]) as t(entity, entity_id, data, data_bytes, change_id)
on conflict do nothing`;

const INSERT_VERSIONS = `
insert into record_versions (unit_code, entity, entity_id, rev, op, deleted, patch, prior_data, change_id, device_id, device_time, received_at)
select $1, t.entity, t.entity_id, 1, t.op, false, null, null, t.change_id, $2, t.device_time, $3::timestamptz
  from unnest($4::text[], $5::text[], $6::text[], $7::uuid[], $8::timestamptz[]) as t(entity, entity_id, op, change_id, device_time)`;

// The first answer is built by the database: the app sends it as JSON, but it is the same row.
const INSERT_ANSWERS = `
insert into applied_changes (change_id, device_id, device_seq, status, result, received_at, content_hash)
select t.change_id, $1, t.device_seq, 'applied', jsonb_build_object('status', 'applied', 'changeId', t.change_id, 'rev', 1),
       $2::timestamptz, t.content_hash
  from unnest($3::uuid[], $4::int8[], $5::text[]) as t(change_id, device_seq, content_hash)`;

const UPDATE_DEVICE = `
update devices set last_seq = greatest(last_seq, $2::int8), last_push_at = $3::timestamptz, last_seen_at = $3::timestamptz
 where id = $1`;

async function openBenchDb(): Promise<Db> {
  const url = env('BENCH_DATABASE_URL');
  const schema = env('BENCH_SCHEMA');
  return openDatabase(
    url
      ? { databaseUrl: url, ...(schema ? { schema } : {}) }
      : { dataDir: env('BENCH_DATA_DIR') ?? '' },
  );
}

/** The units and one enrolled device of the county, made by the server's own commands. */
async function enrolledDevice(db: Db): Promise<string> {
  const now = new Date();
  await createBenchUnits(db, now);
  const { code } = await issueEnrollmentCode(db, { unitCode: UNIT_CODE }, now);
  return (await enrollDevice(db, { code }, now)).deviceId;
}

async function writeRecords(tx: Queryable, changes: readonly Change[], at: string) {
  const texts = changes.map((c) => JSON.stringify(c.patch));
  await tx.query(INSERT_RECORDS, [
    UNIT_CODE,
    at,
    changes.map((c) => c.entity),
    changes.map((c) => c.entityId),
    texts,
    texts.map((text) => Buffer.byteLength(text)),
    changes.map((c) => c.changeId),
  ]);
}

async function writeVersions(
  tx: Queryable,
  changes: readonly Change[],
  device: string,
  at: string,
) {
  await tx.query(INSERT_VERSIONS, [
    UNIT_CODE,
    device,
    at,
    changes.map((c) => c.entity),
    changes.map((c) => c.entityId),
    changes.map((c) => c.op),
    changes.map((c) => c.changeId),
    changes.map((c) => c.deviceTime),
  ]);
}

async function writeAnswers(
  tx: Queryable,
  changes: readonly Change[],
  hashes: readonly string[],
  device: string,
  at: string,
) {
  await tx.query(INSERT_ANSWERS, [
    device,
    at,
    changes.map((c) => c.changeId),
    changes.map((c) => c.deviceSeq),
    hashes,
  ]);
}

/** The device's high-water mark and contact times, and the push's audit row, as the app keeps them. */
async function writeDeviceAndAudit(
  tx: Queryable,
  changes: readonly Change[],
  device: string,
  now: Date,
) {
  const maxSeq = changes.reduce((max, c) => Math.max(max, c.deviceSeq), 0);
  await tx.query(UPDATE_DEVICE, [device, maxSeq, now.toISOString()]);
  await writeAudit(tx, {
    at: now,
    actor: 'device',
    deviceId: device,
    unitCode: UNIT_CODE,
    action: 'sync.push',
    detail: { applied: changes.length, duplicate: 0, conflict: 0, rejected: 0 },
  });
}

function onTrust(changes: readonly Change[]): string[] {
  return changes.map(() => FIXED_HASH);
}

/** The rows of `changes`, one statement per table. */
async function writeChanges(
  tx: Queryable,
  changes: readonly Change[],
  hashes: readonly string[],
  device: string,
  at: string,
): Promise<readonly Change[]> {
  await writeRecords(tx, changes, at);
  await writeVersions(tx, changes, device, at);
  await writeAnswers(tx, changes, hashes, device, at);
  return changes;
}

/** Changes checked and written per step in checked mode, as the app's push does (applyPush.ts). */
const CHECK_STEP = 100;

/**
 * Checked mode: each step of the push is checked while the database writes the step before, as
 * the app overlaps its planning with its writes; the whole push is in one transaction, and a
 * refused change fails it. Resolves to every change once all steps are written.
 */
async function checkedSteps(
  body: { changes: unknown },
  write: (step: { changes: Change[]; hashes: string[] }) => Promise<unknown>,
): Promise<Change[]> {
  if (!Array.isArray(body.changes)) throw new Error('push body refused: no changes');
  const all: Change[] = [];
  let written: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < body.changes.length; i += CHECK_STEP) {
    const step = checkedChanges({ changes: body.changes.slice(i, i + CHECK_STEP) });
    all.push(...step.changes);
    written = written.then(() => write(step));
    // Awaited below; a failing step must not crash the process while the next is checked.
    written.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await written;
  return all;
}

async function main(): Promise<void> {
  const db = await openBenchDb();
  const device = await enrolledDevice(db);

  const app = Fastify({ logger: false, bodyLimit: 20 * 1024 * 1024 });
  const isChecked = env('BENCH_CHECKED') === '1';
  app.post('/push', async (request) => {
    const now = new Date();
    const at = now.toISOString();
    const body = request.body as { changes: Change[] };
    const written = await db.transaction(async (tx) => {
      const changes = isChecked
        ? await checkedSteps(body, (step) =>
            writeChanges(tx, step.changes, step.hashes, device, at),
          )
        : await writeChanges(tx, body.changes, onTrust(body.changes), device, at);
      await writeDeviceAndAudit(tx, changes, device, now);
      return changes;
    });
    return { stored: written.length };
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  announce({ url: address });

  onStop(async () => {
    await app.close();
    await db.close();
    const url = env('BENCH_DATABASE_URL');
    const schema = env('BENCH_SCHEMA');
    if (url && schema) await dropPostgresSchema(url, schema);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
