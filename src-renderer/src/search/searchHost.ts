/**
 * The worker side of the protocol: answers a client's messages from a search engine. Kept apart
 * from search.worker.ts so tests can run it over a MessageChannel without a real worker.
 */
import { assertNever } from '../../../src-shared/assertNever';
import type { SearchEngine } from './searchEngine';
import type { FromWorker, ToWorker } from './searchProtocol';

export type HostPort = {
  post(message: FromWorker, transfer: Transferable[]): void;
};

/** Handles one message; `engine` must already exist (the worker creates it on 'init'). */
export async function handleSearchMessage(
  engine: SearchEngine,
  message: ToWorker,
  port: HostPort,
): Promise<void> {
  switch (message.type) {
    case 'init':
      return;
    case 'query': {
      const result = engine.query(message.query);
      const { index } = engine;
      const sameEpoch = message.known.epoch === index.epoch;
      const from = sameEpoch ? Math.min(message.known.count, index.docs.count) : 0;
      const ids = index.docs.ids.slice(from, index.docs.count).join('\n');
      port.post(
        {
          type: 'result',
          id: message.id,
          ords: result.ords,
          total: result.total,
          terms: result.terms,
          idTable: { epoch: index.epoch, from, ids },
        },
        [result.ords.buffer],
      );
      return;
    }
    case 'sync':
      return reply(message.id, engine.catchUp(), port);
    case 'ingest':
      return reply(message.id, engine.ingest(message.entries), port);
    case 'rebuild':
      return reply(message.id, engine.rebuild(), port);
    case 'flush':
      return reply(message.id, engine.flush(), port);
    default:
      return assertNever(message);
  }
}

async function reply(id: number, work: Promise<void>, port: HostPort): Promise<void> {
  try {
    await work;
    port.post({ type: 'done', id }, []);
  } catch (error) {
    port.post(
      { type: 'failed', id, message: error instanceof Error ? error.message : String(error) },
      [],
    );
  }
}
