import { createRequire } from 'node:module';
import path from 'node:path';
import {
  createDuckDB,
  ConsoleLogger,
  LogLevel,
  NODE_RUNTIME,
  PACKAGE_VERSION,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import type * as Arrow from 'apache-arrow';
import type { Db, SqlParam } from '../../db/db';
import { workspaceDatabase } from '../../db/database-file';
import { plainRows } from '../../db/plain-rows';
import {
  appendFromStageSql,
  appendsDirectly,
  dropStageSql,
  nextStageName,
  OFFLINE_SETTINGS_SQL,
  tableColumnsSql,
} from '../../db/staged-append';

const require = createRequire(import.meta.url);
// duckdb-wasm's Node bundle is CommonJS and checks Arrow objects with
// instanceof: use the same (CommonJS) apache-arrow instance it loads, or
// results cannot be serialized and appends silently do nothing.
const arrow = require('apache-arrow') as typeof Arrow;

function bundlePaths() {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  return {
    mvp: {
      mainModule: path.join(dist, 'duckdb-mvp.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: path.join(dist, 'duckdb-eh.wasm'),
      mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
}

/** The Node engine also tells how large its wasm memory has grown (it never shrinks: the size is the peak). */
export type NodeDb = Db & { wasmHeapBytes(): number };

/**
 * duckdb-wasm in Node through the blocking bundle: synchronous calls wrapped
 * in promises so it satisfies the same `Db` as the browser worker.
 */
export async function openNodeDb(): Promise<NodeDb> {
  const bindings = await createDuckDB(
    bundlePaths(),
    new ConsoleLogger(LogLevel.WARNING),
    NODE_RUNTIME,
  );
  await bindings.instantiate();
  bindings.open({});
  const conn: DuckDBConnection = bindings.connect();
  conn.query(OFFLINE_SETTINGS_SQL);
  const engineVersion = `duckdb-wasm ${PACKAGE_VERSION} (DuckDB ${bindings.getVersion()})`;
  let closed = false;

  // The workspace database: a file in the engine's memory (database-file.ts).
  const files = workspaceDatabase({
    register: async (name, bytes) => bindings.registerFileBuffer(name, bytes),
    drop: async (name) => bindings.dropFile(name),
    copy: async (name) => bindings.copyFileToBuffer(name),
    run: async (sql) => void conn.query(sql),
  });
  await files.start();

  const ensureOpen = () => {
    if (closed) throw new Error('Databasen är stängd.');
  };

  return {
    engineVersion,
    // The Emscripten module's heap view (its type comes from @types/emscripten, which we do not install).
    wasmHeapBytes: () =>
      (bindings.mod as unknown as { HEAPU8: Uint8Array }).HEAPU8.buffer.byteLength,
    async exec(sql) {
      ensureOpen();
      conn.query(sql);
    },
    async query<T>(sql: string, params?: readonly SqlParam[]) {
      ensureOpen();
      if (!params || params.length === 0) return plainRows<T>(conn.query(sql).toArray());
      const statement = conn.prepare(sql);
      try {
        return plainRows<T>(statement.query(...params).toArray());
      } finally {
        statement.close();
      }
    },
    async queryArrowIpc(sql) {
      ensureOpen();
      return arrow.tableToIPC(conn.query(sql), 'stream');
    },
    async insertArrowIpc(table, ipc) {
      ensureOpen();
      const parsed = arrow.tableFromIPC(ipc);
      const rows = parsed.numRows;
      if (rows === 0) return 0;
      const columns = plainRows<{ name: string }>(conn.query(tableColumnsSql(table)).toArray());
      if (
        appendsDirectly(
          parsed.schema.fields.map((f) => f.name),
          columns.map((c) => c.name),
        )
      ) {
        conn.insertArrowFromIPCStream(ipc, { name: table, create: false });
        return rows;
      }
      const stage = nextStageName();
      try {
        conn.insertArrowFromIPCStream(ipc, { name: stage, create: true });
        conn.query(appendFromStageSql(table, stage));
      } catch (error) {
        // Best effort: inside a failed transaction the drop fails too, and the rollback removes the stage.
        try {
          conn.query(dropStageSql(stage));
        } catch {
          /* the original error is the one that matters */
        }
        throw error;
      }
      return rows;
    },
    async databaseFile(options) {
      ensureOpen();
      return files.databaseFile(options);
    },
    async attachDatabaseFile(bytes) {
      ensureOpen();
      return files.attachDatabaseFile(bytes);
    },
    async close() {
      if (closed) return;
      closed = true;
      conn.close();
      bindings.reset();
    },
  };
}
