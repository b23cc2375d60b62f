import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar, CN_HOLIDAY_TABLES, type IsoDate } from '../../../src-shared/calendar';
import type { CaseRecord } from '../../../src-shared/domain/caseCard';
import { DEMO_SEED, generateDemoCases } from '../../../src-shared/demo/generateCases';
import { computeUnitFigures } from '../../../src-shared/stats/unitFigures';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { importCases } from '../../../src-renderer/src/db/importCases';
import { readStatsRows } from '../../../src-renderer/src/db/statsQueries';
import { loadDemoWorkflows } from '../../../src-renderer/src/features/settings/loadDemoWorkflows';
import { setUpDevice } from '../db/fixtures';
import type { JianhuDb } from '../../../src-renderer/src/db/database';

const open: JianhuDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

// A Wednesday away from holidays; the load happens that morning.
const today = '2026-06-10' as IsoDate;
const now = new Date('2026-06-10T09:00:00+08:00');

describe('demo workflows', () => {
  it('puts each workflow at every stage, some overdue and some due soon, all marked demo', async () => {
    const { db, actor } = await setUpDevice(now);
    open.push(db);
    const inputs = generateDemoCases({
      seed: DEMO_SEED,
      count: 200,
      unitCode: actor.unitCode,
      handlerIds: [actor.userId],
    });
    const outboxBefore = await db.outbox.count();
    const imported: CaseRecord[] = [];
    await importCases(db, actor, inputs, now, {
      demo: true,
      onChunk: (records) => imported.push(...records),
    });
    expect(imported.every((c) => c.demo === true)).toBe(true);

    const stored = await loadDemoWorkflows(db, actor, imported, today, now);
    const workflows = await db.workflows.toArray();
    expect(workflows).toHaveLength(stored);
    expect(workflows.every((w) => w['demo'] === true)).toBe(true);
    expect((await db.steps.toArray()).every((s) => s['demo'] === true)).toBe(true);

    const statesOf = (kind: string) =>
      new Set(workflows.filter((w) => w.kind === kind).map((w) => w['state']));
    expect(statesOf('civilReconciliation')).toEqual(
      new Set(['review', 'willingness', 'negotiation', 'legalityCheck', 'signing', 'performance']),
    );
    expect(statesOf('reasoning')).toEqual(
      new Set(['preparing', 'delivery', 'awaitingReaction', 'followUp', 'completed']),
    );
    expect(statesOf('judicialAssistance')).toEqual(
      new Set([
        'informing',
        'application',
        'materials',
        'review',
        'amount',
        'decision',
        'fundsRequest',
        'awaitingFunds',
        'notifyingApplicant',
        'disbursement',
        'followUp',
      ]),
    );
    // Assistance runs on assistance cases; no case carries two demo workflows.
    const byCase = new Map<string, string>(imported.map((c) => [c.id, c.caseType]));
    const assistanceCases = workflows.filter((w) => w.kind === 'judicialAssistance');
    expect(assistanceCases.every((w) => byCase.get(w.caseId) === 'judicialAssistance')).toBe(true);
    expect(new Set(workflows.map((w) => w.caseId)).size).toBe(workflows.length);

    const figures = computeUnitFigures({
      ...(await readStatsRows(db)),
      userId: actor.userId,
      today,
      calendar: buildCalendar(CN_HOLIDAY_TABLES),
    });
    expect(figures.mine.steps.overdue).toBeGreaterThanOrEqual(5);
    expect(figures.mine.steps.dueSoon).toBeGreaterThanOrEqual(5);
    expect(figures.unit.assistance.decidedCount).toBeGreaterThan(0);
    expect(figures.unit.assistance.paidAmount).toBeGreaterThan(0);

    // One audit entry per workflow, in a chain that still verifies; outbox: cases, workflows, steps.
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(true);
    const steps = await db.steps.count();
    expect((await db.outbox.count()) - outboxBefore).toBe(
      imported.length + workflows.length + steps,
    );
  }, 60_000);
});
