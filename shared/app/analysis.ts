import { resolvePeerSet, type PeerSetSpec, type ResolvedPeerSet } from '../analysis/peer-sets';
import { standingsInMode, type StandingsMode } from '../analysis/standings-mode';
import type { StandingRow } from '../analysis/standings-query';
import type { CommandContext, CommandMap } from './command-types';

/** Commands of this capability: `'analysis.<verb>': (ctx, payload) => result`. */
export const analysisCommands = {
  /**
   * A unit's standing on every indicator-year against a comparison group, in
   * one colour mode (own trend included): what `oj-analys standings`, `meta`
   * and `outliers` print, computed by the same functions as the views.
   */
  'analysis.standings': async (
    { db }: CommandContext,
    p: Readonly<{
      home: string;
      peers: PeerSetSpec;
      years?: readonly [number, number];
      mode?: StandingsMode;
      /** For mode 'absolute': a limit per indicator id. */
      thresholds?: Readonly<Record<string, number>>;
    }>,
  ): Promise<Readonly<{ peerSet: ResolvedPeerSet; rows: StandingRow[] }>> => {
    const peerSet = await resolvePeerSet(db, p.home, p.peers);
    const rows = await standingsInMode(
      db,
      p.home,
      peerSet,
      p.mode ?? 'relative',
      p.years,
      p.thresholds,
    );
    return { peerSet, rows };
  },
} satisfies CommandMap;
