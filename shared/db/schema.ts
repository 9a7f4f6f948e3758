import type { Db } from './db';
import { inTransaction } from './transaction';
import { UNIT_LEVELS } from '../model/units';
import { STATUSES, OFFICIAL_CLASSES } from '../model/observations';
import { INDICATOR_KINDS, DIRECTIONS } from '../model/indicators';
import { CURRENT_OBSERVATION_VIEWS } from './current-observation';

/**
 * The data model of DESIGN.md. Table and column names are a public SQL
 * surface (the CLI's `sql` command): add columns freely, rename only with a
 * migration plus a view under the old name.
 */

/** Every table a workspace file carries, parents before children. */
export const DATA_TABLES = [
  'source_file',
  'unit',
  'series',
  'indicator',
  'observation',
  'peer_set',
  'peer_set_member',
  'peer_set_version',
  'peer_set_version_member',
  'annotation',
  'development_area',
  'report',
  'series_override',
  'series_setting',
  'unit_variable',
  'setting',
  'layout_template',
  'development_area_series',
  'development_evaluation',
] as const;
export type DataTable = (typeof DATA_TABLES)[number];

const oneOf = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export type Migration = Readonly<{ version: number; description: string; sql: string }>;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Datamodellen i DESIGN.md',
    sql: `
CREATE TABLE source_file (
  file_id VARCHAR PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL UNIQUE,
  bytes BIGINT NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  publisher VARCHAR,
  area VARCHAR,
  year INTEGER,
  layout VARCHAR,
  warnings VARCHAR -- JSON array of import diagnostics
);
CREATE TABLE unit (
  unit_code VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  level VARCHAR NOT NULL CHECK (level IN (${oneOf(UNIT_LEVELS)})),
  parent_code VARCHAR,
  lan_code VARCHAR,
  kommungrupp_2023 VARCHAR,
  kommungrupp_2017 VARCHAR
);
CREATE TABLE series (
  series_id VARCHAR PRIMARY KEY,
  area VARCHAR,
  label VARCHAR NOT NULL,
  link_confidence DOUBLE,
  link_reason VARCHAR,
  overridden BOOLEAN NOT NULL DEFAULT false
);
CREATE TABLE indicator (
  indicator_id VARCHAR PRIMARY KEY,
  area VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  code VARCHAR,
  title VARCHAR NOT NULL,
  description VARCHAR,
  kind VARCHAR NOT NULL CHECK (kind IN (${oneOf(INDICATOR_KINDS)})),
  direction VARCHAR NOT NULL CHECK (direction IN (${oneOf(DIRECTIONS)})),
  indicator_type VARCHAR,
  quality_dimension VARCHAR,
  series_id VARCHAR,
  file_id VARCHAR
);
-- No primary key on observation: an ART index over millions of rows costs more
-- than it protects; uniqueness is the importer's job (all-or-nothing per file).
CREATE TABLE observation (
  indicator_id VARCHAR NOT NULL,
  unit_code VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  period VARCHAR,
  value_num DOUBLE,
  value_text VARCHAR,
  status VARCHAR NOT NULL CHECK (status IN (${oneOf(STATUSES)})),
  official_class VARCHAR CHECK (official_class IS NULL OR official_class IN (${oneOf(OFFICIAL_CLASSES)})),
  n INTEGER,
  file_id VARCHAR,
  sheet VARCHAR,
  cell VARCHAR
);
CREATE TABLE peer_set (
  peer_set_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL, -- named | kommungrupp | lan | all | similar
  definition VARCHAR,    -- JSON: how the members were chosen
  version INTEGER NOT NULL DEFAULT 1,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE TABLE peer_set_member (
  peer_set_id VARCHAR NOT NULL,
  unit_code VARCHAR NOT NULL,
  PRIMARY KEY (peer_set_id, unit_code)
);
CREATE TABLE annotation (
  annotation_id VARCHAR PRIMARY KEY,
  unit_code VARCHAR NOT NULL,
  series_id VARCHAR,
  year INTEGER,
  text VARCHAR NOT NULL,
  carry_forward BOOLEAN NOT NULL DEFAULT true,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE TABLE development_area (
  development_area_id VARCHAR PRIMARY KEY,
  unit_code VARCHAR NOT NULL,
  series_id VARCHAR,
  title VARCHAR NOT NULL,
  decided_year INTEGER,
  follow_up_year INTEGER,
  target VARCHAR,
  status VARCHAR,
  notes VARCHAR,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE TABLE report (
  report_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  template VARCHAR NOT NULL,
  definition VARCHAR NOT NULL, -- JSON report document
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
`,
  },
  {
    version: 2,
    description: 'Manuella kopplingar av indikatorer till serier, som överlever omimport',
    sql: `
CREATE TABLE series_override (
  area VARCHAR NOT NULL,
  match_key VARCHAR NOT NULL, -- the indicator's code, or its normalised title
  series_id VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (area, match_key)
);
`,
  },
  {
    version: 3,
    description:
      'Bakgrundsmått, egna variabler per kommun och användarens rättelser av riktning och typ per serie',
    sql: `
ALTER TABLE indicator ADD COLUMN is_background BOOLEAN DEFAULT false;
-- Why the direction is what it is: from the file, inferred (and how), or set by the user.
ALTER TABLE indicator ADD COLUMN direction_reason VARCHAR;
-- The user's corrections per series (direction, type, background); applied to every year, also re-imported ones.
CREATE TABLE series_setting (
  series_id VARCHAR PRIMARY KEY,
  direction VARCHAR CHECK (direction IS NULL OR direction IN (${oneOf(DIRECTIONS)})),
  indicator_type VARCHAR,
  is_background BOOLEAN,
  updated_at TIMESTAMP NOT NULL
);
-- The user's own grouping or structural variables per unit (CSV: kommun code + columns).
CREATE TABLE unit_variable (
  variable VARCHAR NOT NULL,
  unit_code VARCHAR NOT NULL,
  value_num DOUBLE,
  value_text VARCHAR,
  source VARCHAR,
  imported_at TIMESTAMP NOT NULL,
  PRIMARY KEY (variable, unit_code)
);
-- Choices that travel with the workspace (e.g. hemkommun, jämförelsegrupp and years of the analysis), JSON values.
CREATE TABLE setting (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
`,
  },
  {
    version: 4,
    description:
      'n, konfidensintervall och svarsfrekvens per värde, enheternas regiform, ersatta källfiler och sparade importmallar',
    sql: `
-- Read from the columns beside a value ("Antal svar", "KI ±", "Svarsfrekvens (%)"), never indicators of their own.
ALTER TABLE observation ADD COLUMN ci_low DOUBLE;
ALTER TABLE observation ADD COLUMN ci_high DOUBLE;
ALTER TABLE observation ADD COLUMN response_rate DOUBLE;
-- Enheter: kommunal / enskild regi, as published.
ALTER TABLE unit ADD COLUMN regiform VARCHAR;
-- A newer download of the same publication supersedes this file (kept for provenance and "vad har ändrats").
ALTER TABLE source_file ADD COLUMN superseded_by VARCHAR;
-- The user's corrections of how a sheet is read, applied again to next year's file of the same layout.
CREATE TABLE layout_template (
  template_id VARCHAR PRIMARY KEY,
  publisher VARCHAR,
  signature VARCHAR NOT NULL,
  sheet_name VARCHAR,
  mapping VARCHAR NOT NULL, -- JSON SheetMapping
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
`,
  },
  {
    version: 5,
    description:
      'Aktuella värden: ersatta källfiler räknas inte, och samma serie-år från två filer räknas en gång',
    sql: CURRENT_OBSERVATION_VIEWS,
  },
  {
    version: 6,
    description:
      'Ställningstagande på en anteckning: ett rött läge som är prioriterat bort, har åtgärd pågående, är en tolkningsfråga, en metodbrist eller förklarat',
    sql: `
-- A red's stance (issue 19 item 5): prioriterat_bort, atgard_pagar, tolkningsfraga, metodbrist, forklarat or NULL;
-- carried forward with its note (carry_forward). DuckDB cannot add a column with a CHECK, so the app validates
-- the value on write (shared/model/stance.ts) and reads an unknown one as no stance.
ALTER TABLE annotation ADD COLUMN stance VARCHAR;
`,
  },
  {
    version: 8,
    description:
      'Utvecklingsområden från förslag till utvärdering: flera serier, ansvarig, beslut (nämnd, datum), status, avslut, ursprung och en utvärdering per år',
    sql: `
-- Who owns the work, which nämnd decided it and when; when it was closed and with what words.
ALTER TABLE development_area ADD COLUMN owner VARCHAR;
ALTER TABLE development_area ADD COLUMN decided_by VARCHAR;
ALTER TABLE development_area ADD COLUMN decided_date DATE;
ALTER TABLE development_area ADD COLUMN closed_at DATE;
ALTER TABLE development_area ADD COLUMN closing_note VARCHAR;
-- finding (an indicator of a unit), network_proposal (a shared red of a network) or manual; origin_ref names it (JSON).
ALTER TABLE development_area ADD COLUMN origin VARCHAR;
ALTER TABLE development_area ADD COLUMN origin_ref VARCHAR;
-- Several indicator series per utvecklingsområde; development_area.series_id stays (the first one) for older readers.
CREATE TABLE development_area_series (
  development_area_id VARCHAR NOT NULL,
  series_id VARCHAR NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (development_area_id, series_id)
);
INSERT INTO development_area_series
  SELECT development_area_id, series_id, 0 FROM development_area WHERE series_id IS NOT NULL;
-- Status was free text: the words the app wrote become codes (proposed, decided, in_progress, closed).
UPDATE development_area SET status = CASE
  WHEN status IS NULL OR trim(status) = '' THEN 'in_progress'
  WHEN lower(trim(status)) IN ('föreslaget', 'förslag', 'proposed') THEN 'proposed'
  WHEN lower(trim(status)) IN ('beslutat', 'beslutad', 'decided') THEN 'decided'
  WHEN lower(trim(status)) IN ('avslutat', 'avslutad', 'klart', 'klar', 'closed') THEN 'closed'
  ELSE 'in_progress' END;
UPDATE development_area SET origin = 'manual' WHERE origin IS NULL;
-- The evaluation station of the yearly cycle: the kommun's own words on a year's utvecklingsområden.
CREATE TABLE development_evaluation (
  unit_code VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (unit_code, year)
);
`,
  },
  {
    version: 7,
    description:
      'Jämförelsegruppernas historik: varje sparad version av en grupp med sina medlemmar, så att en gammal rapport kan räknas om med samma kommuner',
    sql: `
-- Every saved version of a named peer set; peer_set and peer_set_member stay the current version.
CREATE TABLE peer_set_version (
  peer_set_id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  definition VARCHAR, -- JSON: how the members were chosen, as in peer_set
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (peer_set_id, version)
);
CREATE TABLE peer_set_version_member (
  peer_set_id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  unit_code VARCHAR NOT NULL,
  PRIMARY KEY (peer_set_id, version, unit_code)
);
-- Older workspaces kept only the current members: their history starts at the current version.
INSERT INTO peer_set_version
  SELECT peer_set_id, version, name, definition, updated_at FROM peer_set;
INSERT INTO peer_set_version_member
  SELECT m.peer_set_id, p.version, m.unit_code FROM peer_set_member m JOIN peer_set p USING (peer_set_id);
`,
  },
  {
    version: 9,
    description:
      'Nätverkets anteckningar och tolkningar: en anteckning eller ett utvecklingsområde kan höra till ett nätverk, ha en författarkommun och en härkomst från en nätverksfil',
    sql: `
-- A note, an interpretation or an utvecklingsområde can belong to a network (issue 20 items 2–3):
-- network_id is the saved peer set (NULL: the kommun's own); network items show for every member.
ALTER TABLE annotation ADD COLUMN network_id VARCHAR;
-- 'note' (also when NULL) or 'interpretation' ("så här tolkar vi frågan i nätverket").
ALTER TABLE annotation ADD COLUMN note_kind VARCHAR;
-- The kommun that wrote it, and where it came from when imported (JSON: sender, file time, checksum, import time).
ALTER TABLE annotation ADD COLUMN author_unit VARCHAR;
ALTER TABLE annotation ADD COLUMN provenance VARCHAR;
ALTER TABLE development_area ADD COLUMN network_id VARCHAR;
ALTER TABLE development_area ADD COLUMN author_unit VARCHAR;
ALTER TABLE development_area ADD COLUMN provenance VARCHAR;
`,
  },
];

