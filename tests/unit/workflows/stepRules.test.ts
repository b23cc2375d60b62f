/**
 * Rules every step of every workflow obeys: leaving a state without one of its required fields
 * is refused as 'missing-field' naming that field; the wrong role is refused as 'wrong-role';
 * an event the state does not offer is 'not-allowed-in-state'; and no refusal changes anything.
 */
import { describe, expect, it } from 'vitest';
import { Role, type Role as RoleType } from '../../../src-shared/domain/codes';
import { workflowCatalog } from '../../../src-shared/workflows/catalog';
import { workflowKinds, type WorkflowKind } from '../../../src-shared/workflows/workflowKind';
import { defaultRole, eventTypesIn, fixtureData, reach, send } from './walk';
import { fixtures } from './fixtures';

type Exit = { kind: WorkflowKind; state: string; type: string };

/** Each non-final state's main exit: the event whose schema is the state's requiredFields. */
const exits: Exit[] = workflowKinds.flatMap((kind) => {
  const def = workflowCatalog[kind];
  return Object.entries(def.states)
    .filter(([, meta]) => !meta.isFinal)
    .map(([state, meta]) => {
      const type = eventTypesIn(kind, state).find(
        (t) => def.events[t]?.schema === meta.requiredFields,
      );
      if (!type) throw new Error(`${kind}.${state} has no event for its requiredFields`);
      return { kind, state, type };
    });
});

const roleFor = (exit: Exit): RoleType =>
  fixtures[exit.kind].events[exit.type]?.({}, exit.state)?.role ??
  defaultRole(exit.kind, exit.state, exit.type);

describe('every state names the exit its requiredFields belong to', () => {
  it('covers all non-final states', () => {
    expect(exits.length).toBe(
      workflowKinds.reduce(
        (n, kind) =>
          n + Object.values(workflowCatalog[kind].states).filter((m) => !m.isFinal).length,
        0,
      ),
    );
  });
});

describe.each(exits)('$kind / $state → $type', (exit) => {
  const snapshot = reach(exit.kind, exit.state);
  const before = JSON.stringify(snapshot);
  const data = fixtureData(exit.kind, snapshot, exit.type);
  const schema = workflowCatalog[exit.kind].events[exit.type]?.schema;
  const required = Object.keys(data).filter((key) => {
    const { [key]: _dropped, ...rest } = data;
    return schema?.safeParse(rest).success === false;
  });

  it('names each missing required field', () => {
    expect(required.length).toBeGreaterThan(0);
    for (const field of required) {
      const { [field]: _dropped, ...rest } = data;
      const result = send(exit.kind, snapshot, exit.type, rest, roleFor(exit));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.reason).toMatchObject({
        code: 'missing-field',
        messageKey: 'workflow.refusal.missingField',
        details: { field },
      });
    }
    expect(JSON.stringify(snapshot)).toBe(before);
  });

  it('refuses every role that may not act', () => {
    const def = workflowCatalog[exit.kind];
    const allowed =
      def.events[exit.type]?.allowedRoles ?? def.states[exit.state]?.allowedRoles ?? [];
    const others = Object.values(Role).filter((r) => !allowed.includes(r));
    expect(others.length).toBeGreaterThan(0);
    for (const role of others) {
      const result = send(exit.kind, snapshot, exit.type, data, role);
      expect(result).toMatchObject({ ok: false, reason: { code: 'wrong-role' } });
    }
    expect(JSON.stringify(snapshot)).toBe(before);
  });

  it('accepts the valid data from the right role', () => {
    const result = send(exit.kind, snapshot, exit.type, data, roleFor(exit));
    expect(result.ok).toBe(true);
  });

  it('refuses events the state does not offer', () => {
    const def = workflowCatalog[exit.kind];
    const offered = new Set(eventTypesIn(exit.kind, exit.state));
    const foreign = Object.keys(def.events).find((t) => !offered.has(t));
    if (foreign === undefined) return;
    const result = send(exit.kind, snapshot, foreign, {}, roleFor(exit));
    expect(result).toMatchObject({ ok: false, reason: { code: 'not-allowed-in-state' } });
  });
});
