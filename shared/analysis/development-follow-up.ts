import type { Db } from '../db/db';
import { STANDING_SYMBOL } from '../charts/standing-style';
import type { ResolvedPeerSet } from './peer-sets';
import type { Standing } from './standing';
import { computeStandings, type StandingRow } from './standings-query';

export type FollowUpVerdict = 'improved' | 'unchanged' | 'worsened' | 'pending' | 'no_series';

export type DevelopmentFollowUp = Readonly<{
  developmentAreaId: string;
  title: string;
  seriesId: string | null;
  decidedYear: number | null;
  followUpYear: number | null;
  baseline: Readonly<{ year: number; value: number | null; standing: Standing }> | null;
  result: Readonly<{ year: number; value: number | null; standing: Standing }> | null;
  verdict: FollowUpVerdict;
}>;

const RANK: Partial<Record<Standing, number>> = { unfavourable: 0, middle: 1, favourable: 2 };

/**
 * Each utvecklingsområde compared with the result after the decision: the
 * baseline is the series' standing in the decision year (or the latest year
 * before it), the result the follow-up year's (or, until then, the latest
 * later year). Better standing → improved; same standing → the value's move
 * in the indicator's direction decides; no later year yet → pending.
 */
export async function followUpDevelopmentAreas(
  db: Db,
  home: string,
  peers: ResolvedPeerSet,
): Promise<DevelopmentFollowUp[]> {
  const areas = await db.query<{
    id: string;
    title: string;
    series_id: string | null;
    decided: number | null;
    follow_up: number | null;
  }>(
    `SELECT development_area_id AS id, title, series_id, decided_year AS decided, follow_up_year AS follow_up
     FROM development_area WHERE unit_code = ? ORDER BY decided_year DESC NULLS LAST, title`,
    [home],
  );
  if (areas.length === 0) return [];
  const seriesIds = [...new Set(areas.flatMap((a) => (a.series_id ? [a.series_id] : [])))];
  const standings = await computeStandings(db, { home, peers, seriesIds });
  const bySeries = new Map<string, StandingRow[]>();
  for (const r of standings)
    if (r.seriesId) bySeries.set(r.seriesId, [...(bySeries.get(r.seriesId) ?? []), r]);
  return areas.map((a) => {
    const base = {
      developmentAreaId: a.id,
      title: a.title,
      seriesId: a.series_id,
      decidedYear: a.decided,
      followUpYear: a.follow_up,
    };
    if (!a.series_id)
      return { ...base, baseline: null, result: null, verdict: 'no_series' as const };
    const rows = (bySeries.get(a.series_id) ?? []).sort((x, y) => x.year - y.year);
    const decided = a.decided ?? Number.POSITIVE_INFINITY;
    const before = rows.filter((r) => r.year <= decided).at(-1) ?? null;
    const after = rows.filter((r) => r.year > decided);
    const outcome = after.find((r) => r.year === a.follow_up) ?? after.at(-1) ?? null;
    const pick = (r: StandingRow | null) =>
      r ? { year: r.year, value: r.homeValue, standing: r.standing } : null;
    return {
      ...base,
      baseline: pick(before),
      result: pick(outcome),
      verdict: verdict(before, outcome),
    };
  });
}

function verdict(before: StandingRow | null, after: StandingRow | null): FollowUpVerdict {
  if (!before || !after) return 'pending';
  const b = RANK[before.standing];
  const r = RANK[after.standing];
  if (b !== undefined && r !== undefined && b !== r) return r > b ? 'improved' : 'worsened';
  if (
    before.homeValue === null ||
    after.homeValue === null ||
    after.direction === 'none' ||
    after.homeValue === before.homeValue
  )
    return 'unchanged';
  const up = after.homeValue > before.homeValue;
  return up === (after.direction === 'higher_better') ? 'improved' : 'worsened';
}

const VERDICT_SV: Readonly<Record<FollowUpVerdict, string>> = {
  improved: 'förbättrat',
  unchanged: 'oförändrat',
  worsened: 'försämrat',
  pending: 'inget nytt resultat ännu',
  no_series: 'ingen indikator kopplad',
};

/** "2023 ▼ 42,1 → 2024 ● 55: förbättrat" — shape and word, never colour alone. */
export function followUpText(f: DevelopmentFollowUp, num: (x: number) => string): string {
  const side = (p: NonNullable<DevelopmentFollowUp['baseline']>) =>
    `${p.year} ${STANDING_SYMBOL[p.standing]} ${p.value === null ? '–' : num(p.value)}`;
  if (f.verdict === 'no_series' || !f.baseline) return VERDICT_SV[f.verdict];
  return `${side(f.baseline)}${f.result ? ` → ${side(f.result)}` : ''}: ${VERDICT_SV[f.verdict]}`;
}
