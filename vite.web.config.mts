import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/vite-csp';
import { warmStartPlugin } from './build/vite-warm-start';

// The renderer as a plain web page: what the end-to-end tests drive and a fallback without
// Electron. Relative base so the same files also load from a file or custom protocol.
export default defineConfig({
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [react(), cspPlugin(), warmStartPlugin(resolve(import.meta.dirname, 'src-renderer'))],
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
