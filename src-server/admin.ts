/**
 * `npm run server:admin -- <command>`: operator commands against the same database the server
 * uses (same HOST/PORT-independent settings: JIANHU_DATA_DIR or DATABASE_URL).
 */
import { readServerConfig } from './config';
import { lockDataDir } from './db/dataDirLock';
import { openDatabase } from './db/openDatabase';
import { ADMIN_USAGE, isHelpRequest, runAdminCommand } from './admin/runAdminCommand';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (isHelpRequest(argv)) {
    process.stdout.write(`${ADMIN_USAGE}\n`);
    return 0;
  }
  const config = readServerConfig(process.env);
  const unlock =
    config.databaseUrl === undefined
      ? lockDataDir(config.dataDir, 'server:admin')
      : () => undefined;
  try {
    const db = await openDatabase(
      config.databaseUrl === undefined
        ? { dataDir: config.dataDir }
        : { databaseUrl: config.databaseUrl },
    );
    try {
      return await runAdminCommand(argv, {
        db,
        now: new Date(),
        consoleKey: config.consoleKey,
        write: (line) => process.stdout.write(`${line}\n`),
      });
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `server:admin failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
