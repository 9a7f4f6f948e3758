import type { Db } from '../db/db';
import { computeStandings, type StandingRow, type StandingsQuery } from './standings-query';

/**
 * The last few standings computed, per engine and data revision. Översikt,
 * Område and Avvikare ask for the same standings one after the other, and a
 * user flips back and forth between comparison groups and year ranges: the
 * second time is answered from memory. A new revision (import, removal,
 * correction) never sees an older one's results. Concurrent askers share
 * one computation; a failure is not remembered.
 */
export type StandingsCache = Readonly<{
  standings: (db: Db, revision: number, query: StandingsQuery) => Promise<readonly StandingRow[]>;
  /** How many computations were actually run (for tests and the bench). */
  computed: () => number;
}>;

export function createStandingsCache(capacity = 8): StandingsCache {
  const byDb = new WeakMap<Db, Map<string, Promise<readonly StandingRow[]>>>();
  let computed = 0;
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
      const pending = computeStandings(db, query);
      entries.set(key, pending);
      pending.catch(() => entries.get(key) === pending && entries.delete(key));
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return pending;
    },
    computed: () => computed,
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
