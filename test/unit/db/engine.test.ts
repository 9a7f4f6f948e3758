import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsToArrowIpc } from '../../../shared/db/arrow-ipc';
import type { Db } from '../../../shared/db/db';
import { freshDb } from '../../helpers/node-db';

describe('Db on duckdb-wasm in Node', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => db.close());

  it('names the engine and its DuckDB version', () => {
    expect(db.engineVersion).toMatch(/^duckdb-wasm \d+\.\d+\.\d+ \(DuckDB v\d+\.\d+\.\d+\)$/);
  });

  it('returns plain rows: BIGINT counts as numbers', async () => {
    const rows = await db.query<{ n: number; s: string }>(
      "SELECT count(*) AS n, 'å' AS s FROM range(7)",
    );
    expect(rows).toEqual([{ n: 7, s: 'å' }]);
  });

  it('binds parameters through prepared statements', async () => {
    const rows = await db.query<{ x: number }>('SELECT ?::INTEGER * 2 AS x', [21]);
    expect(rows).toEqual([{ x: 42 }]);
  });

  it("appends Arrow with exactly the table's columns straight in, constraints still checked", async () => {
    await db.exec(
      "CREATE TABLE direct (id VARCHAR PRIMARY KEY, status VARCHAR NOT NULL CHECK (status IN ('ok', 'missing')))",
    );
    const columns = [
      { name: 'id', type: 'string' },
      { name: 'status', type: 'string' },
    ] as const;
    const good = rowsToArrowIpc(columns, [
      { id: 'a', status: 'ok' },
      { id: 'b', status: 'missing' },
    ]);
    expect(await db.insertArrowIpc('direct', good)).toBe(2);
    const bad = rowsToArrowIpc(columns, [
      { id: 'c', status: 'ok' },
      { id: 'd', status: 'bogus' },
    ]);
    await expect(db.insertArrowIpc('direct', bad)).rejects.toThrow(/CHECK|constraint/i);
    const duplicate = rowsToArrowIpc(columns, [{ id: 'a', status: 'ok' }]);
    await expect(db.insertArrowIpc('direct', duplicate)).rejects.toThrow(/constraint|duplicate/i);
    expect(await db.query('SELECT id, status FROM direct ORDER BY id')).toEqual([
      { id: 'a', status: 'ok' },
      { id: 'b', status: 'missing' },
    ]);
  });

  it('appends Arrow by column name, whatever the column order', async () => {
    const ipc = rowsToArrowIpc(
      [
        { name: 'label', type: 'string' },
        { name: 'series_id', type: 'string' },
        { name: 'overridden', type: 'bool' },
      ],
      [
        { label: 'Väntetid', series_id: 's1', overridden: false },
        { label: 'Genomförandeplan', series_id: 's2', overridden: true },
      ],
    );
    expect(await db.insertArrowIpc('series', ipc)).toBe(2);
    const rows = await db.query(
      'SELECT series_id, label, overridden FROM series ORDER BY series_id',
    );
    expect(rows).toEqual([
      { series_id: 's1', label: 'Väntetid', overridden: false },
      { series_id: 's2', label: 'Genomförandeplan', overridden: true },
    ]);
  });

  it('round-trips a query result through Arrow IPC', async () => {
    const ipc = await db.queryArrowIpc('SELECT * FROM series');
    await db.exec('CREATE TABLE series_copy AS SELECT * FROM series WHERE false');
    expect(await db.insertArrowIpc('series_copy', ipc)).toBe(2);
  });

  it('leaves no staging table behind when an append violates a constraint', async () => {
    const ipc = rowsToArrowIpc(
      [
        { name: 'series_id', type: 'string' },
        { name: 'label', type: 'string' },
      ],
      [{ series_id: 's1', label: 'dubblett' }],
    );
    await expect(db.insertArrowIpc('series', ipc)).rejects.toThrow(/constraint|duplicate/i);
    const stages = await db.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '__stage_%'",
    );
    expect(stages).toEqual([]);
  });

  it('never reaches for the network: a missing extension is an error, not a hang', async () => {
    await expect(db.query("SELECT * FROM read_parquet('nothing.parquet')")).rejects.toThrow();
  });
});

describe('rowsToArrowIpc', () => {
  it('carries every column type and null through DuckDB unchanged', async () => {
    const db = await freshDb();
    try {
      await db.exec('CREATE TABLE t (s VARCHAR, i INTEGER, d DOUBLE, b BOOLEAN, ts TIMESTAMP)');
      const ipc = rowsToArrowIpc(
        [
          { name: 's', type: 'string' },
          { name: 'i', type: 'int' },
          { name: 'd', type: 'double' },
          { name: 'b', type: 'bool' },
          { name: 'ts', type: 'timestamp' },
        ],
        [
          { s: 'Åre', i: 1, d: 0.5, b: true, ts: Date.UTC(2024, 0, 2) },
          { s: null, i: null, d: null, b: null, ts: null },
          { s: '', i: -7, d: -1e9, b: false, ts: Date.UTC(1999, 11, 31, 23, 59) },
        ],
      );
      expect(await db.insertArrowIpc('t', ipc)).toBe(3);
      const rows = await db.query(
        "SELECT s, i, d, b, strftime(ts, '%Y-%m-%d %H:%M') AS ts FROM t ORDER BY i NULLS LAST",
      );
      expect(rows).toEqual([
        { s: '', i: -7, d: -1e9, b: false, ts: '1999-12-31 23:59' },
        { s: 'Åre', i: 1, d: 0.5, b: true, ts: '2024-01-02 00:00' },
        { s: null, i: null, d: null, b: null, ts: null },
      ]);
    } finally {
      await db.close();
    }
  });
});
