/**
 * Several stateless server processes on one PostgreSQL schema: devices of a unit push through all
 * of them at once (round-robin per request), and one process is killed with SIGKILL mid-push. The
 * devices retry on another; afterwards nothing is lost, nothing stored twice, and each device's
 * last sequence is its last change. Also measures changes/s through one process and through
 * three in the same run (src-server/OPERATIONS.md, "Scale-out and sizing").
 *
 * PostgreSQL only: PGlite is one process's embedded database, so there is nothing to scale out.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueEnrollmentCode } from '../../../src-server/admin/adminCommands';
import { enrollDevice } from '../../../src-server/auth/enrollDevice';
import type { Db } from '../../../src-server/db/db';
import { dropPostgresSchema, openPostgresDb } from '../../../src-server/db/postgresDb';
import type { PushChange } from '../../../src-shared/sync/push';
import { FINAL_CLAIMS, outboxOf, pushOutbox, type PushTally } from './helpers/pushingDevice';
import { startServerProcess, type ServerProcess } from './helpers/serverProcesses';
import { UNITS, seedUnits } from './helpers/testEnv';

const DATABASE_URL = process.env.DATABASE_URL;
const BATCH = 30;
/** Cases per device in the throughput runs (3 changes each). */
const RECORDS = 80;

type Device = { id: string; token: string; changes: PushChange[] };

/** The same database URL with every session's search_path set to `schema`. */
function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

