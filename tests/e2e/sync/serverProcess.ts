/**
 * An e2e run's provincial server as a real child process the spec starts and stops: "the server
 * is stopped" means no process listens on the port, exactly as a workstation sees an unreachable
 * server. Seeded once (PGlite is single-process: the seed runs before the server, not beside it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYNC_SERVER, type E2eServer } from './syncServer';
import { exitWithParent } from '../../helpers/exitWithParent';
import { E2E_SLOT, WEB_ORIGIN } from '../e2eSlot';

const TSX = 'node_modules/tsx/dist/cli.mjs';
/** SIGTERM lets requests in flight finish (10 s at most, src-server/README.md); then it is killed. */
const STOP_GRACE_MS = 12_000;

export type SeedOptions = {
  /** A model's lead list (the `leads:import` file's content), imported into 瑶海. */
  leads?: unknown;
  /** Makes the first console account (its secrets in `<dataDir>/console-account.json`). */
  consoleAccount?: boolean;
};

export function seedSyncServer(server: E2eServer = SYNC_SERVER, options: SeedOptions = {}): void {
  const args = [TSX, 'tests/e2e/sync/seedSyncServer.ts', '--data-dir', server.dataDir];
  if (options.consoleAccount === true) args.push('--console-account');
  // Outside the data folder: the seed starts by emptying that.
  const scratch = options.leads === undefined ? null : mkdtempSync(join(tmpdir(), 'jianhu-leads-'));
  try {
    if (scratch !== null) {
      const file = join(scratch, 'leads.json');
      writeFileSync(file, JSON.stringify(options.leads));
      args.push('--leads', file);
    }
    const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`seeding the e2e server failed (${String(result.status)})`);
  } finally {
    if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
  }
}

async function isHealthy(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/api/v1/health`)).ok;
  } catch {
    return false;
  }
}

export type ServerProcess = { stop: () => Promise<void> };

export async function startSyncServer(
  server: E2eServer = SYNC_SERVER,
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  // Something else answering here (a leftover of an aborted run) would be tested instead of ours.
  if (await isHealthy(server.origin))
    throw new Error(`a server already answers on ${server.origin}: stop it first`);
  const { port } = new URL(server.origin);
  // tsx as a loader, not its CLI: one process (the CLI runs the server in a grandchild), so a
  // kill reaches the process that holds the port.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: port,
      JIANHU_DATA_DIR: server.dataDir,
      // Embedded PGlite whatever the environment says: every run starts from the seeded state.
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      ...(E2E_SLOT === 0 ? {} : { JIANHU_ALLOWED_ORIGINS: WEB_ORIGIN }),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = exitWithParent(child);
  const deadline = Date.now() + timeoutMs;
  while (!(await isHealthy(server.origin))) {
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
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
