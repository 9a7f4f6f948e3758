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
export const SCHEMA_VERSION = 5;

/** Every table a workspace file carries, parents before children. */
export const DATA_TABLES = [
  'source_file',
  'unit',
  'series',
  'indicator',
  'observation',
  'peer_set',
  'peer_set_member',
  'annotation',
  'development_area',
  'report',
  'series_override',
  'series_setting',
  'unit_variable',
  'setting',
  'layout_template',
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
];

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
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
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

export async function tableCounts(db: Db): Promise<TableCounts> {
  const sql = DATA_TABLES.map((t) => `SELECT '${t}' AS name, count(*) AS n FROM ${t}`).join(
    ' UNION ALL ',
  );
  const rows = await db.query<{ name: DataTable; n: number }>(sql);
  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, 0])) as Record<DataTable, number>;
  for (const row of rows) counts[row.name] = row.n;
  return counts;
}
