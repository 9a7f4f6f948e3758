import type { Db } from '../db/db';
import { rowsToArrowIpc } from '../db/arrow-ipc';
import { unitRow } from '../db/model-rows';
import { emptyDatabaseFile } from '../db/database-file';
import { migrate, SCHEMA_VERSION } from '../db/schema';
import { COLUMNS } from '../db/table-columns';
import { referenceUnits } from '../reference/reference-units';

/** A fresh, empty workspace: the newest schema plus the reference units (riket, län, kommuner). */
export async function initNewWorkspace(db: Db): Promise<void> {
  await migrate(db);
  await db.insertArrowIpc('unit', rowsToArrowIpc(COLUMNS.unit, referenceUnits().map(unitRow)));
}

/** The prebuilt empty workspace next to the app's index.html (see buildEmptyWorkspaceFile). */
export const EMPTY_WORKSPACE_ASSET = 'empty-workspace.duckdb';

/**
 * A fresh, empty workspace from the prebuilt file when it holds this version's schema and the
 * reference units; otherwise (no file, another schema version, bytes the engine refuses) built
 * here as initNewWorkspace does. The engine takes ownership of `prebuilt`.
 */
export async function startNewWorkspace(
  db: Db,
  prebuilt: Uint8Array | null,
): Promise<'prebuilt' | 'built'> {
  if (prebuilt) {
    try {
      await db.attachDatabaseFile(prebuilt);
      // One query, on the start-up path: this version's schema, the reference units, no data.
      const [found] = await db.query<{
        version: string | null;
        units: number;
        observations: number;
      }>(
        "SELECT (SELECT value FROM app_meta WHERE key = 'schema_version') AS version, (SELECT count(*) FROM unit) AS units, (SELECT count(*) FROM observation) AS observations",
      );
      if (
        Number(found?.version) === SCHEMA_VERSION &&
        Number(found?.units) > 0 &&
        Number(found?.observations) === 0
      )
        return 'prebuilt';
    } catch {
      // Refused by the engine, or without our tables.
    }
    // Not ours after all: an empty database in its place, built below.
    await db.attachDatabaseFile(emptyDatabaseFile());
  }
  await initNewWorkspace(db);
  return 'built';
}

/**
 * Reference facts belong to the app, not the file: a workspace saved by an
 * older version gets today's names and kommungrupper (and any missing
 * reference unit) when it is opened. Units the imports brought are untouched.
 */
export async function refreshReferenceUnits(db: Db): Promise<void> {
  await db.exec('CREATE TEMP TABLE __reference_units AS SELECT * FROM unit WHERE false');
  try {
    await db.insertArrowIpc(
      '__reference_units',
      rowsToArrowIpc(COLUMNS.unit, referenceUnits().map(unitRow)),
    );
    await db.exec(`UPDATE unit SET name = r.name, parent_code = r.parent_code, lan_code = r.lan_code,
                     kommungrupp_2023 = r.kommungrupp_2023, kommungrupp_2017 = r.kommungrupp_2017
                   FROM __reference_units r WHERE unit.unit_code = r.unit_code AND unit.level = r.level`);
    await db.exec(
      'INSERT INTO unit SELECT * FROM __reference_units r WHERE r.unit_code NOT IN (SELECT unit_code FROM unit)',
    );
  } finally {
    await db.exec('DROP TABLE IF EXISTS __reference_units');
  }
}
