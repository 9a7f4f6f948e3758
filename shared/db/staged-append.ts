import { quoteIdent } from './db';

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

export function dropStageSql(stage: string): string {
  return `DROP TABLE IF EXISTS ${quoteIdent(stage)}`;
}

/**
 * Must run right after connecting: a missing extension then fails with an
 * error instead of trying to download it (which hangs forever offline).
 */
export const OFFLINE_SETTINGS_SQL =
  'SET autoload_known_extensions=false; SET autoinstall_known_extensions=false;';
