/** The engine's own contract: refusals, finished workflows, stored snapshots, metadata. */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { workflowCatalog, workflowsForCaseType } from '../../../src-shared/workflows/catalog';
import {
  attemptTransition,
  availableEvents,
  currentStep,
  startWorkflow,
} from '../../../src-shared/workflows/engine';
import {
  deserializeWorkflowSnapshot,
  serializeWorkflowSnapshot,
} from '../../../src-shared/workflows/snapshotCodec';
import { workflowKinds } from '../../../src-shared/workflows/workflowKind';
import { AT, BY, fixtures } from './fixtures';
import { actingAs, fixtureData, reach, send } from './walk';

describe('startWorkflow', () => {
  it('starts every kind from its fixture input in its initial state', () => {
    for (const kind of workflowKinds) {
      const started = startWorkflow(kind, fixtures[kind].input);
      expect(started).toMatchObject({ ok: true, snapshot: { status: 'active' } });
    }
  });

  it('refuses bad input with the field named', () => {
    expect(startWorkflow('civilReconciliation', { caseId: 'c' })).toMatchObject({
      ok: false,
      reason: { code: 'missing-field', details: { field: 'reviewStartedOn' } },
    });
    expect(
      startWorkflow('civilReconciliation', { caseId: 'c', reviewStartedOn: '2025-02-30' }),
    ).toMatchObject({
      ok: false,
      reason: { code: 'invalid-data', details: { field: 'reviewStartedOn' } },
    });
  });
});

describe('attemptTransition', () => {
  it('refuses any step once the workflow has finished', () => {
    const done = reach('protest', 'concluded');
    expect(done.status).toBe('done');
    expect(
      send(
        'protest',
        done,
        'recordCourtResponse',
        { respondedOn: '2025-05-01', response: 'other' },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { code: 'not-allowed-in-state', messageKey: 'workflow.refusal.workflowFinished' },
    });
    expect(availableEvents('protest', done, 'procurator')).toEqual([]);
  });

  it('refuses an out-of-order step and an unknown event', () => {
    const start = reach('reasoning', 'preparing', 'entered');
    expect(
      send(
        'reasoning',
        start,
        'deliver',
        { deliveredOn: '2025-03-14', mode: 'written' },
        'procurator',
      ),
    ).toMatchObject({
      ok: false,
      reason: { code: 'not-allowed-in-state', details: { state: 'preparing', event: 'deliver' } },
    });
    expect(send('reasoning', start, 'fly', {}, 'procurator')).toMatchObject({
      ok: false,
      reason: { code: 'not-allowed-in-state' },
    });
  });

  it('refuses a corrupt or foreign snapshot without throwing', () => {
    const corrupt = { status: 'active', value: 'nowhere', context: {} };
    expect(
      send('reasoning', corrupt as never, 'addGround', { groundId: 'g', summary: 's' }, 'clerk'),
    ).toMatchObject({
      ok: false,
      reason: { code: 'invalid-data', messageKey: 'workflow.refusal.corruptSnapshot' },
    });
    const foreign = reach('protest', 'deciding');
    expect(
      attemptTransition('reasoning', foreign, { type: 'addGround', data: {} }, actingAs('clerk')),
    ).toMatchObject({ ok: false, reason: { messageKey: 'workflow.refusal.corruptSnapshot' } });
    expect(
      attemptTransition('reasoning', null, { type: 'addGround' }, actingAs('clerk')),
    ).toMatchObject({ ok: false });
  });

  it('refuses an acting context without a user or a proper instant', () => {
    const start = reach('reasoning', 'preparing', 'entered');
    const data = { groundId: 'g1', summary: '理由' };
    expect(
      attemptTransition(
        'reasoning',
        start,
        { type: 'addGround', data },
        { by: BY, role: 'clerk', at: '2025-03-10' },
      ),
    ).toMatchObject({
      ok: false,
      reason: {
        code: 'invalid-data',
        messageKey: 'workflow.refusal.invalidActingContext',
        details: { field: 'at' },
      },
    });
    expect(
      attemptTransition(
        'reasoning',
        start,
        { type: 'addGround', data },
        { by: ' ', role: 'clerk', at: AT },
      ),
    ).toMatchObject({
      ok: false,
      reason: { details: { field: 'by' } },
    });
  });

  it('returns the step to record: from, to, event, when, who, with what', () => {
    const start = reach('reasoning', 'preparing', 'entered');
    const result = send(
      'reasoning',
      start,
      'addGround',
      { groundId: 'g1', summary: '  理由  ' },
      'clerk',
    );
    expect(result).toMatchObject({
      ok: true,
      step: {
        from: 'preparing',
        to: 'preparing',
        event: 'addGround',
        at: AT,
        by: BY,
        role: 'clerk',
        data: { groundId: 'g1', summary: '理由' },
        sensitiveFields: [],
      },
    });
  });
});

