#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in two lanes that run side by side.
 *
 * The unit and integration suite runs in one fork (vitest's default on a 2-core machine) and so
 * leaves a core idle for its ten minutes; the other lane uses it for typecheck, lint, the three
 * builds and the end-to-end suite. The end-to-end suite is the longer of the two, so the unit lane
 * takes a share of its specs once its own suite is done (SECOND_LANE_SPECS): a second Playwright
 * run, on ports and data folders of its own (E2E_SLOT + 1), which waits for the builds it serves.
 * The lanes share nothing on disk (server tests use PostgreSQL schemas and temp folders of their
 * own). A lane stops at its first failing step; the other runs to its end so one run reports
 * every failure. Exit status is non-zero when any step failed or did not run.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The specs the unit lane runs after its suite, chosen from one clean-clone run (2 cores): unit
 * suite 619 s, typecheck + lint + builds 171 s, e2e 702 s of which these 125 s. Each lane then
 * takes about 750 s. Every other spec, a new one too, runs in the main lane.
 */
const SECOND_LANE_SPECS = ['tests/e2e/workflows.spec.ts'];
const ALL_SPECS = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.spec.ts'))
  .map((name) => `tests/e2e/${name}`)
  .sort();
for (const spec of SECOND_LANE_SPECS) {
  if (!ALL_SPECS.includes(spec)) throw new Error(`${spec} is not an e2e spec`);
}
const slot = Number(process.env['E2E_SLOT'] ?? '0');

const LANES = [
  {
    name: 'unit',
    steps: [
      'test:unit',
      {
        script: 'test:e2e',
        label: 'test:e2e (second share)',
        args: SECOND_LANE_SPECS,
        // Its own ports and data folders (tests/e2e/e2eSlot.ts), beside the main lane's run.
        env: { E2E_SLOT: String((slot + 1) % 10) },
        // The web and console builds it serves are made in the main lane.
        after: 'main:build:console',
      },
    ],
  },
  {
    name: 'main',
    steps: [
      'typecheck',
      'lint',
      'build',
      'build:web',
      'build:console',
      {
        script: 'test:e2e',
        args: ALL_SPECS.filter((spec) => !SECOND_LANE_SPECS.includes(spec)),
      },
    ],
  },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** A lane's step: an npm script, with arguments, environment and a step to wait for. */
function normalise(step) {
  const spec = typeof step === 'string' ? { script: step } : step;
  return { args: [], env: {}, label: spec.script, ...spec };
}

/** Settles with each step's result as it ends, so a step in one lane can wait for another's. */
const finished = new Map();
function finishedStep(key) {
  if (!finished.has(key)) {
    let settle = () => undefined;
    const done = new Promise((resolve) => {
      settle = resolve;
    });
    finished.set(key, { done, settle });
  }
  return finished.get(key);
}

function runStep(lane, step) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', step.script, '--', ...step.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', ...step.env },
    });
    const prefix = `[${lane}:${step.label}] `;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        process.stdout.write(prefix + line + '\n');
      });
    }
    child.on('close', (code, signal) => {
      resolve({
        lane,
        step: step.label,
        ok: code === 0,
        code: code ?? signal,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

async function runLane(lane) {
  const results = [];
  for (const raw of lane.steps) {
    const step = normalise(raw);
    if (step.after && !(await finishedStep(step.after).done)) break;
    const result = await runStep(lane.name, step);
    results.push(result);
    finishedStep(`${lane.name}:${step.label}`).settle(result.ok);
    if (!result.ok) break;
  }
  // Whatever waits on a step this lane never ran must not wait for ever.
  for (const raw of lane.steps) finishedStep(`${lane.name}:${normalise(raw).label}`).settle(false);
  return results;
}

const started = Date.now();
const results = (await Promise.all(LANES.map(runLane))).flat();
const failed = results.filter((result) => !result.ok);
const skipped = LANES.flatMap((lane) =>
  lane.steps
    .map((step) => normalise(step).label)
    .filter((label) => !results.some((r) => r.lane === lane.name && r.step === label)),
);

process.stdout.write('\n── npm test summary ──\n');
for (const r of results) {
  const status = r.ok ? 'ok    ' : `FAILED (${String(r.code)})`;
  process.stdout.write(`${status} ${r.lane}: ${r.step} — ${r.seconds.toFixed(0)} s\n`);
}
for (const step of skipped) process.stdout.write(`not run (a step it follows failed): ${step}\n`);
process.stdout.write(`total ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exit(failed.length === 0 && skipped.length === 0 ? 0 : 1);
