import {
  AsyncDuckDB,
  ConsoleLogger,
  LogLevel,
  PACKAGE_VERSION,
  type AsyncDuckDBConnection,
} from '@duckdb/duckdb-wasm';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
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

/** URLs of the locally bundled wasm and worker (never a CDN). */
export type BrowserBundle = Readonly<{ wasmUrl: string; workerUrl: string }>;

/**
 * duckdb-wasm in the browser: the engine runs in its own Web Worker and this
 * side holds an async proxy. Satisfies the same `Db` as the Node engine.
 */
export async function openBrowserDb(bundle: BrowserBundle): Promise<Db> {
  // Marks for the start-up phases (read by `npm run bench` and the browser's performance tools).
  performance.mark('oj-engine:start');
  const worker = new Worker(bundle.workerUrl);
  const duck = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
  await duck.instantiate(bundle.wasmUrl, null);
  performance.mark('oj-engine:instantiated');
  await duck.open({});
  const conn: AsyncDuckDBConnection = await duck.connect();
  await conn.query(OFFLINE_SETTINGS_SQL);
  // The workspace database: a file in the engine's memory (database-file.ts).
  const files = workspaceDatabase({
    register: (name, bytes) => duck.registerFileBuffer(name, bytes),
    drop: async (name) => void (await duck.dropFile(name)),
    copy: (name) => duck.copyFileToBuffer(name),
    run: async (sql) => void (await conn.query(sql)),
  });
  await files.start();
  performance.mark('oj-engine:connected');
  const engineVersion = `duckdb-wasm ${PACKAGE_VERSION} (DuckDB ${await duck.getVersion()})`;
  // One statement at a time: a connection is not safe for interleaved calls.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    engineVersion,
    exec: (sql) =>
      serial(async () => {
        await conn.query(sql);
      }),
    query: <T>(sql: string, params?: readonly SqlParam[]) =>
      serial(async () => {
        if (!params || params.length === 0) return plainRows<T>((await conn.query(sql)).toArray());
        const statement = await conn.prepare(sql);
        try {
          return plainRows<T>((await statement.query(...params)).toArray());
        } finally {
          await statement.close();
        }
      }),
    queryArrowIpc: (sql) => serial(async () => tableToIPC(await conn.query(sql), 'stream')),
    insertArrowIpc: (table, ipc) =>
      serial(async () => {
        const parsed = tableFromIPC(ipc);
        const rows = parsed.numRows;
        if (rows === 0) return 0;
        const columns = plainRows<{ name: string }>(
          (await conn.query(tableColumnsSql(table))).toArray(),
        );
        if (
          appendsDirectly(
            parsed.schema.fields.map((f) => f.name),
            columns.map((c) => c.name),
          )
        ) {
          await conn.insertArrowFromIPCStream(ipc, { name: table, create: false });
          return rows;
        }
        const stage = nextStageName();
        try {
          await conn.insertArrowFromIPCStream(ipc, { name: stage, create: true });
          await conn.query(appendFromStageSql(table, stage));
        } catch (error) {
          // Best effort: inside a failed transaction the drop fails too, and the rollback removes the stage.
          await conn.query(dropStageSql(stage)).catch(() => undefined);
          throw error;
        }
        return rows;
      }),
    databaseFile: (options) => serial(() => files.databaseFile(options)),
    attachDatabaseFile: (bytes) => serial(() => files.attachDatabaseFile(bytes)),
    close: () =>
      serial(async () => {
        await conn.close();
        await duck.terminate();
      }),
  };
}
