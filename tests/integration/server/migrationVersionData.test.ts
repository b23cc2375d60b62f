/**
 * Migration 0008 on a database at the schema before it (0007), holding versions the way the old
 * writer stored them (every version with its whole data): after it, every version reads the same
 * — as text, through record_version_data, and as the push loads it to merge — and a merge at an
 * old base gives the base value it gave before. A database whose versions cannot be rebuilt
 * exactly is refused and left as it was.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { issueEnrollmentCode } from '../../../src-server/admin/adminCommands';
import type { Db } from '../../../src-server/db/db';
import { listMigrations, migrate } from '../../../src-server/db/migrate';
import { pgliteAsDb } from '../../../src-server/db/pgliteDb';
import { dropPostgresSchema, openPostgresDb } from '../../../src-server/db/postgresDb';
import { loadPushState, recordKey } from '../../../src-server/sync/pushState';
import { enrollResponseSchema } from '../../../src-shared/sync/enroll';
import type { PushChange } from '../../../src-shared/sync/push';
import { caseData, update } from './helpers/changes';
import type { Backend } from './helpers/testEnv';
import { BACKENDS, UNITS, seedUnits, sendRequest, startServer } from './helpers/testEnv';

const BEFORE_0008 = listMigrations().filter((m) => m.version < 8);

async function openAt0007(backend: Backend): Promise<{ db: Db; close: () => Promise<void> }> {
  let db: Db;
  let drop: () => Promise<void> = () => Promise.resolve();
  if (backend === 'pglite') {
    db = pgliteAsDb(await PGlite.create());
  } else {
    const url = process.env.DATABASE_URL ?? '';
    const schema = `jianhu_test_${randomBytes(6).toString('hex')}`;
    db = await openPostgresDb({ connectionString: url, schema });
    drop = () => dropPostgresSchema(url, schema);
  }
  await migrate(db, BEFORE_0008);
  await seedUnits(db);
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/** One state of a record as the old writer stored it: its data as JSON text, exactly. */
type OldVersion = { op: string; data: string; deleted?: boolean; patch?: string | null };

/** Versions 1…n and the record at n, as the writer before 0008 wrote them. */
async function storeOld(db: Db, unit: string, entity: string, id: string, versions: OldVersion[]) {
  for (const [i, v] of versions.entries()) {
    await db.query(
      `insert into record_versions (unit_code, entity, entity_id, rev, op, data, deleted, patch,
                                    change_id, device_id, device_time, received_at)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9, $10, now(), now())`,
      [
        unit,
        entity,
        id,
        i + 1,
        v.op,
        v.data,
        v.deleted ?? false,
        v.patch ?? null,
        randomUUID(),
        randomUUID(),
      ],
    );
  }
  const last = versions.at(-1);
  await db.query(
    `insert into records (unit_code, entity, entity_id, rev, data, deleted, created_at, updated_at,
                          server_seq, last_change_id)
     values ($1, $2, $3, $4, $5::jsonb, $6, now(), now(), nextval('server_seq'), $7)`,
    [unit, entity, id, versions.length, last?.data ?? '{}', last?.deleted ?? false, randomUUID()],
  );
}

const CASE = caseData({ claims: '请求一', facts: '事实一' });
const json = (over: Record<string, unknown>) => JSON.stringify({ ...CASE, ...over });

async function storeHistories(db: Db): Promise<void> {
  await storeOld(db, UNITS.yaohai, 'case', 'm-1', [
    { op: 'create', data: json({}) },
    { op: 'update', data: json({ claims: '请求二' }), patch: '{"claims":"请求二"}' },
    {
      op: 'update',
      data: json({ claims: '请求二', facts: '事实二' }),
      patch: '{"facts":"事实二"}',
    },
    { op: 'delete', data: json({ claims: '请求二', facts: '事实二' }), deleted: true },
    { op: 'restore', data: json({ claims: '请求二', facts: '事实二' }) },
    {
      op: 'update',
      data: json({ claims: '请求三', facts: '事实二' }),
      patch: '{"claims":"请求三"}',
    },
  ]);
  // The same id in another county: its own history, never mixed with the first.
  await storeOld(db, UNITS.luyang, 'case', 'm-1', [
    { op: 'create', data: json({ title: '庐阳案' }) },
    {
      op: 'update',
      data: json({ title: '庐阳案', claims: '庐阳请求' }),
      patch: '{"claims":"庐阳请求"}',
    },
  ]);
  await storeOld(db, UNITS.yaohai, 'case', 'm-2', [
    { op: 'create', data: json({ title: '只建未改' }) },
  ]);
  // Numbers jsonb keeps as written (1.0 stays "1.0", a long integer stays whole), text beyond
  // the BMP, nesting, an empty object; then an edit jsonb finds equal but whose text differs.
  const odd =
    '{"n": 1.0, "big": 123456789012345678901234567890, "tiny": 1e-30, "s": "𠮷😀", "o": {"a": [1, {"b": null}], "e": {}}}';
  await storeOld(db, UNITS.yaohai, 'workflow', 'w-1', [
    { op: 'create', data: odd },
    { op: 'update', data: odd.replace('1.0', '1'), patch: '{"n": 1}' },
    { op: 'update', data: '{"n": 2}', patch: '{"n": 2}' },
  ]);
  await storeOld(
    db,
    UNITS.yaohai,
    'lead',
    'l-1',
    Array.from({ length: 30 }, (_, i) => ({
      op: i === 0 ? 'create' : 'update',
      data: JSON.stringify({ title: '线索', status: i % 2 === 0 ? 'new' : 'verifying', n: i }),
    })),
  );
}

