/**
 * PGlite is a single-process database: two processes opening one data folder corrupt it. The
 * server and the admin CLI both take this lock, so running `server:admin` against a running
 * embedded server fails with a clear message instead. (PostgreSQL needs no lock.)
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Returns the function that releases the lock. */
export function lockDataDir(dataDir: string, holder: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'jianhu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid} ${holder}\n`);
      closeSync(fd);
      return () => {
        rmSync(path, { force: true });
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const [pidText, other] = readFileSync(path, 'utf8').trim().split(' ');
      const pid = Number(pidText);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        throw new Error(
          `${dataDir} is in use by ${other ?? 'another process'} (pid ${pid}); stop it first, or use PostgreSQL`,
          {
            cause: error,
          },
        );
      }
      rmSync(path, { force: true }); // left behind by a process that died
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
