import { CLASSIFIED } from './standing';
import type { StandingRow } from './standings-query';

export type OutlierSide = 'unfavourable' | 'favourable';

export type PersistentOutlier = Readonly<{
  seriesId: string;
  area: string;
  title: string;
  side: OutlierSide;
  /** Years on that side among the last `m` years with a standing. */
  hits: number;
  m: number;
  years: readonly number[];
  /** Latest year's |value − peer median| / IQR (IQR 0 → raw distance); the tie-breaker. */
  distance: number;
  latest: StandingRow;
}>;

/**
 * Återkommande avvikare: series where the unit is on `side` in at least `n`
 * of the last `m` years that have a standing (default 3 of 4), ranked by
 * persistence, then by distance from the peer median.
 */
export function persistentOutliers(rows: readonly StandingRow[], side: OutlierSide, n = 3, m = 4): PersistentOutlier[] {
  const bySeries = new Map<string, StandingRow[]>();
  for (const row of rows) {
    if (!row.seriesId || !CLASSIFIED.includes(row.standing)) continue;
    bySeries.set(row.seriesId, [...(bySeries.get(row.seriesId) ?? []), row]);
  }
  const out: PersistentOutlier[] = [];
  for (const [seriesId, list] of bySeries) {
    const lastM = [...list].sort((a, b) => b.year - a.year).slice(0, m);
    const onSide = lastM.filter((r) => r.standing === side);
    if (onSide.length < n) continue;
    const latest = lastM[0]!;
    const iqr = latest.peerQ1 !== null && latest.peerQ3 !== null ? latest.peerQ3 - latest.peerQ1 : 0;
    const raw = latest.homeValue !== null && latest.peerMedian !== null ? Math.abs(latest.homeValue - latest.peerMedian) : 0;
    out.push({
      seriesId,
      area: latest.area,
      title: latest.title,
      side,
      hits: onSide.length,
      m: lastM.length,
      years: onSide.map((r) => r.year).sort((a, b) => a - b),
      distance: iqr > 0 ? raw / iqr : raw,
      latest,
    });
  }
  return out.sort((a, b) => b.hits - a.hits || b.distance - a.distance || a.seriesId.localeCompare(b.seriesId));
}

/** "Sticker ut återkommande": areas ranked by how many persistent outliers they hold. */
export function outliersByArea(outliers: readonly PersistentOutlier[]): { area: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of outliers) counts.set(o.area, (counts.get(o.area) ?? 0) + 1);
  return [...counts].map(([area, count]) => ({ area, count })).sort((a, b) => b.count - a.count || a.area.localeCompare(b.area));
}
