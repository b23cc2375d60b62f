/**
 * The one database interface the server uses, implemented for embedded PGlite and for PostgreSQL
 * through `pg`. Both run the SAME SQL. Rows come back untyped: read them with `./row.ts`, which
 * also evens out the drivers' differences (pg returns int8 as text, PGlite as a number).
 */

/** A value a query parameter may take; arrays feed `unnest($n::type[])` for set-based writes. */
export type SqlParam =
  | string
  | number
  | boolean
  | null
  | Uint8Array
  | readonly (string | null)[]
  | readonly (number | null)[]
  | readonly (boolean | null)[];

export type Row = Readonly<Record<string, unknown>>;

export type Queryable = {
  /** One statement with `$1…` parameters. */
  query: (sql: string, params?: readonly SqlParam[]) => Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec: (sql: string) => Promise<void>;
};

/** Which engine is behind a Db. */
export const DbKind = {
  /** Embedded PostgreSQL in WASM, in the data folder or in memory. */
  pglite: 'pglite',
  /** A PostgreSQL server reached through `pg`. */
  postgres: 'postgres',
} as const;
export type DbKind = (typeof DbKind)[keyof typeof DbKind];

export type Db = Queryable & {
  readonly kind: DbKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};
