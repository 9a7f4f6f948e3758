import { useEffect, useMemo, useState } from 'react';
import { whatChanged, type NewsItem } from '../../../shared/analysis/change';
import {
  metaAnalysis,
  type MetaCell,
  type MetaDimension,
} from '../../../shared/analysis/meta-analysis';
import {
  resolvePeerSet,
  type PeerSetSpec,
  type ResolvedPeerSet,
} from '../../../shared/analysis/peer-sets';
import {
  persistentOutliers,
  type PersistentOutlier,
} from '../../../shared/analysis/persistent-outliers';
import type { ColourMode } from '../../../shared/analysis/standing';
import { createStandingsCache } from '../../../shared/analysis/standings-cache';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import type { Db } from '../../../shared/db/db';
import { useDbQuery } from '../../state/use-db-query';

export type OverviewChoice = Readonly<{
  home: string;
  peers: PeerSetSpec;
  from: number;
  to: number;
  mode: ColourMode;
  rows: MetaDimension;
}>;

export type OverviewResult = Readonly<{
  /** The hemkommun these standings are for (the choice may already have moved on while they are computed). */
  home: string;
  peerSet: ResolvedPeerSet;
  standings: readonly StandingRow[];
  cells: readonly MetaCell[];
  persistent: readonly PersistentOutlier[];
  news: readonly NewsItem[];
  latestYear: number;
}>;

export type Kommun = Readonly<{ code: string; name: string }>;

const collator = new Intl.Collator('sv');
const byName = (rows: Kommun[]) => [...rows].sort((a, b) => collator.compare(a.name, b.name));

/** What the controls can offer: kommuner with data (sorted the Swedish way), years with data. */
export function useOverviewOptions() {
  const kommuner = useDbQuery<Kommun>(
    "SELECT u.unit_code AS code, u.name FROM unit u WHERE u.level = 'kommun' AND EXISTS (SELECT 1 FROM observation o WHERE o.unit_code = u.unit_code)",
    [],
    byName,
  );
  const yearRows = useDbQuery<{ year: number }>(
    'SELECT DISTINCT year FROM indicator WHERE year > 0 ORDER BY year',
  );
  const years = useMemo(() => yearRows.map((r) => r.year), [yearRows]);
  return { kommuner, years };
}

/** One cache for the window: Översikt, Område and Avvikare ask for the same standings in turn. */
const standingsCache = createStandingsCache();

/** Standings for the choice, computed once, and everything the overview derives from them. */
export function useOverview(db: Db | null, revision: number, choice: OverviewChoice | null) {
  const [result, setResult] = useState<OverviewResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!db || !choice) return;
    let live = true;
    setBusy(true);
    (async () => {
      const peerSet = await resolvePeerSet(db, choice.home, choice.peers);
      const standings = await standingsCache.standings(db, revision, {
        home: choice.home,
        peers: peerSet,
        years: [choice.from, choice.to],
        mode: choice.mode,
      });
      const latestYear = standings.reduce((max, r) => Math.max(max, r.year), 0);
      return {
        home: choice.home,
        peerSet,
        standings,
        cells: metaAnalysis(standings, choice.rows),
        persistent: persistentOutliers(standings, 'unfavourable'),
        news: whatChanged(standings, latestYear),
        latestYear,
      };
    })().then(
      (r) => {
        if (!live) return;
        setResult(r);
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e.message : String(e));
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [db, revision, choice]);
  return useMemo(() => ({ result, busy, error }), [result, busy, error]);
}
