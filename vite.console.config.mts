import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The provincial server's console, built into the server's output and served by it at /console
// (src-server/console/consoleStatic.ts, which also sends its Content-Security-Policy).
export default defineConfig({
  root: resolve(import.meta.dirname, 'src-console'),
  base: '/console/',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, 'out/server/console'), emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5174, proxy: { '/console/api': 'http://127.0.0.1:8787' } },
});
