import { quoteIdent, sqlString } from './db';

let stageCounter = 0;

/** A fresh staging table name for one bulk append. */
export function nextStageName(): string {
  stageCounter += 1;
  return `__stage_${stageCounter}`;
}

/**
 * Arrow lands in a staging table first and is then appended BY NAME: column
 * order in the Arrow data does not matter, types are cast by DuckDB, and the
 * target's constraints (CHECK, PRIMARY KEY) still apply.
 */
export function appendFromStageSql(table: string, stage: string): string {
  return `INSERT INTO ${quoteIdent(table)} BY NAME SELECT * FROM ${quoteIdent(stage)}; DROP TABLE ${quoteIdent(stage)};`;
}

/** The table's columns in order, with their SQL types (`name`, `type`): for `appendsDirectly` and the compact export. */
export function tableColumnsSql(table: string): string {
  return `SELECT column_name AS name, data_type AS type FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ${sqlString(table)} ORDER BY column_index`;
}

/**
 * When the Arrow columns are exactly the table's, in the same order (a saved
 * workspace, our own bulk loads), the rows are appended straight into the
 * table: the same INSERT with the same casts and constraints, without copying
 * everything through a stage first (at full scale the stage cost ~4 s of a
 * 10 s workspace open). Anything else goes through the stage, matched by name.
 */
export function appendsDirectly(
  arrowColumns: readonly string[],
  tableColumns: readonly string[],
): boolean {
  return (
    arrowColumns.length === tableColumns.length &&
    arrowColumns.every((name, i) => name === tableColumns[i])
  );
}

export function dropStageSql(stage: string): string {
  return `DROP TABLE IF EXISTS ${quoteIdent(stage)}`;
}

/**
 * Must run right after connecting: a missing extension then fails with an
 * error instead of trying to download it (which hangs forever offline).
 */
export const OFFLINE_SETTINGS_SQL =
  'SET autoload_known_extensions=false; SET autoinstall_known_extensions=false;';
