import { ownTrend, type Standing, type Trend } from './standing';
import type { StandingRow } from './standings-query';

const BY_TREND: Readonly<Record<Trend, Standing>> = {
  better: 'favourable',
  unchanged: 'middle',
  worse: 'unfavourable',
};

/**
 * DESIGN.md "Own trend": each indicator-year against the mean of the unit's
 * own previous 2–3 published years with a value (ownTrend), read as a
 * standing — better → favourable, unchanged → middle, worse → unfavourable.
 * Rows without a series have no history: insufficient. The comparison
 * set's columns (n, peer median) are left as they are; the percentile is
 * not a rank here, so it is null.
 */
export function withOwnTrend(rows: readonly StandingRow[]): StandingRow[] {
  const history = new Map<string, StandingRow[]>();
  for (const r of rows)
    if (r.seriesId) history.set(r.seriesId, [...(history.get(r.seriesId) ?? []), r]);
  for (const list of history.values()) list.sort((a, b) => a.year - b.year);
  return rows.map((row) => {
    // "Nära gränsen" is about the comparison set's terciles, not about an own trend.
    const r: StandingRow = { ...row, nearBoundary: { near: false, reason: null } };
    if (r.homeStatus !== 'ok' || r.homeValue === null)
      return { ...r, standing: 'missing', percentile: null, reason: r.homeStatus };
    if (r.direction === 'none')
      return { ...r, standing: 'no_direction', percentile: null, reason: 'riktning saknas' };
    const earlier = (r.seriesId ? history.get(r.seriesId)! : []).filter(
      (e) => e.year < r.year && e.homeStatus === 'ok' && e.homeValue !== null,
    );
    const trend = ownTrend(
      r.direction,
      r.homeValue,
      earlier.map((e) => e.homeValue!),
    );
    if (trend === null)
      return {
        ...r,
        standing: 'insufficient',
        percentile: null,
        reason: `${earlier.length} tidigare år med värde`,
      };
    const used = earlier.slice(-3);
    const mean = used.reduce((sum, e) => sum + e.homeValue!, 0) / used.length;
    return {
      ...r,
      standing: BY_TREND[trend],
      percentile: null,
      reason: `egen trend: mot medel ${Number(mean.toPrecision(6))} (${used.map((e) => e.year).join(', ')})`,
    };
  });
}
