import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDatabaseFile, WORKSPACE_CATALOG } from '../../../shared/db/database-file';
import { sqlString } from '../../../shared/db/db';
import { CURRENT_OBSERVATION_VIEWS } from '../../../shared/db/current-observation';
import { MIGRATIONS, tableCounts } from '../../../shared/db/schema';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../../shared/workspace/new-workspace';

describe('the workspace database file', () => {
  it('starts from exactly the bytes this engine writes for a new database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oj-empty-db-'));
    const db = await openNodeDb();
    try {
      // In Node an unregistered path is the real file system: let the engine make a new file there.
      const file = path.join(dir, 'new.duckdb');
      await db.exec(`ATTACH ${sqlString(file)} AS fresh; DETACH fresh;`);
      expect(Buffer.from(emptyDatabaseFile()).equals(readFileSync(file))).toBe(true);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds the tables: a new workspace lives in the attached catalog, and its bytes open in another engine', async () => {
    const db = await openNodeDb();
    const other = await openNodeDb();
    try {
      await initNewWorkspace(db);
      const catalogs = await db.query<{ database_name: string }>(
        "SELECT DISTINCT database_name FROM duckdb_tables() WHERE table_name = 'unit'",
      );
      expect(catalogs.map((c) => c.database_name)).toEqual([WORKSPACE_CATALOG]);
      await db.exec("INSERT INTO setting VALUES ('probe', '1')");
      await other.attachDatabaseFile(await db.databaseFile({ compact: false }));
      expect(await tableCounts(other)).toEqual(await tableCounts(db));
      expect(await other.query("SELECT value FROM setting WHERE key = 'probe'")).toEqual([
        { value: '1' },
      ]);
      // Writes after a save go on in the same file; the next copy has them.
      await db.exec("UPDATE setting SET value = '2' WHERE key = 'probe'");
      await other.attachDatabaseFile(await db.databaseFile({ compact: false }));
      expect(await other.query("SELECT value FROM setting WHERE key = 'probe'")).toEqual([
        { value: '2' },
      ]);
    } finally {
      await db.close();
      await other.close();
    }
  });

  it('only the migration of CURRENT_OBSERVATION_VIEWS creates views (opening a file re-creates them from it)', () => {
    const withViews = MIGRATIONS.filter((m) => /CREATE\s+(OR\s+REPLACE\s+)?VIEW/i.test(m.sql));
    expect(withViews.map((m) => m.sql)).toEqual([CURRENT_OBSERVATION_VIEWS]);
  });
});
