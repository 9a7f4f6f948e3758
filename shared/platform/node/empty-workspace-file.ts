import { initNewWorkspace } from '../../workspace/new-workspace';
import { openNodeDb } from './duckdb-node';

/**
 * The database file of a new, empty workspace (the newest schema and the reference units), made
 * at build time by the same migrations the app runs (vite.config.ts emits it as
 * EMPTY_WORKSPACE_ASSET). Attaching it at start-up takes ~20 ms where building it in the page took
 * ~240 ms of every start (issue 21: engine ready ≤ 2 s).
 */
export async function buildEmptyWorkspaceFile(): Promise<Uint8Array> {
  const db = await openNodeDb();
  try {
    await initNewWorkspace(db);
    return await db.databaseFile({ compact: true });
  } finally {
    await db.close();
  }
}
