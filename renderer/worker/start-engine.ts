import type { Db } from '../../shared/db/db';
import { openBrowserDb } from '../../shared/platform/browser/duckdb-browser';
import { ENGINE_BUNDLE } from './engine-bundle';

/** A new engine in its own worker. */
export function startEngine(): Promise<Db> {
  return openBrowserDb(ENGINE_BUNDLE);
}
