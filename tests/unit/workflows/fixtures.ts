/**
 * Valid step data for every event of every workflow, used by the model-based walk and the
 * guard tests. Repeatable recordings (willingness, sessions, officers…) are "guided": offered
 * only while still needed, so the walk's state space stays finite.
 */ import type { WorkflowKind } from '../../../src-shared/workflows/workflowKind';
import { assistance } from './assistanceFixtures';
import type { KindFixture } from './fixtureHelpers';
import { hearing, reasoning } from './hearingFixtures';
import { protest, recommendation, supervisionIntake, supportProsecution } from './lightFixtures';
import { reconciliation } from './reconciliationFixtures';

export {
  AT,
  BY,
  type Ctx,
  type EventFixture,
  type EventFixtureFn,
  type KindFixture,
} from './fixtureHelpers';
export {
  adminAgreement,
  agreement,
  amendment,
  chiefApproval,
  legality,
} from './reconciliationFixtures';
export { agendaSteps, citation2023, eligibleOfficer, noticeInTime } from './hearingFixtures';

export const fixtures: Readonly<Record<WorkflowKind, KindFixture>> = {
  civilReconciliation: reconciliation('civil'),
  adminResolution: reconciliation('admin'),
  judicialAssistance: assistance,
  reasoning,
  publicHearing: hearing,
  supportProsecution,
  recommendation,
  protest,
  supervisionIntake,
};
