import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { migrate } from '../../shared/db/schema';
import type { Db } from '../../shared/db/db';

/** A real duckdb-wasm engine with the current schema. */
export async function freshDb(): Promise<Db> {
  const db = await openNodeDb();
  await migrate(db);
  return db;
}

/** A new workspace holding the exempeldata, as `oj-analys new --demo` makes it. */
export async function demoDb(): Promise<Db> {
  const db = await openNodeDb();
  await initNewWorkspace(db);
  await loadDemoData(db);
  return db;
}
