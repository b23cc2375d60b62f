/** Opens the configured database and brings its schema up to date. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db';
import { migrate } from './migrate';
import { openPgliteDb } from './pgliteDb';
import { openPostgresDb } from './postgresDb';

export type DatabaseConfig = {
  /** postgres://… → PostgreSQL through pg; absent → embedded PGlite. */
  databaseUrl?: string;
  /** Data folder; PGlite keeps its files in `<dataDir>/pglite`. Absent with no URL → in memory. */
  dataDir?: string;
  /** PostgreSQL schema to use instead of public (test isolation). */
  schema?: string;
};

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

export async function openDatabase(config: DatabaseConfig): Promise<Db> {
  let db: Db;
  if (isPostgresUrl(config.databaseUrl)) {
    db = await openPostgresDb({
      connectionString: config.databaseUrl,
      ...(config.schema === undefined ? {} : { schema: config.schema }),
    });
  } else if (config.dataDir === undefined) {
    db = await openPgliteDb();
  } else {
    const dir = join(config.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    db = await openPgliteDb(dir);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
