/**
 * Child process: the provincial server (buildServer, the app's own) on PGlite in BENCH_DATA_DIR
 * or on PostgreSQL (BENCH_DATABASE_URL, schema BENCH_SCHEMA, dropped on stop), rate limits off.
 * Also serves the bench page under /bench/, so the page syncs with its own origin (the server
 * sends no CORS headers). Announces { url, codes } with BENCH_CODES enrollment codes.
 */
import { issueEnrollmentCode } from '../../src-server/admin/adminCommands';
import { buildServer } from '../../src-server/buildServer';
import { openDatabase } from '../../src-server/db/openDatabase';
import { dropPostgresSchema } from '../../src-server/db/postgresDb';
import { UNIT_CODE } from '../shared/demoData';
import { serveBenchPage } from './benchPageRoute';
import { createBenchUnits } from './benchUnits';
import { announce, env, onStop } from './serverMain';

async function main(): Promise<void> {
  const url = env('BENCH_DATABASE_URL');
  const schema = env('BENCH_SCHEMA');
  const db = await openDatabase(
    url
      ? { databaseUrl: url, ...(schema ? { schema } : {}) }
      : { dataDir: env('BENCH_DATA_DIR') ?? '' },
  );
  const now = new Date();
  await createBenchUnits(db, now);
  const codes: string[] = [];
  for (let i = 0; i < Number(env('BENCH_CODES') ?? '2'); i++) {
    codes.push((await issueEnrollmentCode(db, { unitCode: UNIT_CODE }, now)).code);
  }

  const app = await buildServer({ db, logger: false, rateLimit: false });
  serveBenchPage(app);
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  announce({ url: address, codes });

  onStop(async () => {
    await app.close();
    await db.close();
    if (url && schema) await dropPostgresSchema(url, schema);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
