import type { Db } from '../db/db';
import {
  createStandingsIndexer,
  lookupStandings,
  type StandingsIndexer,
} from './standings-precomputed';
import { computeStandings, type StandingRow, type StandingsQuery } from './standings-query';

/**
 * The last few standings computed, per engine and data revision. Översikt,
 * Område and Avvikare ask for the same standings one after the other, and a
 * user flips back and forth between comparison groups and year ranges: the
 * second time is answered from memory. A new revision (import, removal,
 * correction) never sees an older one's results. Concurrent askers share
 * one computation; a failure is not remembered.
 *
 * A standing not in memory is looked up in the engine's precomputed index
 * (standings-precomputed.ts: every built-in and saved comparison set, built
 * once per data revision) — the same answer as `computeStandings`, which
 * answers instead while the index is being built or when the index declines.
 */
export type StandingsCache = Readonly<{
  standings: (db: Db, revision: number, query: StandingsQuery) => Promise<readonly StandingRow[]>;
  /** How many computations were actually run (for tests and the bench). */
  computed: () => number;
  /** How many of them the precomputed index answered (the rest: the reference query). */
  lookedUp: () => number;
  /** The precomputed index of `db` (`whenReady` waits for a build): the bench and tests. */
  indexer: (db: Db) => StandingsIndexer;
}>;

export type StandingsCacheOptions = Readonly<{
  /** Keep a precomputed index per engine (default); false: every computation is the reference query. */
  precompute?: boolean;
  /** Between the index's SQL passes (the browser yields to the UI there). */
  yieldBetween?: () => Promise<void>;
}>;

export function createStandingsCache(
  capacity = 8,
  options: StandingsCacheOptions = {},
): StandingsCache {
  const byDb = new WeakMap<Db, Map<string, Promise<readonly StandingRow[]>>>();
  const indexers = new WeakMap<Db, StandingsIndexer>();
  let computed = 0;
  let lookedUp = 0;
  const indexer = (db: Db) => {
    let found = indexers.get(db);
    if (!found) {
      found = createStandingsIndexer(
        db,
        options.yieldBetween ? { yieldBetween: options.yieldBetween } : {},
      );
      indexers.set(db, found);
    }
    return found;
  };
  const compute = async (db: Db, revision: number, query: StandingsQuery) => {
    if (options.precompute !== false) {
      const index = await indexer(db)
        .forRevision(revision)
        .catch(() => null);
      const rows = index && lookupStandings(index, query);
      if (rows) {
        lookedUp += 1;
        return rows;
      }
    }
    return computeStandings(db, query);
  };
  return {
    standings(db, revision, query) {
      let entries = byDb.get(db);
      if (!entries) byDb.set(db, (entries = new Map()));
      const key = cacheKey(revision, query);
      const hit = entries.get(key);
      if (hit) {
        // Most recently used last: Map keeps insertion order.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      computed += 1;
      const pending = compute(db, revision, query);
      entries.set(key, pending);
      pending.catch(() => entries.get(key) === pending && entries.delete(key));
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return pending;
    },
    computed: () => computed,
    lookedUp: () => lookedUp,
    indexer,
  };
}

/** Everything the result depends on; the members themselves, since a named set can be edited. */
function cacheKey(revision: number, q: StandingsQuery): string {
  return JSON.stringify([
    revision,
    q.home,
    q.peers.id,
    q.peers.version,
    [...q.peers.members].sort(),
    q.years ?? null,
    q.areas ? [...q.areas].sort() : null,
    q.seriesIds ? [...q.seriesIds].sort() : null,
    q.mode ?? 'relative',
    q.thresholds ? Object.entries(q.thresholds).sort(([a], [b]) => (a < b ? -1 : 1)) : null,
  ]);
}
