import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import {
  DATA_TABLES,
  migrate,
  SCHEMA_VERSION,
  schemaVersion,
  tableCounts,
} from '../../../shared/db/schema';
import type { Db } from '../../../shared/db/db';

describe('schema and migrations on real duckdb-wasm', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });
  afterAll(async () => db.close());

  it('starts at version 0 and migrates to the newest version', async () => {
    expect(await schemaVersion(db)).toBe(0);
    expect(await migrate(db)).toBe(SCHEMA_VERSION);
    expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
  });

  it('is idempotent', async () => {
    expect(await migrate(db)).toBe(SCHEMA_VERSION);
  });

  it('creates every table of the data model, empty', async () => {
    const tables = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
    );
    const names = tables.map((t) => t.table_name);
    for (const table of DATA_TABLES) expect(names).toContain(table);
    const counts = await tableCounts(db);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('keeps the public column names of DESIGN.md', async () => {
    const columns = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'observation' ORDER BY ordinal_position",
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'indicator_id',
      'unit_code',
      'year',
      'period',
      'value_num',
      'value_text',
      'status',
      'official_class',
      'n',
      'file_id',
      'sheet',
      'cell',
      // schema 4: the published KI and svarsfrekvens beside the value
      'ci_low',
      'ci_high',
      'response_rate',
    ]);
    const units = await db.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'unit' ORDER BY ordinal_position",
    );
    expect(units.map((c) => c.column_name)).toEqual([
      'unit_code',
      'name',
      'level',
      'parent_code',
      'lan_code',
      'kommungrupp_2023',
      'kommungrupp_2017',
      'regiform',
    ]);
  });

  it('rejects a status outside the defined set', async () => {
    await expect(
      db.exec(
        "INSERT INTO observation (indicator_id, unit_code, year, status) VALUES ('i', '0180', 2024, 'zero')",
      ),
    ).rejects.toThrow(/CHECK/i);
  });

  it('refuses a database from a newer schema', async () => {
    const other = await openNodeDb();
    try {
      await other.exec(`CREATE TABLE app_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`);
      await other.exec(`INSERT INTO app_meta VALUES ('schema_version', '${SCHEMA_VERSION + 1}')`);
      await expect(migrate(other)).rejects.toThrow(/nyare|känner bara till/);
    } finally {
      await other.close();
    }
  });
});
