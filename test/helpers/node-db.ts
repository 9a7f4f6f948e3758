import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { migrate } from '../../shared/db/schema';
import type { Db } from '../../shared/db/db';

/** A real duckdb-wasm engine with the current schema. */
export async function freshDb(): Promise<Db> {
  const db = await openNodeDb();
  await migrate(db);
  return db;
}
