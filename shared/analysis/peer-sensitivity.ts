import type { Db } from '../db/db';
import type { ResolvedPeerSet } from './peer-sets';
import type { Standing } from './standing';
import { computeStandings, type StandingRow, type StandingsQuery } from './standings-query';

export type Sensitivity = Readonly<{
  indicatorId: string;
  standing: Standing;
  /** Standing of the same indicator-year against each other set. */
  others: readonly Readonly<{ peerSetId: string; label: string; standing: Standing }>[];
  verdict: 'robust' | 'beror_pa_jamforelsegrupp';
}>;

/** Does a finding hold against the other peer sets? Robust when every set gives the same standing. */
export async function peerSensitivity(
  db: Db,
  base: StandingsQuery,
  findings: readonly StandingRow[],
  otherSets: readonly ResolvedPeerSet[],
): Promise<Sensitivity[]> {
  const results = await Promise.all(
    otherSets.map(async (peers) => ({
      peers,
      rows: await computeStandings(db, { ...base, peers }),
    })),
  );
  return findings.map((f) => {
    const others = results.map(({ peers, rows }) => ({
      peerSetId: peers.id,
      label: peers.label,
      standing:
        rows.find((r) => r.indicatorId === f.indicatorId)?.standing ?? ('missing' as Standing),
    }));
    return {
      indicatorId: f.indicatorId,
      standing: f.standing,
      others,
      verdict: others.every((o) => o.standing === f.standing)
        ? 'robust'
        : 'beror_pa_jamforelsegrupp',
    };
  });
}
