/**
 * Applies the numbered SQL files in ./migrations that the database has not seen yet, in order,
 * each in the same transaction as its row in schema_migrations. Runs at every start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';
import { readNumber } from './row';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_NAME = /^(\d{4})-[a-z0-9-]+\.sql$/;

/** Any constant: only migrations take this advisory lock. */
const MIGRATION_LOCK_KEY = 0x6a69_616e;

export type Migration = { version: number; name: string; sql: string };

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const match = FILE_NAME.exec(name);
      return match?.[1]
        ? [{ version: Number(match[1]), name, sql: readFileSync(`${dir}/${name}`, 'utf8') }]
        : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** Returns the versions it applied. */
export async function migrate(db: Db, migrations = listMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    // Servers starting at once on one fresh PostgreSQL would race on `create table if not exists`
    // (duplicate key in pg_type): they take turns on a transaction-scoped advisory lock first.
    // Keyed by schema too, so test runs migrating schemas of their own do not wait for each other.
    await tx.exec(
      `select pg_advisory_xact_lock(${String(MIGRATION_LOCK_KEY)}, hashtext(current_schema()))`,
    );
    await tx.exec(
      'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
    );
    // Two servers starting at once on one PostgreSQL: the second waits, then finds nothing to do.
    await tx.exec('lock table schema_migrations in exclusive mode');
    const done = new Set(
      (await tx.query('select version from schema_migrations')).map((r) =>
        readNumber(r, 'version'),
      ),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
