/**
 * Plays a demo script through the workflow engine: the same start validation, guards and step
 * schemas as a step taken in the app, so every demo snapshot is one the app could have made.
 */
import { addDays, type IsoDate } from '../calendar';
import { attemptTransition, startWorkflow, type StepRecord } from '../workflows/engine';
import type { PersistedWorkflowSnapshot } from '../workflows/persistedSnapshot';
import type { Refusal } from '../workflows/refusal';
import type { DemoScript } from './demoWorkflowScripts';

export type PlayedWorkflow = {
  snapshot: PersistedWorkflowSnapshot;
  steps: StepRecord[];
  /** The latest date the played data holds: the demo keeps it on or before today. */
  lastDay: IsoDate;
};

export type PlayResult =
  { ok: true; value: PlayedWorkflow } | { ok: false; reason: Refusal; at: string };

/**
 * Starts `script` on `caseId` with its first day `firstDay` and takes its first `stepCount`
 * events. `at` is the time the steps are recorded (the load), `by` the acting user.
 */
export function playDemoScript(
  script: DemoScript,
  options: { caseId: string; firstDay: IsoDate; stepCount: number; at: string; by: string },
): PlayResult {
  let lastDay = options.firstDay;
  const day = (n: number) => {
    const date = addDays(options.firstDay, n);
    if (date > lastDay) lastDay = date;
    return date;
  };
  const started = startWorkflow(script.kind, script.input(day, options.caseId));
  if (!started.ok) return { ok: false, reason: started.reason, at: 'start' };
  let snapshot = started.snapshot;
  const steps: StepRecord[] = [];
  for (const event of script.events.slice(0, options.stepCount)) {
    const result = attemptTransition(
      script.kind,
      snapshot,
      { type: event.type, data: event.data(day) },
      { by: options.by, role: event.role, at: options.at },
    );
    if (!result.ok) return { ok: false, reason: result.reason, at: event.type };
    snapshot = result.snapshot;
    steps.push(result.step);
  }
  return { ok: true, value: { snapshot, steps, lastDay } };
}
