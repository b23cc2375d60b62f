import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/vite-csp';
import { warmStartPlugin } from './build/vite-warm-start';

// Three bundles: main (Node, CJS), preload (CJS: a sandboxed preload cannot be ESM) and the
// renderer, which is the same React app the web build serves. Main and preload bundle every
// library they use (externalizeDeps off): package.json `dependencies` are the provincial server's
// runtime packages, and the desktop package ships none of node_modules.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'src-main/index.ts'), formats: ['cjs'] },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), cspPlugin(), warmStartPlugin(resolve(__dirname, 'src-renderer'))],
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
    },
  },
});
