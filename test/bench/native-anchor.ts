import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { computeStandings } from '../../shared/analysis/standings-query';
import type { Db, Row, SqlParam } from '../../shared/db/db';
import { indicatorRow, observationRow, unitRow } from '../../shared/db/model-rows';
import { migrate } from '../../shared/db/schema';
import { COLUMNS } from '../../shared/db/table-columns';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { referenceUnits } from '../../shared/reference/reference-units';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { corpusAreas, type CorpusShape } from './corpus';
import { timeRuns, type Stats } from './timing';

/** Plain JS values as our Db promises them: BIGINT → number, lists → arrays. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** The native engine (@duckdb/node-api, a pinned devDependency) behind our Db interface — bench only, no Arrow. */
function nativeDb(connection: DuckDBConnection, version: string): Db {
  return {
    engineVersion: version,
    async exec(sql) {
      await connection.run(sql);
    },
    async query<T extends Row>(sql: string, params?: readonly SqlParam[]) {
      const reader = await connection.runAndReadAll(
        sql,
        params ? ([...params] as DuckDBValue[]) : undefined,
      );
      return reader
        .getRowObjectsJS()
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)]))) as T[];
    },
    queryArrowIpc: () => Promise.reject(new Error('not in the bench adapter')),
    insertArrowIpc: () => Promise.reject(new Error('not in the bench adapter')),
    databaseFile: () => Promise.reject(new Error('not in the bench adapter')),
    attachDatabaseFile: () => Promise.reject(new Error('not in the bench adapter')),
    close: async () => connection.closeSync(),
  };
}

type Column = (typeof COLUMNS)[keyof typeof COLUMNS][number];

async function append(
  connection: DuckDBConnection,
  table: keyof typeof COLUMNS,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const appender = await connection.createAppender(table);
  const columns: readonly Column[] = COLUMNS[table];
  for (const row of rows) {
    for (const c of columns) {
      const v = row[c.name];
      if (v === null || v === undefined) appender.appendNull();
      else if (c.type === 'string') appender.appendVarchar(String(v));
      else if (c.type === 'int') appender.appendInteger(Number(v));
      else if (c.type === 'double') appender.appendDouble(Number(v));
      else if (c.type === 'bool') appender.appendBoolean(Boolean(v));
      else appender.appendNull();
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

export type AnchorResult = Readonly<{
  observations: number;
  wasm: Stats;
  native: Stats;
  ratio: number;
  /** DuckDB's own version() in each engine: the native package and duckdb-wasm embed different DuckDB releases. */
  engine: string;
  wasmEngine: string;
  sameAnswer: boolean;
}>;

/**
 * The same metaanalys query (our `computeStandings`, unchanged) on the same
 * generated rows in duckdb-wasm and in native DuckDB (@duckdb/node-api,
 * pinned in devDependencies): how much faster the desktop app could be with
 * native DuckDB in Electron, and whether both engines give the same answer.
 */
export async function nativeAnchor(shape: CorpusShape, runs: number): Promise<AnchorResult> {
  const options = { areas: corpusAreas(shape), years: shape.years };
  const dataset = generateDemoDataset(options);
  const last = shape.years[shape.years.length - 1]!;
  const years: [number, number] = [Math.max(shape.years[0]!, last - 4), last];

  const wasm = await openNodeDb();
  await initNewWorkspace(wasm);
  const observations = await loadDemoData(wasm, options);
  const wasmPeers = await resolvePeerSet(wasm, '0180', { kind: 'all' });
  const wasmEngine = String(
    (await wasm.query<{ v: string }>('SELECT version() AS v'))[0]?.v ?? '?',
  );
  const wasmAnswer = await computeStandings(wasm, { home: '0180', peers: wasmPeers, years });
  const wasmTiming = await timeRuns(runs, () =>
    computeStandings(wasm, { home: '0180', peers: wasmPeers, years }),
  );
  await wasm.close();

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const v = String(
    (await connection.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0]?.['v'] ?? '?',
  );
  const native = nativeDb(connection, `native DuckDB ${v}`);
  await migrate(native);
  await append(connection, 'unit', referenceUnits().map(unitRow));
  await append(
    connection,
    'indicator',
    dataset.publications.flatMap((p) => p.indicators.map(indicatorRow)),
  );
  await append(
    connection,
    'observation',
    dataset.publications.flatMap((p) => p.observations.map(observationRow)),
  );
  const nativePeers = await resolvePeerSet(native, '0180', { kind: 'all' });
  const nativeAnswer = await computeStandings(native, { home: '0180', peers: nativePeers, years });
  const nativeTiming = await timeRuns(runs, () =>
    computeStandings(native, { home: '0180', peers: nativePeers, years }),
  );
  const key = (rows: typeof wasmAnswer) =>
    JSON.stringify(rows.map((r) => [r.indicatorId, r.standing, r.n, r.peerMedian]));
  await native.close();
  instance.closeSync();
  return {
    observations,
    wasm: wasmTiming,
    native: nativeTiming,
    ratio: Math.round((wasmTiming.medianMs / nativeTiming.medianMs) * 10) / 10,
    engine: v,
    wasmEngine,
    sameAnswer: key(wasmAnswer) === key(nativeAnswer),
  };
}
