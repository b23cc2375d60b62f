/**
 * Bundles the bench page (bench/browser) with Vite into out/bench: a page that imports the app's
 * own modules (src-renderer db, search and sync; src-shared demo) and the anchors' libraries, so
 * Chromium runs exactly the code the app ships, on real IndexedDB. Vite runs as its own CLI
 * process: loaded into this (CommonJS) process it resolves its own files wrongly.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_OUT, ROOT } from './staticFiles';

export function runVite(args: readonly string[]): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), ...args], {
    cwd: ROOT,
    // The web config's CommonJS imports are fine for Vite 8; its notice about them is noise here.
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

export function buildBenchPage(): string {
  runVite(['build', '--config', join(ROOT, 'bench', 'vite.bench.config.mjs')]);
  return BENCH_OUT;
}
