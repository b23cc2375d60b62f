/**
 * The e2e run's provincial server as a real child process the spec starts and stops: "the server
 * is stopped" means no process listens on the port, exactly as a workstation sees an unreachable
 * server. Seeded once (PGlite is single-process: the seed runs before the server, not beside it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { SYNC_DATA_DIR, SYNC_SERVER_ORIGIN } from './syncServer';

const TSX = 'node_modules/tsx/dist/cli.mjs';

export function seedSyncServer(): void {
  const result = spawnSync(process.execPath, [TSX, 'tests/e2e/sync/seedSyncServer.ts'], {
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error(`seeding the e2e server failed (${String(result.status)})`);
}

async function isHealthy(): Promise<boolean> {
  try {
    return (await fetch(`${SYNC_SERVER_ORIGIN}/api/v1/health`)).ok;
  } catch {
    return false;
  }
}

export type ServerProcess = { stop: () => Promise<void> };

export async function startSyncServer(timeoutMs = 60_000): Promise<ServerProcess> {
  const { port } = new URL(SYNC_SERVER_ORIGIN);
  const child: ChildProcess = spawn(process.execPath, [TSX, 'src-server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: port,
      JIANHU_DATA_DIR: SYNC_DATA_DIR,
      // Embedded PGlite whatever the environment says: every run starts from the seeded state.
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + timeoutMs;
  while (!(await isHealthy())) {
    if (child.exitCode !== null)
      throw new Error(`the e2e server exited (${String(child.exitCode)})`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the e2e server did not become healthy');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