/** The newest schema version: the last migration's (each change appends one migration). */
export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

const META_DDL = `CREATE TABLE IF NOT EXISTS app_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`;

export async function schemaVersion(db: Db): Promise<number> {
  await db.exec(META_DDL);
  const rows = await db.query<{ value: string }>(
    `SELECT value FROM app_meta WHERE key = 'schema_version'`,
  );
  return rows[0] ? Number(rows[0].value) : 0;
}

/**
 * Bring a database up to `target` (default: the newest). Each migration runs
 * in its own transaction together with the version bump, so a failed step
 * leaves the previous version intact.
 */
export async function migrate(db: Db, target: number = SCHEMA_VERSION): Promise<number> {
  let current = await schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `Databasen har schemaversion ${current}, men den här versionen av ÖJ-analys känner bara till ${SCHEMA_VERSION}.`,
    );
  }
  // In version order whatever order the list was written in (migrations are appended by parallel work).
  const pending = [...MIGRATIONS]
    .sort((a, b) => a.version - b.version)
    .filter((m) => m.version > current && m.version <= target);
  const last = pending.at(-1);
  if (current === 0 && last) {
    // A new database has no earlier version to keep: every step in one transaction and one call to
    // the engine (in the browser each call is a round trip to its worker; one per step cost ~1 s of start-up).
    await inTransaction(db, () =>
      db.exec(
        [
          ...pending.map((m) => m.sql),
          `INSERT OR REPLACE INTO app_meta VALUES ('schema_version', '${last.version}')`,
        ].join(';\n'),
      ),
    );
    return last.version;
  }
  for (const migration of pending) {
    await inTransaction(db, async () => {
      await db.exec(migration.sql);
      await db.exec(
        `INSERT OR REPLACE INTO app_meta VALUES ('schema_version', '${migration.version}')`,
      );
    });
    current = migration.version;
  }
  return current;
}

export type TableCounts = Readonly<Record<DataTable, number>>;

/** Rows per table in one query; `tables` (default: all) must exist, the others count 0. */
export async function tableCounts(
  db: Db,
  tables: readonly DataTable[] = DATA_TABLES,
): Promise<TableCounts> {
  const sql = tables
    .map((t) => `SELECT '${t}' AS name, count(*) AS n FROM ${t}`)
    .join(' UNION ALL ');
  const rows = await db.query<{ name: DataTable; n: number }>(sql);
  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, 0])) as Record<DataTable, number>;
  for (const row of rows) counts[row.name] = row.n;
  return counts;
}
