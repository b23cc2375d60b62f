/**
 * Demo workflows on freshly loaded demo cases: each of the three guided workflows at every stage
 * it passes through, and where a stage has a time limit one overdue and one due within 3 working
 * days of today, so the 工作台 shows at first sight what it is for. Each workflow is played
 * through the engine (same validation as a real step) and stored with its audit and outbox rows.
 */
import {
  addDays,
  diffDays,
  DeadlineState,
  remaining,
  type IsoDate,
} from '../../../../src-shared/calendar';
import type { CaseRecord } from '../../../../src-shared/domain/caseCard';
import {
  DEMO_WORKFLOW_SCRIPTS,
  type DemoScript,
} from '../../../../src-shared/demo/demoWorkflowScripts';
import { playDemoScript, type PlayedWorkflow } from '../../../../src-shared/demo/demoWorkflows';
import { WorkflowKind } from '../../../../src-shared/workflows';
import type { Actor } from '../../db/actor';
import type { JianhuDb } from '../../db/database';
import { storeDemoWorkflow } from '../../db/demoWorkflowWriter';
import { computeWorkflowDue, defaultCalendar } from '../../db/workflowDue';

type Target = 'overdue' | 'dueSoon' | 'any';

/** Far enough back that every script's dates fall before today. */
const REFERENCE_DAYS_BACK = 90;
/** Tries around the first estimate: working days make the due date move in steps. */
const NUDGES = [0, 1, -1, 2, -2, 3, -3, 5, -5];

const CASE_TYPES_FOR: Partial<Record<WorkflowKind, readonly string[]>> = {
  [WorkflowKind.civilReconciliation]: ['civilJudgment', 'civilEnforcement', 'civilTrialConduct'],
  [WorkflowKind.judicialAssistance]: ['judicialAssistance'],
};

/** The step counts at which the script first reaches each of its states. */
function stageLengths(script: DemoScript, caseId: string, today: IsoDate, at: string, by: string) {
  const firstDay = addDays(today, -REFERENCE_DAYS_BACK);
  const seen = new Set<string>();
  const lengths: number[] = [];
  for (let n = 0; n <= script.events.length; n++) {
    const played = playDemoScript(script, { caseId, firstDay, stepCount: n, at, by });
    if (!played.ok) break;
    if (!seen.has(played.value.snapshot.value)) lengths.push(n);
    seen.add(played.value.snapshot.value);
  }
  return lengths;
}

function matches(played: PlayedWorkflow, kind: WorkflowKind, target: Target, today: IsoDate) {
  if (played.lastDay > today) return false;
  if (target === 'any') return true;
  const due = computeWorkflowDue(kind, played.snapshot);
  if (!due) return false;
  const state = remaining({ due: due.due as IsoDate, today, calendar: defaultCalendar() }).state;
  return target === 'overdue'
    ? state === DeadlineState.overdue
    : state === DeadlineState.dueSoon || state === DeadlineState.dueToday;
}

/** The script's first `stepCount` steps with dates moved so the step's due date hits `target`. */
function playForTarget(
  script: DemoScript,
  base: { caseId: string; stepCount: number; at: string; by: string },
  target: Target,
  today: IsoDate,
): PlayedWorkflow | null {
  const firstDay = addDays(today, -REFERENCE_DAYS_BACK);
  const reference = playDemoScript(script, { ...base, firstDay });
  if (!reference.ok) return null;
  if (target === 'any') return reference.value;
  const due = computeWorkflowDue(script.kind, reference.value.snapshot);
  if (!due) return null;
  const wanted = target === 'overdue' ? addDays(today, -4) : addDays(today, 1);
  const shift = diffDays(due.due as IsoDate, wanted);
  for (const nudge of NUDGES) {
    const played = playDemoScript(script, { ...base, firstDay: addDays(firstDay, shift + nudge) });
    if (played.ok && matches(played.value, script.kind, target, today)) return played.value;
  }
  return null;
}

export async function loadDemoWorkflows(
  db: JianhuDb,
  actor: Actor,
  cases: readonly Pick<CaseRecord, 'id' | 'caseType'>[],
  today: IsoDate,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const unused = [...cases];
  const takeCase = (kind: WorkflowKind) => {
    const types = CASE_TYPES_FOR[kind];
    const index = types ? unused.findIndex((c) => types.includes(c.caseType)) : -1;
    const [taken] = unused.splice(index >= 0 ? index : 0, 1);
    return taken;
  };
  let stored = 0;
  for (const script of DEMO_WORKFLOW_SCRIPTS) {
    const probe = unused[0];
    if (!probe) break;
    for (const stepCount of stageLengths(script, probe.id, today, at, actor.userId)) {
      // A stage with a time limit shows one overdue and one due soon; any other stage one example.
      let madeForStage = 0;
      for (const target of ['overdue', 'dueSoon', 'any'] as const) {
        if (target === 'any' && madeForStage > 0) break;
        const demoCase = takeCase(script.kind);
        if (!demoCase) return stored;
        const base = { caseId: demoCase.id, stepCount, at, by: actor.userId };
        const played = playForTarget(script, base, target, today);
        if (!played) {
          unused.unshift(demoCase);
          continue;
        }
        if (await storeDemoWorkflow(db, actor, demoCase.id, script.kind, played, now)) {
          stored++;
          madeForStage++;
        }
      }
    }
  }
  return stored;
}
