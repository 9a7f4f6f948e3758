import type { DatabaseFileOptions } from './database-file';

/**
 * The one narrow door to the engine. Everything in the app speaks to a `Db`;
 * only shared/platform/{node,browser} know it is duckdb-wasm underneath.
 */
export type SqlParam = string | number | boolean | null;
export type Row = Record<string, unknown>;

export type Db = {
  /** e.g. "duckdb-wasm 1.32.0 (DuckDB v1.4.3)" */
  readonly engineVersion: string;
  /** Run one or more statements, no result. */
  exec(sql: string): Promise<void>;
  /** Run a query and get plain rows (BIGINT → number, timestamps → epoch ms). */
  query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Run a query and get the result as an Arrow IPC stream. */
  queryArrowIpc(sql: string): Promise<Uint8Array>;
  /**
   * Bulk-append an Arrow IPC stream into an existing table, columns matched by
   * name (never row-by-row INSERTs: see TECH-NOTES). Returns the number of rows.
   */
  insertArrowIpc(table: string, ipc: Uint8Array): Promise<number>;
  /**
   * The workspace's tables live in a DuckDB database file held in the
   * engine's memory (see database-file.ts). Its bytes: a database file that
   * DuckDB ≥ 1.4 opens as it is; `compact` (a fresh copy with only the live
   * rows) for anything that leaves the machine.
   */
  databaseFile(options: DatabaseFileOptions): Promise<Uint8Array>;
  /**
   * Put these database-file bytes in place of the engine's current workspace
   * database (whose contents are dropped). If the engine cannot attach them,
   * it goes back to an empty database and throws.
   */
  attachDatabaseFile(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
};

/** Quote an identifier for SQL. Table names in our code are constants; this guards the rest. */
export function quoteIdent(name: string): string {
  return '"' + name.replaceAll('"', '""') + '"';
}

/** A SQL string literal. */
export function sqlString(value: string): string {
  return "'" + value.replaceAll("'", "''") + "'";
}
