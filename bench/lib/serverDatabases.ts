/**
 * Runs a measurement on a fresh server database of each kind: embedded PGlite in a temporary data
 * folder, then PostgreSQL in a schema of its own (dropped afterwards) when DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src-server/db/db';
import { openDatabase } from '../../src-server/db/openDatabase';
import { dropPostgresSchema } from '../../src-server/db/postgresDb';

/** Resolves to false when PostgreSQL was not measured (no DATABASE_URL). */
export async function onEachServerDatabase(
  measure: (kind: 'PGlite' | 'PostgreSQL', db: Db) => Promise<void>,
): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'jianhu-bench-'));
  try {
    const db = await openDatabase({ dataDir: dir });
    try {
      await measure('PGlite', db);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL;
  if (!url) return false;
  const schema = `jianhu_bench_${randomBytes(4).toString('hex')}`;
  const db = await openDatabase({ databaseUrl: url, schema });
  try {
    await measure('PostgreSQL', db);
  } finally {
    await db.close();
    await dropPostgresSchema(url, schema);
  }
  return true;
}
