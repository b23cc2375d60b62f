/**
 * The main-thread client: in-process (as in tests and where workers are missing), over the worker
 * protocol (a MessageChannel standing in for the Worker), and falling back when the worker fails.
 */
import { describe, expect, it } from 'vitest';
import { createCase, updateCase } from '../../../src-renderer/src/db/cases';
import { createSearchClient, type WorkerLike } from '../../../src-renderer/src/search/searchClient';
import type { FromWorker, SearchStatus } from '../../../src-renderer/src/search/searchProtocol';
import { channelWorker } from './channelWorker';
import { caseInput, closedAfterEach } from './searchDb';

const NOW = new Date('2026-03-02T10:00:00+08:00');

const { device, keep } = closedAfterEach();

describe('search client', () => {
  it('in-process: ready after catching up, then finds new cases after notifyChanged', async () => {
    const { db, actor, name } = await device(80);
    const statuses: SearchStatus[] = [];
    const client = keep(createSearchClient(name, { mode: 'inProcess', db }));
    client.subscribe((s) => statuses.push(s));
    await client.ready;
    expect(client.status).toMatchObject({ phase: 'ready', indexed: 80 });

    const created = await createCase(db, actor, caseInput(), NOW);
    if (!created.ok) throw new Error('create failed');
    client.notifyChanged([created.value]);
    await client.sync();
    const result = await client.query({ text: '农民工 欧阳晓岚' });
    expect(result).toEqual({ ids: [created.value.id], total: 1, terms: ['农民工', '欧阳晓岚'] });
    expect(statuses.at(-1)?.indexed).toBe(81);
    expect(new Set(statuses.map((s) => s.version)).size).toBeGreaterThan(1);
  });

  it('over the worker protocol: results arrive as ordinals and map to the same ids', async () => {
    const { db, actor, name } = await device(150);
    const worker = channelWorker(name);
    const client = keep(createSearchClient(name, { mode: 'worker', createWorker: () => worker }));
    const local = keep(createSearchClient(name, { mode: 'inProcess', db }));
    await Promise.all([client.ready, local.ready]);
    for (const query of [{ text: '工资' }, {}, { text: '合同', sort: 'receivedAt' as const }]) {
      expect(await client.query(query)).toEqual(await local.query(query));
    }
    // The client keeps the id table: each query only asks for the ids it has not seen.
    const created = await createCase(db, actor, caseInput(), NOW);
    if (!created.ok) throw new Error('create failed');
    await client.sync();
    expect((await client.query({ text: '欧阳晓岚' })).ids).toEqual([created.value.id]);
    const updated = await updateCase(
      db,
      actor,
      created.value.id,
      { title: '欧阳晓岚追索劳动报酬案（复查）' },
      NOW,
    );
    if (!updated.ok) throw new Error('update failed');
    client.notifyChanged([updated.value]);
    await client.sync();
    expect((await client.query({ text: '复查' })).ids).toEqual([created.value.id]);
    const queries = worker.posted.filter((m) => m.type === 'query');
    expect(queries.at(-1)).toMatchObject({ known: { count: 151 } });
  });

  it('sends a change notice in the next task, and before anything asked after it', async () => {
    const { db, actor, name } = await device(30);
    const worker = channelWorker(name);
    const client = keep(
      createSearchClient(name, { mode: 'worker', createWorker: () => worker, db }),
    );
    await client.ready;
    const sentTypes = () => worker.posted.map((m) => m.type).filter((t) => t !== 'init');
    const before = sentTypes().length;
    const first = await createCase(db, actor, caseInput(), NOW);
    if (!first.ok) throw new Error('create failed');

    // Not while the saving task goes on: the save's caller resumes first.
    client.notifyChanged([first.value]);
    expect(sentTypes().length).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ingest = worker.posted.at(-1);
    expect(ingest).toMatchObject({ type: 'ingest' });
    expect(ingest?.type === 'ingest' && ingest.entries.map((e) => e.doc.id)).toEqual([
      first.value.id,
    ]);

    // A query asked in the same task as a notice reaches the index after it, and finds the case.
    const second = await createCase(
      db,
      actor,
      { ...caseInput(), title: '钱梦溪追索劳动报酬案' },
      NOW,
    );
    if (!second.ok) throw new Error('create failed');
    const sent = sentTypes().length;
    client.notifyChanged([second.value]);
    const found = client.query({ text: '钱梦溪' });
    expect(sentTypes().slice(sent)).toEqual(['ingest', 'query']);
    expect((await found).ids).toEqual([second.value.id]);
    // Sent once: the timer the notice set finds nothing left to send.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sentTypes().slice(sent)).toEqual(['ingest', 'query']);
  });

  it('falls back to in-process search when the worker fails to start', async () => {
    const { db, name } = await device(20);
    let fail: () => void = () => undefined;
    // Like a module worker whose script cannot load: every message ends in an 'error' event.
    const broken: WorkerLike = {
      postMessage() {
        queueMicrotask(fail);
      },
      addEventListener(
        type: 'message' | 'error',
        listener: (event: MessageEvent<FromWorker>) => void,
      ) {
        if (type === 'error') {
          fail = () => {
            listener(new MessageEvent('error'));
          };
        }
      },
      terminate() {},
    };
    const client = keep(
      createSearchClient(name, { mode: 'worker', createWorker: () => broken, db }),
    );
    const early = client.query({ text: '工资' });
    await client.ready;
    expect(client.status.phase).toBe('ready');
    await expect(early).resolves.toMatchObject({ terms: ['工资'] });
    expect((await client.query({})).total).toBe(20);
  });
});
