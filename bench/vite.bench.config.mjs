// The bench page (bench/browser) → out/bench: the app's own modules and the anchors' libraries,
// bundled the way the app is, for Chromium to run on real IndexedDB. Built by bench/lib/buildPage.ts.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root: resolve(root, 'bench', 'browser'),
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  // PouchDB's browser build still names Node's `global` in places.
  define: { global: 'globalThis' },
  // …and Node's `events`: the npm polyfill stands in for it (vite would leave it out).
  resolve: { alias: { events: resolve(root, 'node_modules', 'events', 'events.js') } },
  build: {
    outDir: resolve(root, 'out', 'bench'),
    emptyOutDir: true,
    target: 'es2022',
    // bench/profile.ts builds unminified, so a CPU profile names the app's own functions.
    minify: process.env.BENCH_MINIFY !== '0',
    sourcemap: process.env.BENCH_MINIFY === '0',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 100_000,
  },
});
