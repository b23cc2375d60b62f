// Builds the provincial server to plain JavaScript for `npm run server:start`: src-server/main.ts
// and admin.ts bundled with the src-shared code they import, every runtime dependency left
// external (installed by `npm ci --omit=dev`), and the SQL migrations copied next to the bundles,
// where `db/migrate.ts` looks for them (`./migrations/` beside the running module).
// Run: node build/build-server.mjs [outDir]   (default out/server)
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'out/server'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const runtimeDeps = Object.keys(pkg.dependencies ?? {});

rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src-server/main.ts'), join(root, 'src-server/admin.ts')],
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Deep imports (`@electric-sql/pglite/…`, `fastify/…`) are external too.
  external: runtimeDeps.flatMap((name) => [name, `${name}/*`]),
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
});
cpSync(join(root, 'src-server/db/migrations'), join(outDir, 'migrations'), { recursive: true });
process.stdout.write(`server built in ${outDir}\n`);
