/**
 * The unit's local limits (issue 15 item 1): reference data an administrator keeps, audited; a
 * workflow starts with them whatever its caller sends, and a grant above the unit's cap is refused
 * without the exception's reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deserializeWorkflowSnapshot } from '../../../src-shared/workflows';
import { readLocalLimits, saveLocalLimits } from '../../../src-renderer/src/db/localLimits';
import {
  startCaseWorkflow,
  transitionWorkflow,
} from '../../../src-renderer/src/db/workflowRepository';
import {
  T0,
  assistanceToDecision,
  closeAll,
  colleague,
  counts,
  day,
  deviceWithCase,
} from './fixtures';

afterEach(closeAll);

const lowered = {
  judicialAssistance: { monthsCap: 12, localCeiling: 50000 },
  adminResolution: { extensionMaximum: { amount: 2, unit: 'months' as const } },
};

describe('issue 15 item 1: local limits as reference data', () => {
  it('issue 15 item 1: a procurator cannot change them; nothing is written', async () => {
    const { db, actor } = await deviceWithCase();
    const procurator = await colleague(db, actor, 'procurator');
    const before = await counts(db);
    expect(await saveLocalLimits(db, procurator, lowered, T0)).toEqual({
      ok: false,
      issues: [{ path: [], message: 'localLimits.refusal.adminOnly' }],
    });
    expect(await counts(db)).toEqual(before);
    expect((await readLocalLimits(db)).judicialAssistance.monthsCap).toBe(36);
  });

  it('issue 15 item 1: an administrator lowers the cap, audited with before and after', async () => {
    const { db, actor } = await deviceWithCase();
    const auditBefore = await db.audit.count();
    const saved = await saveLocalLimits(db, actor, lowered, T0);
    expect(saved.ok).toBe(true);
    expect(await readLocalLimits(db)).toEqual({
      judicialAssistance: { monthsCap: 12, localCeiling: 50000, approvalThresholds: [] },
      adminResolution: { extensionMaximum: { amount: 2, unit: 'months' } },
    });
    const entries = await db.audit.where('seq').above(auditBefore).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'localLimits.update',
      userId: actor.userId,
      diff: {
        before: { judicialAssistance: { monthsCap: 36 } },
        after: { judicialAssistance: { monthsCap: 12, localCeiling: 50000 } },
      },
    });
  });

  it('issue 15 item 1: a cap above the national 36 months is a field error, and nothing changes', async () => {
    const { db, actor } = await deviceWithCase();
    const result = await saveLocalLimits(db, actor, { judicialAssistance: { monthsCap: 48 } }, T0);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['judicialAssistance', 'monthsCap'],
          message: 'localLimits.validation.monthsCapAboveNational',
        },
      ],
    });
    expect((await readLocalLimits(db)).judicialAssistance.monthsCap).toBe(36);
  });

  it('issue 15 item 1: two thresholds of one amount, or an extension over 12 months, are field errors', async () => {
    const { db, actor } = await deviceWithCase();
    const threshold = { atLeast: 50000, approverRole: 'chiefProcurator' };
    const result = await saveLocalLimits(
      db,
      actor,
      {
        judicialAssistance: { approvalThresholds: [threshold, threshold] },
        adminResolution: { extensionMaximum: { amount: 13, unit: 'months' } },
      },
      T0,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['judicialAssistance', 'approvalThresholds'],
          message: 'localLimits.validation.duplicateThreshold',
        },
        {
          path: ['adminResolution', 'extensionMaximum', 'amount'],
          message: 'localLimits.validation.extensionTooLong',
        },
      ],
    });
  });

  it('issue 15 item 1: a started workflow carries the unit cap, not a raised one sent by its caller', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    await saveLocalLimits(db, actor, lowered, T0);
    const started = await startCaseWorkflow(
      db,
      actor,
      caseRecord.id,
      'judicialAssistance',
      { config: { monthsCap: 48, deciderRole: 'procurator' } },
      T0,
    );
    if (!started.ok) throw new Error('not started');
    const decoded = deserializeWorkflowSnapshot('judicialAssistance', started.value.snapshot);
    expect(decoded.ok && decoded.snapshot.context['config']).toMatchObject({
      monthsCap: 12,
      localCeiling: 50000,
      deciderRole: 'procurator',
    });
    const admin = await startCaseWorkflow(
      db,
      actor,
      caseRecord.id,
      'adminResolution',
      { reviewStartedOn: '2025-03-01', extensionMaximum: { amount: 12, unit: 'months' } },
      T0,
    );
    if (!admin.ok) throw new Error('not started');
    const adminDecoded = deserializeWorkflowSnapshot('adminResolution', admin.value.snapshot);
    expect(adminDecoded.ok && adminDecoded.snapshot.context['extensionMaximum']).toEqual({
      amount: 2,
      unit: 'months',
    });
  });

  it('issue 15 item 1: an amount above the configured cap is refused without the exception reason', async () => {
    const { db, actor, caseRecord } = await deviceWithCase();
    await saveLocalLimits(db, actor, { judicialAssistance: { monthsCap: 12 } }, T0);
    const started = await startCaseWorkflow(db, actor, caseRecord.id, 'judicialAssistance', {}, T0);
    if (!started.ok) throw new Error('not started');
    const id = started.value.id;
    const steps = assistanceToDecision.slice(0, -1);
    for (const [i, event] of steps.entries()) {
      const r = await transitionWorkflow(db, actor, id, event, day(i + 1));
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
    }
    const last = assistanceToDecision[assistanceToDecision.length - 1]!;
    const calculate = (months: number) => ({ ...last, data: { ...last.data, months } });
    const refused = await transitionWorkflow(db, actor, id, calculate(18), day(9));
    expect(refused).toMatchObject({
      ok: false,
      reason: { messageKey: 'workflow.refusal.exceedReasonMissing' },
    });
    const within = await transitionWorkflow(db, actor, id, calculate(12), day(9));
    expect(within.ok).toBe(true);
  });
});
