import { openNodeDb, type NodeDb } from '../../shared/platform/node/duckdb-node';
import { migrate } from '../../shared/db/schema';

/** A real duckdb-wasm engine with the current schema. */
export async function freshDb(): Promise<NodeDb> {
  const db = await openNodeDb();
  await migrate(db);
  return db;
}