const VERSION_ORDER = 'order by unit_code, entity, entity_id, rev';

describe.each(BACKENDS)('migration 0008 on %s', (backend) => {
  it('reads every version the same after the migration, and merges at an old base as before', async () => {
    const { db, close } = await openAt0007(backend);
    try {
      await storeHistories(db);
      const before = await db.query(
        `select unit_code, entity, entity_id, rev, data::text as text, data from record_versions ${VERSION_ORDER}`,
      );
      expect(await migrate(db)).toEqual([8, 9]);

      const after = await db.query(
        `select unit_code, entity, entity_id, rev, data::text as text, data from record_version_data ${VERSION_ORDER}`,
      );
      expect(after).toEqual(before);
      const columns = await db.query(
        `select column_name from information_schema.columns
          where table_schema = current_schema() and table_name = 'record_versions'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('data');

      // What a push loads to merge: every version of each record from rev 1.
      let compared = 0;
      for (const unitCode of [UNITS.yaohai, UNITS.luyang]) {
        const ids = [
          ...new Set(
            before
              .filter((r) => r.unit_code === unitCode)
              .map((r) => `${String(r.entity)}/${String(r.entity_id)}`),
          ),
        ];
        const changes = ids.map((key, i) => {
          const [entity, entityId] = key.split('/');
          return {
            ...update(i + 1, entityId ?? '', 1, {}),
            entity: entity as PushChange['entity'],
          };
        });
        const state = await db.transaction((tx) =>
          loadPushState(tx, { id: randomUUID(), unitCode }, changes),
        );
        for (const row of before.filter((r) => r.unit_code === unitCode)) {
          const key = recordKey(String(row.entity), String(row.entity_id));
          // m-2 is at rev 1, which a change at base 1 is not behind: no versions to load.
          if (row.entity_id === 'm-2') continue;
          const loaded = state.versions.get(key)?.find((v) => v.rev === Number(row.rev));
          expect(loaded?.data).toEqual(row.data);
          compared += 1;
        }
      }
      expect(compared).toBe(before.length - 1);

      // A device that edited m-1 at rev 2 (claims 请求二): the server has 请求三 now.
      const { app, url } = await startServer(db);
      try {
        const { code } = await issueEnrollmentCode(db, { unitCode: UNITS.yaohai }, new Date());
        const enrolled = enrollResponseSchema.parse(
          (await sendRequest(`${url}/devices/enroll`, { method: 'POST', body: { code } })).body,
        );
        const reply = await sendRequest(`${url}/sync/push`, {
          method: 'POST',
          token: enrolled.token,
          body: { changes: [update(1, 'm-1', 2, { claims: '请求四', status: 'accepted' })] },
        });
        expect(reply.body).toMatchObject({
          results: [
            {
              status: 'conflict',
              conflicts: [{ field: 'claims', base: '请求二', server: '请求三', client: '请求四' }],
              serverRecord: {
                rev: 7,
                data: { claims: '请求三', facts: '事实二', status: 'accepted' },
              },
            },
          ],
        });
        // The new version's prior data is the old last version's, byte for byte.
        const [prior] = await db.query(
          `select prior_data::text as text from record_versions
            where unit_code = $1 and entity = 'case' and entity_id = 'm-1' and rev = 7`,
          [UNITS.yaohai],
        );
        expect(prior?.text).toBe(
          before.find((r) => r.entity_id === 'm-1' && r.unit_code === UNITS.yaohai && r.rev === 6)
            ?.text,
        );
      } finally {
        await app.close();
      }
    } finally {
      await close();
    }
  }, 120_000);

  it.each([
    [
      'a gap in the versions',
      "delete from record_versions where entity_id = 'm-1' and unit_code = '340102' and rev = 3",
    ],
    [
      'a record changed outside the writer',
      'update records set data = data || \'{"facts": "改"}\' where entity_id = \'m-2\'',
    ],
  ])(
    'refuses a database with %s and leaves it as it was',
    async (_name, damage) => {
      const { db, close } = await openAt0007(backend);
      try {
        await storeHistories(db);
        await db.exec(damage);
        await expect(migrate(db)).rejects.toThrow(/migration 0008: 1 record/);
        const columns = await db.query(
          `select column_name from information_schema.columns
          where table_schema = current_schema() and table_name = 'record_versions'`,
        );
        expect(columns.map((c) => c.column_name)).toContain('data');
        const versions = await db.query('select max(version)::int as v from schema_migrations');
        expect(versions[0]?.v).toBe(7);
      } finally {
        await close();
      }
    },
    120_000,
  );
});
