import { useEffect, useState } from 'react';
import type { Row, SqlParam } from '../../shared/db/db';
import { useEngine } from './engine-context';

/**
 * Rows of a query against the open workspace, re-run whenever the data
 * changes (the engine's revision). A failed query gives no rows; a late
 * answer for an old revision is dropped.
 */
export function useDbQuery<T extends Row>(
  sql: string,
  params: readonly SqlParam[] = [],
  map?: (rows: T[]) => T[],
): readonly T[] {
  const { state } = useEngine();
  const db = state.phase === 'ready' ? state.db : null;
  const revision = state.phase === 'ready' ? state.revision : 0;
  const [rows, setRows] = useState<readonly T[]>([]);
  const key = JSON.stringify(params);
  useEffect(() => {
    if (!db) return;
    let live = true;
    db.query<T>(sql, JSON.parse(key) as SqlParam[]).then(
      (r) => live && setRows(map ? map(r) : r),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
    // `map` is expected to be stable (module level); params are compared by value.
  }, [db, revision, sql, key]);
  return rows;
}
