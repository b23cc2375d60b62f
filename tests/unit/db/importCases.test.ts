import { describe, expect, it } from 'vitest';
import { importCases } from '../../../src-renderer/src/db/cases';
import { verifyAuditChain } from '../../../src-renderer/src/db/audit';
import { FIRST_RUN_CHANGES, devicesClosedAfterEach, validInput } from './fixtures';

const T0 = new Date('2026-06-01T10:00:00+08:00');

const device = devicesClosedAfterEach();

describe('importCases', () => {
  it('imports 1,000 cases in chunks: one audit entry per chunk, one patchless outbox change per case', async () => {
    const { db, actor } = await device();
    const inputs = Array.from({ length: 1000 }, (_, i) => validInput(i));
    const progress: number[] = [];
    const started = performance.now();
    const report = await importCases(db, actor, inputs, T0, {
      chunkSize: 250,
      onProgress: (done, total) => {
        expect(total).toBe(1000);
        progress.push(done);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `importCases: 1,000 cases in ${seconds.toFixed(2)} s on fake-indexeddb (${Math.round(1000 / seconds)} cases/s)`,
    );

    expect(report).toMatchObject({ imported: 1000, invalid: [] });
    expect(progress).toEqual([250, 500, 750, 1000]);

    const cases = await db.cases.toArray();
    expect(cases).toHaveLength(1000);
    const numbers = cases.map((c) => c.provisionalNo).sort();
    expect(numbers[0]).toBe('340102-2026-00001');
    expect(numbers[999]).toBe('340102-2026-01000');
    expect(new Set(numbers).size).toBe(1000);
    expect(cases.map((c) => c.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 1000 }, (_, i) => i + 1),
    );

    const outbox = (await db.outbox.orderBy('deviceSeq').toArray()).slice(FIRST_RUN_CHANGES);
    expect(outbox.map((r) => r.deviceSeq)).toEqual(
      Array.from({ length: 1000 }, (_, i) => FIRST_RUN_CHANGES + i + 1),
    );
    expect(outbox.every((r) => r.op === 'create' && r.patch === null && r.baseRev === 0)).toBe(
      true,
    );
    expect(new Set(outbox.map((r) => r.entityId))).toEqual(new Set(cases.map((c) => c.id)));

    const imports = await db.audit.where('entityId').equals(report.importId).toArray();
    expect(imports).toHaveLength(4);
    const listed = imports.flatMap((e) => {
      expect(e.action).toBe('case.import');
      const diff = e.diff as { count: number; ids: string[] };
      expect(diff.count).toBe(250);
      return diff.ids;
    });
    expect(new Set(listed)).toEqual(new Set(cases.map((c) => c.id)));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
  });

  it('reports invalid inputs by index and imports the valid ones', async () => {
    const { db, actor } = await device();
    const inputs = [
      validInput(0),
      validInput(1, { title: '' }),
      validInput(2),
      validInput(3, { parties: [] }),
    ];
    const report = await importCases(db, actor, inputs, T0);
    expect(report.imported).toBe(2);
    expect(report.invalid).toEqual([
      { index: 1, issues: [{ path: ['title'], message: 'validation.required' }] },
      { index: 3, issues: [{ path: ['parties'], message: 'validation.partiesRequired' }] },
    ]);
    expect((await db.cases.toArray()).map((c) => c.title).sort()).toEqual([
      validInput(0).title,
      validInput(2).title,
    ]);
  });

  it('keeps committed chunks whole and writes nothing of a chunk that fails', async () => {
    const { db, actor } = await device();
    let added = 0;
    const failOnSecondChunk = () => {
      added += 1;
      if (added === 150) throw new Error('quota');
    };
    db.cases.hook('creating', failOnSecondChunk);
    const inputs = Array.from({ length: 300 }, (_, i) => validInput(i));
    await expect(importCases(db, actor, inputs, T0, { chunkSize: 100 })).rejects.toThrow('quota');
    db.cases.hook('creating').unsubscribe(failOnSecondChunk);

    expect(await db.cases.count()).toBe(100);
    expect(await db.outbox.count()).toBe(FIRST_RUN_CHANGES + 100);
    expect(await db.audit.filter((e) => e.action === 'case.import').count()).toBe(1);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 2 });
  });
});
