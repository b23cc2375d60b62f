/** The little of PouchDB and express-pouchdb the anchors use (the packages ship no types). */

type BenchPouchDoc = { _id: string; [key: string]: unknown };

type BenchReplicationResult = {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
};

type BenchReplicationOptions = { batch_size?: number; batches_limit?: number };

type BenchPouchDatabase = {
  bulkDocs(docs: BenchPouchDoc[]): Promise<unknown[]>;
  info(): Promise<{ doc_count: number }>;
  destroy(): Promise<void>;
  close(): Promise<void>;
  replicate: {
    to(
      target: string | BenchPouchDatabase,
      options?: BenchReplicationOptions,
    ): Promise<BenchReplicationResult>;
    from(
      source: string | BenchPouchDatabase,
      options?: BenchReplicationOptions,
    ): Promise<BenchReplicationResult>;
  };
};

type BenchPouchStatic = {
  new (name: string, options?: { adapter?: string }): BenchPouchDatabase;
  plugin(plugin: unknown): BenchPouchStatic;
  defaults(options: { prefix?: string; adapter?: string }): BenchPouchStatic;
};

declare module 'pouchdb' {
  const PouchDB: BenchPouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-browser' {
  const PouchDB: BenchPouchStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  const expressPouchDB: (
    PouchDB: BenchPouchStatic,
    options?: Record<string, unknown>,
  ) => (request: IncomingMessage, response: ServerResponse) => void;
  export default expressPouchDB;
}