describe('snapshots survive JSON storage', () => {
  it.each(workflowKinds)(
    '%s: a stored mid-way snapshot restores (engine and XState actor) and continues',
    (kind) => {
      const def = workflowCatalog[kind];
      const states = Object.entries(def.states)
        .filter(([, m]) => !m.isFinal)
        .map(([s]) => s);
      const state = states[Math.min(2, states.length - 1)] ?? states[0] ?? '';
      const mid = reach(kind, state);
      const text = serializeWorkflowSnapshot(kind, mid);
      const restored = deserializeWorkflowSnapshot(kind, text);
      expect(restored).toEqual({ ok: true, snapshot: mid });
      if (!restored.ok) return;
      // The UI may also run it as an actor: XState restores the same state from the stored JSON.
      const actor = createActor(def.machine, {
        snapshot: JSON.parse(JSON.stringify(restored.snapshot)) as never,
      });
      actor.start();
      expect(actor.getSnapshot().value).toBe(state);
      actor.stop();
      const next =
        availableEvents(kind, restored.snapshot, 'chiefProcurator').length +
        availableEvents(kind, restored.snapshot, 'procurator').length;
      expect(next).toBeGreaterThan(0);
    },
  );

  it('continues a reconciliation from stored text to termination', () => {
    const text = serializeWorkflowSnapshot(
      'civilReconciliation',
      reach('civilReconciliation', 'performance'),
    );
    const restored = deserializeWorkflowSnapshot(
      'civilReconciliation',
      JSON.parse(JSON.stringify(text)) as string,
    );
    if (!restored.ok) throw new Error('restore');
    expect(
      send(
        'civilReconciliation',
        restored.snapshot,
        'terminateReview',
        { decidedOn: '2025-03-05' },
        'procurator',
      ),
    ).toMatchObject({
      ok: true,
      snapshot: { value: 'terminated' },
    });
  });

  it('refuses text of another kind, another version, or garbage', () => {
    const text = serializeWorkflowSnapshot('protest', reach('protest', 'deciding'));
    expect(deserializeWorkflowSnapshot('reasoning', text)).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.snapshotKindMismatch' },
    });
    const older = text.replace('"version":1', '"version":0');
    expect(deserializeWorkflowSnapshot('protest', older)).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.snapshotVersion' },
    });
    expect(deserializeWorkflowSnapshot('protest', '{"format":1')).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.corruptSnapshot' },
    });
    const badState = text.replace('"value":"deciding"', '"value":"nowhere"');
    expect(deserializeWorkflowSnapshot('protest', badState)).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.corruptSnapshot' },
    });
  });
});

describe('metadata', () => {
  it('every state carries its StepMeta in the machine, identical to the catalog', () => {
    for (const kind of workflowKinds) {
      const def = workflowCatalog[kind];
      for (const [state, meta] of Object.entries(def.states)) {
        const node = def.machine.getStateNodeById(`${kind}.${state}`);
        expect(node.meta).toBe(meta);
        expect(meta.titleKey).toBe(`workflow.${kind}.${state}.title`);
        expect(meta.allowedRoles.length).toBeGreaterThan(0);
        expect(Boolean(meta.isFinal)).toBe(node.type === 'final');
      }
    }
  });

  it('currentStep gives the panel its state, meta and due-date source', () => {
    const step = currentStep(
      'judicialAssistance',
      reach('judicialAssistance', 'notifyingApplicant'),
    );
    expect(step).toMatchObject({
      state: 'notifyingApplicant',
      isDone: false,
      meta: { timeLimit: { limitId: 'assistance.notifyAfterFunds', from: 'funds.arrivedOn' } },
      context: { funds: { arrivedOn: '2025-03-20' } },
    });
  });

  it("lists the workflows a case type offers, and each kind's documents", () => {
    expect(workflowsForCaseType('administrative')).toEqual(
      expect.arrayContaining(['adminResolution', 'publicHearing', 'reasoning', 'protest']),
    );
    expect(workflowsForCaseType('administrative')).not.toContain('civilReconciliation');
    expect(workflowsForCaseType('supportProsecution')).toContain('supportProsecution');
    expect(workflowCatalog.judicialAssistance.documents).toEqual(
      expect.arrayContaining([
        'assistance.approvalForm',
        'assistance.decision',
        'assistance.refusalNotice',
      ]),
    );
    expect(workflowCatalog.civilReconciliation.documents).toEqual([
      'reconciliation.agreement',
      'review.terminationDecision',
    ]);
    expect(workflowCatalog.publicHearing.documents).toEqual([
      'hearing.notice',
      'hearing.transcript',
      'hearing.deliberation',
    ]);
  });

  it('fixture data is what the walk sends (sanity)', () => {
    const snapshot = reach('reasoning', 'delivery');
    expect(fixtureData('reasoning', snapshot, 'deliver')).toMatchObject({ mode: 'announcement' });
  });
});
