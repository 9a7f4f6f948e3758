import { sqlString } from './db';

/**
 * The engine keeps a workspace's tables in a DuckDB database file that lives
 * in the engine's memory (a registered buffer, never the disk), attached as
 * the catalog `workspace` and made the default with `USE`. Saving copies that
 * file out after a CHECKPOINT; opening a saved workspace attaches its bytes
 * as they are — nothing is re-inserted (issue 21: at full scale the Arrow
 * re-insert cost 6–11 s, the attach tens of milliseconds).
 *
 * Measured with duckdb-wasm 1.32.0 (README "Prestanda"): writes reach the
 * file at DuckDB's checkpoints (every 16 MB of log by default), which made
 * committing the full import corpus ~8 s slower than into in-memory tables.
 * The default threshold is kept: the log is a buffer that grows by copying,
 * so a larger one was far slower (100 GB: 87 s of COMMIT), and a smaller one
 * checkpoints more often (2 MB: 30 s). duckdb-wasm does not truncate a
 * buffer, so the log keeps its largest size and is overwritten from the
 * start after each checkpoint; only the database file is ever copied out.
 */
export const WORKSPACE_CATALOG = 'workspace';
/** Where a save writes its fresh copy of the workspace database for a moment. */
const COMPACT_CATALOG = 'workspace_copy';

/**
 * A new, empty database file exactly as duckdb-wasm 1.32.0 (DuckDB v1.4.3,
 * storage version 64, 256 KiB blocks) writes it: three 4 KiB headers and
 * nothing else. The wasm engine cannot create a new database in a registered
 * buffer (an empty buffer is "not a valid DuckDB database file"), so every
 * engine starts from these bytes. A test has the engine write a new database
 * to disk and compares it with this, so an engine upgrade that changes the
 * format fails there first (then raise FORMAT_VERSION in workspace-file.ts too).
 */
const EMPTY_DATABASE_SIZE = 3 * 4096;
const DATABASE_HEADER_RUNS: readonly (readonly [number, string])[] = [
  // main header: checksum, "DUCK", storage version 64, library version "v1.4.3", source id
  [0, '67fd9328818d2eb34455434b40'],
  [52, '76312e342e33'],
  [84, '64316463383866393530'],
  // two database headers: checksum, iteration 0, no meta block, no free list, 256 KiB blocks, vector size 2048
  ...[4096, 8192].flatMap((at): [number, string][] => [
    [at, 'c48025b08a4e3fd2'],
    [at + 16, 'ffffffffffffffffffffffffffffffff'],
    [at + 42, '04'],
    [at + 49, '08'],
    [at + 56, '01'],
    [at + 84, '64316463383866393530'],
  ]),
];

/** A fresh copy of the empty database file (the engines take ownership of the buffers they are given). */
export function emptyDatabaseFile(): Uint8Array {
  const bytes = new Uint8Array(EMPTY_DATABASE_SIZE);
  for (const [at, hex] of DATABASE_HEADER_RUNS)
    for (let i = 0; i < hex.length; i += 2) bytes[at + i / 2] = parseInt(hex.slice(i, i + 2), 16);
  return bytes;
}

let fileCounter = 0;

/** A file name not used before in this process: a detached file may stay open inside the engine for a while. */
function nextDatabaseFileName(): string {
  fileCounter += 1;
  return `workspace-${fileCounter}.duckdb`;
}

/** What an engine offers for its in-memory files (duckdb-wasm's registered buffers) and its connection. */
export type DatabaseFileHost = Readonly<{
  register(name: string, bytes: Uint8Array): Promise<void>;
  drop(name: string): Promise<void>;
  copy(name: string): Promise<Uint8Array>;
  run(sql: string): Promise<void>;
}>;

