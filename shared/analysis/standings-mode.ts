import type { Db } from '../db/db';
import { withOwnTrend } from './own-trend';
import type { ResolvedPeerSet } from './peer-sets';
import type { ColourMode } from './standing';
import { computeStandings, type StandingRow } from './standings-query';

/** How standings are coloured: against the comparison group, the official classes, limits, or the unit's own trend. */
export type StandingsMode = ColourMode | 'trend';
export const STANDINGS_MODES: readonly StandingsMode[] = [
  'relative',
  'official',
  'absolute',
  'trend',
];

/** Own trend needs the years before the first one asked for: computed over everything up to the last, then cut. */
export async function standingsInMode(
  db: Db,
  home: string,
  peers: ResolvedPeerSet,
  mode: StandingsMode,
  years: readonly [number, number] | undefined,
  thresholds: Readonly<Record<string, number>> = {},
): Promise<StandingRow[]> {
  if (mode !== 'trend')
    return computeStandings(db, { home, peers, mode, thresholds, ...(years ? { years } : {}) });
  const all = await computeStandings(db, {
    home,
    peers,
    ...(years ? { years: [0, years[1]] as const } : {}),
  });
  return withOwnTrend(all).filter((r) => !years || r.year >= years[0]);
}
