/**
 * Provincial servers as real child processes (`src-server/main.ts` through the tsx loader, as the
 * e2e runs start theirs), so a test can run several on one database and kill one with SIGKILL:
 * no shutdown hook runs, its connections and transactions in flight just vanish.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { exitWithParent } from '../../../helpers/exitWithParent';

export type ServerProcess = {
  /** `http://127.0.0.1:<port>/api/v1` */
  url: string;
  pid: number;
  /** kill -9: no graceful shutdown; resolves once the process is gone. */
  kill: () => Promise<void>;
  /** SIGTERM (then SIGKILL after a grace period); resolves once the process is gone. */
  stop: () => Promise<void>;
};

const STOP_GRACE_MS = 12_000;

/** A port free right now (the OS picks it; closed again at once for the child to take). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/** Starts a server with `env` added to this process's environment and waits until it is healthy. */
export async function startServerProcess(
  env: Record<string, string>,
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}/api/v1`;
  // The loader, not tsx's CLI: one process, so a kill reaches the process holding the port.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = exitWithParent(child);
  const isGone = () => child.exitCode !== null || child.signalCode !== null;
  const deadline = Date.now() + timeoutMs;
  while (!(await isHealthy(url))) {
    if (isGone()) throw new Error(`the server exited (${String(child.exitCode)}) before it was up`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the server did not become healthy');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    pid: child.pid ?? 0,
    kill: async () => {
      if (!isGone()) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (!isGone()) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