describe.skipIf(DATABASE_URL === undefined)(
  'scale-out: 3 server processes on one PostgreSQL schema (PostgreSQL only; skipped on PGlite, when DATABASE_URL is unset)',
  () => {
    const databaseUrl = DATABASE_URL ?? '';
    const schema = `jianhu_test_${randomBytes(6).toString('hex')}`;
    let db: Db;
    let servers: ServerProcess[] = [];

    beforeAll(async () => {
      // An empty schema: the three processes start together and migrate it at the same moment.
      db = await openPostgresDb({ connectionString: databaseUrl, schema });
      const env = { DATABASE_URL: urlWithSchema(databaseUrl, schema) };
      const started = await Promise.allSettled([0, 1, 2].map(() => startServerProcess(env)));
      // Those that started are stopped by afterAll even when another failed.
      servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      for (const s of started) if (s.status === 'rejected') throw s.reason;
      await seedUnits(db);
    }, 80_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await db.close();
      await dropPostgresSchema(databaseUrl, schema);
    }, 30_000);

    /** Enrolled in the database directly: the enrolment route's rate limit (10/min) is not under test. */
    async function enrol(unitCode: string, records: number): Promise<Device> {
      const { code } = await issueEnrollmentCode(db, { unitCode }, new Date());
      const { deviceId, token } = await enrollDevice(db, { code }, new Date());
      return { id: deviceId, token, changes: outboxOf(records, `${unitCode}-${deviceId}`) };
    }

    /** Every device's outbox at once; `pick` chooses the server of each request. */
    async function pushAll(
      devices: readonly Device[],
      pick: () => string,
      onSettled?: (url: string) => void,
    ) {
      const started = performance.now();
      const tallies = await Promise.all(
        devices.map((d) =>
          pushOutbox(d.token, d.changes, BATCH, pick, onSettled ? { onSettled } : {}),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      const changes = devices.reduce((n, d) => n + d.changes.length, 0);
      return { tallies, perSecond: Math.round(changes / seconds) };
    }

    /** Round-robin over the servers still in `alive`. */
    function roundRobin(alive: readonly ServerProcess[]): () => string {
      let next = 0;
      return () => {
        const server = alive[next++ % alive.length];
        return server?.url ?? '';
      };
    }

    /** Each device's changes stored exactly once, its records in their final state, its lastSeq. */
    async function expectStoredOnce(devices: readonly Device[], tallies: readonly PushTally[]) {
      for (const [i, device] of devices.entries()) {
        const ids = device.changes.map((c) => c.changeId);
        const [row] = await db.query(
          `select (select count(*) from applied_changes where device_id = $1 and status = 'applied')::int as answers,
                  (select count(*) from record_versions where device_id = $1)::int as versions,
                  (select count(distinct change_id) from record_versions where device_id = $1)::int as distinct_versions,
                  (select count(*) from record_versions where change_id = any($2::uuid[]))::int as known_versions,
                  (select last_seq from devices where id = $1)::int as last_seq`,
          [device.id, ids],
        );
        expect(row).toEqual({
          answers: ids.length,
          versions: ids.length,
          distinct_versions: ids.length,
          known_versions: ids.length,
          last_seq: device.changes.at(-1)?.deviceSeq,
        });
        expect(tallies[i]?.lastSeq).toBe(device.changes.at(-1)?.deviceSeq);
        const finals = await db.query(
          `select count(*)::int as n from records where entity_id = any($1::text[]) and rev = 3 and data->>'claims' = $2`,
          [device.changes.map((c) => c.entityId), FINAL_CLAIMS],
        );
        expect(finals).toEqual([{ n: device.changes.length / 3 }]);
      }
    }

    it('pushes the same workload through 1 process and through 3, storing everything once', async () => {
      // Three county units, so the unit-row lock (pushes of one unit take turns) is not the bound.
      const units = [UNITS.yaohai, UNITS.luyang, UNITS.jinghu];
      const group = () => Promise.all(units.flatMap((u) => [enrol(u, RECORDS), enrol(u, RECORDS)]));
      const [warm, one, three] = [await group(), await group(), await group()];
      await pushAll(warm, roundRobin(servers));
      const first = servers.slice(0, 1);
      const single = await pushAll(one, roundRobin(first));
      const spread = await pushAll(three, roundRobin(servers));
      console.log(
        `scale-out throughput: 1 process ${String(single.perSecond)} changes/s, 3 processes ${String(spread.perSecond)} changes/s (${String(one.length)} devices × ${String(one[0]?.changes.length)} changes, batches of ${String(BATCH)}, ${String(cpus().length)} cores, load ${loadavg()[0]?.toFixed(1) ?? '?'})`,
      );
      for (const run of [single, spread]) {
        expect(run.tallies.map((t) => t.serverErrors + t.retries)).toEqual(one.map(() => 0));
      }
      await expectStoredOnce(one, single.tallies);
      await expectStoredOnce(three, spread.tallies);
    }, 80_000);

    it('loses and doubles nothing when one of 3 processes is killed with SIGKILL mid-push', async () => {
      const devices = await Promise.all([0, 1, 2, 3, 4, 5].map(() => enrol(UNITS.yaohai, 60)));
      const alive = [...servers];
      const victim = alive[1];
      let requests = 0;
      let inFlightAtKill = -1;
      // Requests sent to the victim and not yet answered or cut.
      let victimInFlight = 0;
      const killed: Promise<void>[] = [];
      const rr = roundRobin(alive);
      const pick = () => {
        const url = rr();
        requests += 1;
        if (url === victim?.url) {
          victimInFlight += 1;
          // One round of requests in, a request to the victim is under way: kill it now.
          if (requests > devices.length && killed.length === 0) {
            killed.push(
              new Promise((resolve) => setTimeout(resolve, 15)).then(() => {
                inFlightAtKill = victimInFlight;
                // The balancer stops sending to it; what was in flight is cut.
                alive.splice(alive.indexOf(victim), 1);
                return victim.kill();
              }),
            );
          }
        }
        return url;
      };
      const run = await pushAll(devices, pick, (url) => {
        if (url === victim?.url) victimInFlight -= 1;
      });
      await Promise.all(killed);
      console.log(
        `scale-out, one unit, one of 3 processes killed: ${String(run.perSecond)} changes/s (${String(devices.length)} devices × ${String(devices[0]?.changes.length)} changes)`,
      );
      expect(inFlightAtKill).toBeGreaterThan(0);
      expect(run.tallies.reduce((n, t) => n + t.retries, 0)).toBeGreaterThan(0);
      expect(run.tallies.map((t) => t.serverErrors)).toEqual(devices.map(() => 0));
      await expectStoredOnce(devices, run.tallies);
      servers = servers.filter((s) => s !== victim);
    }, 80_000);
  },
);
