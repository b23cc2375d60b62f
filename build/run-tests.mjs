#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in two lanes that run side by side.
 *
 * The unit and integration suite runs in one fork (vitest's default on a 2-core machine) and so
 * leaves a core idle for its ten minutes; the other lane uses it for typecheck, lint, the three
 * builds and the end-to-end suite. The lanes share nothing on disk (server tests use PostgreSQL
 * schemas and temp folders of their own). A lane stops at its first failing step; the other runs
 * to its end so one run reports every failure. Exit status is non-zero when any step failed.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const LANES = [
  { name: 'unit', steps: ['test:unit'] },
  {
    name: 'main',
    steps: ['typecheck', 'lint', 'build', 'build:web', 'build:console', 'test:e2e'],
  },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runStep(lane, step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', step], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const prefix = `[${lane}:${step}] `;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        process.stdout.write(prefix + line + '\n');
      });
    }
    child.on('close', (code, signal) => {
      resolve({
        lane,
        step,
        ok: code === 0,
        code: code ?? signal,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

async function runLane(lane) {
  const results = [];
  for (const step of lane.steps) {
    const result = await runStep(lane.name, step);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const started = Date.now();
const results = (await Promise.all(LANES.map(runLane))).flat();
const failed = results.filter((result) => !result.ok);
const skipped = LANES.flatMap((lane) =>
  lane.steps.filter((step) => !results.some((r) => r.lane === lane.name && r.step === step)),
);

process.stdout.write('\n── npm test summary ──\n');
for (const r of results) {
  const status = r.ok ? 'ok    ' : `FAILED (${String(r.code)})`;
  process.stdout.write(`${status} ${r.lane}: ${r.step} — ${r.seconds.toFixed(0)} s\n`);
}
for (const step of skipped) process.stdout.write(`not run (an earlier step failed): ${step}\n`);
process.stdout.write(`total ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exit(failed.length === 0 && skipped.length === 0 ? 0 : 1);
