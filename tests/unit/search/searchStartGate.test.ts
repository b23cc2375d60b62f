/**
 * The index restore held back until the first screen is shown: a gated worker is told nothing
 * (not even to open the database) until the gate settles, then gets its start and every request
 * made meanwhile, in order; the app's gate opens on `startSearchIndex` or after a fallback delay.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSearchClient } from '../../../src-renderer/src/search/searchClient';
import { channelWorker } from './channelWorker';
import { closedAfterEach } from './searchDb';

const { device, keep } = closedAfterEach();

let unmock: (() => void)[] = [];
afterEach(() => {
  for (const f of unmock) f();
  unmock = [];
  vi.useRealTimers();
});

function gate() {
  let open: () => void = () => undefined;
  let fail: () => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = () => reject(new Error('gate failed'));
  });
  return { promise, open, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A worker-backed client on `cases` demo cases, started when `startWhen` settles. */
async function gatedClient(cases: number, startWhen: Promise<void>) {
  const d = await device(cases);
  const worker = channelWorker(d.name);
  const client = keep(
    createSearchClient(d.name, { mode: 'worker', createWorker: () => worker, startWhen }),
  );
  return { ...d, worker, client };
}

describe('search start gate', () => {
  it('holds the start and every request until the gate opens, then sends them in order', async () => {
    const g = gate();
    const { db, name, worker, client } = await gatedClient(40, g.promise);
    let answered = false;
    const asked = client.query({ text: '工资' }).then((r) => {
      answered = true;
      return r;
    });
    client.notifyChanged();
    await settle();
    expect(worker.posted).toEqual([]);
    expect(answered).toBe(false);
    expect(client.status.phase).toBe('loading');

    g.open();
    await client.ready;
    expect(worker.posted.map((m) => m.type)).toEqual(['init', 'query', 'sync']);
    const local = keep(createSearchClient(name, { mode: 'inProcess', db }));
    await local.ready;
    // Asked while the index was not loaded: answered from what was loaded when it arrived.
    const result = await asked;
    expect(result.total).toBeLessThanOrEqual((await local.query({ text: '工资' })).total);
    expect(await client.query({ text: '工资' })).toEqual(await local.query({ text: '工资' }));
    expect(client.status).toMatchObject({ phase: 'ready', indexed: 40 });
  });

  it('starts also when the gate fails: the index is never left unloaded', async () => {
    const g = gate();
    const { worker, client } = await gatedClient(5, g.promise);
    g.fail();
    await client.ready;
    expect(worker.posted[0]?.type).toBe('init');
    expect(client.status).toMatchObject({ phase: 'ready', indexed: 5 });
  });

  it('without a gate the worker is started at once', async () => {
    const { name } = await device(3);
    const worker = channelWorker(name);
    keep(createSearchClient(name, { mode: 'worker', createWorker: () => worker }));
    expect(worker.posted.map((m) => m.type)).toEqual(['init']);
  });
});

describe("the app's gate", () => {
  async function appSearch() {
    vi.resetModules();
    const seen: { startWhen?: Promise<void> }[] = [];
    vi.doMock('../../../src-renderer/src/db/database', () => ({
      getDb: () => ({ name: 'gate-test', keyring: null }),
    }));
    vi.doMock('../../../src-renderer/src/search/searchClient', () => ({
      createSearchClient: (_name: string, options: { startWhen?: Promise<void> }) => {
        seen.push(options);
        return { dispose: () => undefined };
      },
    }));
    const module = await import('../../../src-renderer/src/search/appSearch');
    unmock.push(() => {
      vi.doUnmock('../../../src-renderer/src/db/database');
      vi.doUnmock('../../../src-renderer/src/search/searchClient');
    });
    return { ...module, seen };
  }

  async function isOpen(promise: Promise<void> | undefined): Promise<boolean> {
    let open = false;
    void promise?.then(() => {
      open = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    return open;
  }

  it('opens when the first screen calls startSearchIndex', async () => {
    vi.useFakeTimers();
    const { getSearchClient, startSearchIndex, seen } = await appSearch();
    getSearchClient();
    expect(await isOpen(seen[0]?.startWhen)).toBe(false);
    startSearchIndex();
    expect(await isOpen(seen[0]?.startWhen)).toBe(true);
  });

  it('opens by itself after the fallback delay when no screen asks', async () => {
    vi.useFakeTimers();
    const { getSearchClient, SEARCH_START_FALLBACK_MS, seen } = await appSearch();
    getSearchClient();
    vi.advanceTimersByTime(SEARCH_START_FALLBACK_MS - 1);
    expect(await isOpen(seen[0]?.startWhen)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await isOpen(seen[0]?.startWhen)).toBe(true);
  });

  it("a replaced client's late timer does not open the next client's gate", async () => {
    vi.useFakeTimers();
    const { getSearchClient, setSearchClient, SEARCH_START_FALLBACK_MS, seen } = await appSearch();
    getSearchClient();
    vi.advanceTimersByTime(SEARCH_START_FALLBACK_MS - 100);
    setSearchClient(null);
    getSearchClient();
    vi.advanceTimersByTime(100);
    expect(await isOpen(seen[0]?.startWhen)).toBe(true);
    expect(await isOpen(seen[1]?.startWhen)).toBe(false);
  });
});
