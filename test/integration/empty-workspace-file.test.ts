import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../shared/db/db';
import { emptyDatabaseFile } from '../../shared/db/database-file';
import { DATA_TABLES, migrate, SCHEMA_VERSION, schemaVersion } from '../../shared/db/schema';
import { buildEmptyWorkspaceFile } from '../../shared/platform/node/empty-workspace-file';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace, startNewWorkspace } from '../../shared/workspace/new-workspace';

/** Everything a workspace is: each table's definition and rows, in a fixed order. */
async function contents(db: Db): Promise<unknown> {
  const tables = await db.query<{ name: string; sql: string }>(
    'SELECT table_name AS name, sql FROM duckdb_tables() WHERE database_name = current_database() ORDER BY 1',
  );
  const rows: Record<string, unknown> = {};
  for (const table of DATA_TABLES)
    rows[table] = await db.query(`SELECT * FROM ${table} ORDER BY ALL`);
  const views = await db.query(
    'SELECT view_name, sql FROM duckdb_views() WHERE database_name = current_database() AND NOT internal ORDER BY 1',
  );
  return { tables, rows, views };
}

describe('the prebuilt empty workspace the app starts from (issue 21: engine ready)', () => {
  let reference: unknown;
  let prebuilt: Uint8Array;
  beforeAll(async () => {
    const db = await openNodeDb();
    try {
      await initNewWorkspace(db);
      reference = await contents(db);
    } finally {
      await db.close();
    }
    prebuilt = await buildEmptyWorkspaceFile();
  });

  const started = async (bytes: Uint8Array | null) => {
    const db = await openNodeDb();
    const from = await startNewWorkspace(db, bytes);
    return { db, from };
  };
  const dbs: Db[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('holds exactly what initNewWorkspace builds: every table, row and view', async () => {
    const { db, from } = await started(prebuilt.slice());
    dbs.push(db);
    expect(from).toBe('prebuilt');
    expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(await contents(db)).toEqual(reference);
    const [units] = await db.query<{ n: number }>('SELECT count(*) AS n FROM unit');
    expect(Number(units!.n)).toBe(312); // riket, 21 län, 290 kommuner
  });

  it('builds the workspace in the engine when the file is missing, of another schema version, not a database, without our tables, someone else’s, or not empty', async () => {
    const older = await openNodeDb();
    await migrate(older, 5);
    const schema5 = await older.databaseFile({ compact: true });
    await older.close();

    const used = await openNodeDb();
    await startNewWorkspace(used, prebuilt.slice());
    await used.exec(
      "INSERT INTO observation (indicator_id, unit_code, year, status) VALUES ('x', '0180', 2024, 'ok')",
    );
    const notEmpty = await used.databaseFile({ compact: true });
    await used.close();

    // A database that attaches but holds none of our tables, and one with a table of its own.
    const foreign = await openNodeDb();
    await foreign.attachDatabaseFile(emptyDatabaseFile());
    await foreign.exec(
      'CREATE TABLE someone_elses (x INTEGER); INSERT INTO someone_elses VALUES (1)',
    );
    const someoneElses = await foreign.databaseFile({ compact: true });
    await foreign.close();

    const garbage = new Uint8Array(prebuilt.length).fill(7);
    for (const bytes of [null, schema5, garbage, notEmpty, emptyDatabaseFile(), someoneElses]) {
      const { db, from } = await started(bytes);
      dbs.push(db);
      expect(from).toBe('built');
      expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(await contents(db)).toEqual(reference);
    }
  });
});
