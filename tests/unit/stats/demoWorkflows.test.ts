import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src-shared/calendar';
import { DEMO_WORKFLOW_SCRIPTS } from '../../../src-shared/demo/demoWorkflowScripts';
import { playDemoScript } from '../../../src-shared/demo/demoWorkflows';

const PATHS: Record<string, string> = {
  civilReconciliation:
    'review → willingness → willingness → willingness → negotiation → negotiation → legalityCheck → signing → performance → performance → performance',
  reasoning:
    'preparing → preparing → preparing → delivery → awaitingReaction → followUp → completed',
  judicialAssistance:
    'informing → application → materials → review → review → review → amount → decision → fundsRequest → awaitingFunds → notifyingApplicant → disbursement → followUp',
};

describe('demo workflow scripts', () => {
  for (const script of DEMO_WORKFLOW_SCRIPTS) {
    it(`${script.kind}: every prefix is accepted by the engine`, () => {
      const states: string[] = [];
      for (let n = 0; n <= script.events.length; n++) {
        const played = playDemoScript(script, {
          caseId: 'case-1',
          firstDay: '2026-09-01' as IsoDate,
          stepCount: n,
          at: '2026-12-01T09:00:00+08:00',
          by: 'user-1',
        });
        expect(played.ok).toBe(true);
        if (played.ok) states.push(played.value.snapshot.value);
      }
      expect(states.join(' → ')).toBe(PATHS[script.kind]);
    });
  }
});
