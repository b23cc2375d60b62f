/**
 * Demo data never reaches the province: the outbox rows of demo cases, and of the workflows,
 * steps and documents on them, are held back when a push collects; real cases still go.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCase } from '../../../src-renderer/src/db/createCase';
import type { JianhuDb } from '../../../src-renderer/src/db/database';
import { importCases } from '../../../src-renderer/src/db/importCases';
import { outboxRows } from '../../../src-renderer/src/db/outbox';
import { collectBatch } from '../../../src-renderer/src/sync/collect';
import { setUpDevice, validInput } from '../db/fixtures';

const NOW = new Date('2026-12-01T10:00:00+08:00');
const opened: JianhuDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const change = (entity: 'workflow' | 'step' | 'document', entityId: string, caseId: string) => ({
  entity,
  entityId,
  op: 'create' as const,
  baseRev: 0,
  patch: { caseId },
  deviceTime: NOW.toISOString(),
});

describe('issue 15: demo data is never sent', () => {
  it('holds back demo cases and their workflows, steps and documents, and sends the rest', async () => {
    const { db, actor } = await setUpDevice();
    opened.push(db);
    const demo = await importCases(db, actor, [validInput(1), validInput(2)], NOW, { demo: true });
    expect(demo.imported).toBe(2);
    const real = await createCase(db, actor, validInput(3), NOW);
    if (!real.ok) throw new Error('the real case was not created');
    const demoCases = await db.cases.filter((c) => c.demo === true).toArray();
    expect(demoCases).toHaveLength(2);
    const [demoCase] = demoCases;
    if (!demoCase) throw new Error('no demo case');
    await db.workflows.bulkAdd([
      { id: 'wf-demo', caseId: demoCase.id, kind: 'judicialAssistance', seq: 1 },
      { id: 'wf-real', caseId: real.value.id, kind: 'judicialAssistance', seq: 2 },
    ]);
    await db.steps.add({ id: 'step-demo', workflowId: 'wf-demo', at: NOW.toISOString() });
    await db.documents.add({ id: 'doc-demo', caseId: demoCase.id, workflowId: 'wf-demo' });
    await db.outbox.bulkAdd(
      outboxRows(
        [
          change('workflow', 'wf-demo', demoCase.id),
          change('step', 'step-demo', demoCase.id),
          change('document', 'doc-demo', demoCase.id),
          change('workflow', 'wf-real', real.value.id),
        ],
        10_000,
        NOW.getTime(),
      ),
    );

    const batch = await collectBatch(db, 100);
    const sent = batch.changes.map((c) => c.change.entityId);
    expect(sent).toContain(real.value.id);
    expect(sent).toContain('wf-real');
    for (const id of [...demoCases.map((c) => c.id), 'wf-demo', 'step-demo', 'doc-demo']) {
      expect(sent).not.toContain(id);
    }
    expect(batch.demo).toHaveLength(5);
  });
});
