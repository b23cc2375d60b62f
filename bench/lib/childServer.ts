/**
 * Servers under test run in a child process of their own, so their memory (peak RSS, sampled from
 * /proc while the upload runs) is theirs alone and the Node client does not share their thread.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { ROOT } from './staticFiles';

export type Child = {
  info: Record<string, unknown>;
  url: string;
  pid: number;
  /** Starts sampling the child's RSS; the returned function stops and gives the peak in bytes. */
  sampleRss(): () => number;
  stop(): Promise<void>;
};

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) ok();
    else child.once('exit', () => ok());
  });
}

/** Runs bench/servers/<name>.ts with `env` and waits for its announcement line. */
export async function startChild(
  name: string,
  env: Record<string, string>,
  nodeFlags: readonly string[] = [],
): Promise<Child> {
  const child = spawn(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', join(ROOT, 'bench', 'servers', `${name}.ts`)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pid = child.pid ?? 0;
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await new Promise<string>((ok, fail) => {
    const onExit = (code: number | null) => {
      fail(new Error(`${name} exited (${code}) before announcing itself`));
    };
    child.once('exit', onExit);
    lines.once('line', (line) => {
      child.off('exit', onExit);
      ok(line);
    });
  });
  // Anything the server prints later is passed on, not lost.
  lines.on('line', (line) => {
    console.log(`  [${name}] ${line}`);
  });
  const info = JSON.parse(first) as Record<string, unknown>;
  return {
    info,
    url: String(info.url),
    pid,
    sampleRss() {
      let peak = rssOf(pid);
      const timer = setInterval(() => {
        peak = Math.max(peak, rssOf(pid));
      }, 20);
      return () => {
        clearInterval(timer);
        return Math.max(peak, rssOf(pid));
      };
    },
    async stop() {
      const done = exited(child);
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timeout);
    },
  };
}