export type DatabaseFileOptions = Readonly<{
  /**
   * true: a fresh file with only the live rows (COPY FROM DATABASE into a new, empty database).
   * false: the working file as it is, after a CHECKPOINT. DuckDB does not overwrite the space of
   * deleted or changed rows, so that file may still hold a note deleted an hour ago: only the
   * autosave, which never leaves this machine, takes it.
   */
  compact: boolean;
}>;

export type WorkspaceDatabase = Readonly<{
  /** Attach a new, empty workspace database: every engine starts with one. */
  start(): Promise<void>;
  /** The database file's bytes: see `Db.databaseFile`. */
  databaseFile(options: DatabaseFileOptions): Promise<Uint8Array>;
  /** Put these bytes in place of the current database; if they cannot be attached, an empty one, then throw. */
  attachDatabaseFile(bytes: Uint8Array): Promise<void>;
}>;

/** The engines' one implementation of the workspace database (Node and browser give it their primitives). */
export function workspaceDatabase(host: DatabaseFileHost): WorkspaceDatabase {
  /** A new in-memory database file with these bytes, and its log beside it. */
  const registerWithLog = async (bytes: Uint8Array) => {
    const name = nextDatabaseFileName();
    await host.register(name, bytes);
    // The log is registered too: in Node an unregistered name would be written to the working directory.
    await host.register(`${name}.wal`, new Uint8Array(0));
    return name;
  };
  const dropWithLog = async (name: string) => {
    for (const each of [name, `${name}.wal`]) await host.drop(each);
  };
  let file = '';
  const attach = async (bytes: Uint8Array) => {
    file = await registerWithLog(bytes);
    await host.run(`ATTACH ${sqlString(file)} AS ${WORKSPACE_CATALOG}; USE ${WORKSPACE_CATALOG};`);
  };
  const detach = async () => {
    await host.run(`USE memory; DETACH DATABASE IF EXISTS ${WORKSPACE_CATALOG};`);
    await dropWithLog(file);
  };
  return {
    start: () => attach(emptyDatabaseFile()),
    async databaseFile({ compact }) {
      if (!compact) {
        await host.run(`CHECKPOINT ${WORKSPACE_CATALOG}`);
        return host.copy(file);
      }
      const out = await registerWithLog(emptyDatabaseFile());
      try {
        await host.run(
          `ATTACH ${sqlString(out)} AS ${COMPACT_CATALOG}; COPY FROM DATABASE ${WORKSPACE_CATALOG} TO ${COMPACT_CATALOG}; CHECKPOINT ${COMPACT_CATALOG};`,
        );
        return await host.copy(out);
      } finally {
        await host.run(`DETACH DATABASE IF EXISTS ${COMPACT_CATALOG}`);
        await dropWithLog(out);
      }
    },
    async attachDatabaseFile(bytes) {
      await detach();
      try {
        await attach(bytes);
      } catch (error) {
        await detach();
        await attach(emptyDatabaseFile());
        throw error;
      }
    },
  };
}

/**
 * Every object in the attached database besides tables and views, by kind.
 * A saved database may hold our tables and views and nothing else: a file
 * is someone else's bytes, and a macro of its own could change what our
 * queries mean (a macro named like a built-in function is found first).
 * Tables and views are checked against our migrations (workspace-file.ts).
 */
export const OTHER_OBJECTS_SQL = `
SELECT 'function' AS kind, function_name AS name FROM duckdb_functions() WHERE database_name = '${WORKSPACE_CATALOG}'
UNION ALL SELECT 'sequence', sequence_name FROM duckdb_sequences() WHERE database_name = '${WORKSPACE_CATALOG}'
UNION ALL SELECT 'type', type_name FROM duckdb_types() WHERE database_name = '${WORKSPACE_CATALOG}' AND NOT internal
UNION ALL SELECT 'index', index_name FROM duckdb_indexes() WHERE database_name = '${WORKSPACE_CATALOG}'
UNION ALL SELECT 'schema', schema_name FROM duckdb_schemas() WHERE database_name = '${WORKSPACE_CATALOG}' AND schema_name <> 'main'
ORDER BY 1, 2`;
