import type { Db } from '../db/db';
import { quoteIdent, sqlString } from '../db/db';
import type { Direction, IndicatorKind, IndicatorType, QualityDimension } from '../model/indicators';
import type { OfficialClass, Status } from '../model/observations';
import type { ResolvedPeerSet } from './peer-sets';
import { classifyStanding, type ColourMode, type Standing } from './standing';

export type StandingsQuery = Readonly<{
  home: string;
  peers: ResolvedPeerSet;
  years?: readonly [number, number];
  areas?: readonly string[];
  /** Only these series (the Indikator view, follow-ups): the same rows, far less work. */
  seriesIds?: readonly string[];
  mode?: ColourMode;
  /** Per indicator_id, for mode 'absolute'. */
  thresholds?: Readonly<Record<string, number>>;
}>;

/** One indicator-year for the home unit, with what it was computed from (so a report can cite it). */
export type StandingRow = Readonly<{
  indicatorId: string;
  seriesId: string | null;
  area: string;
  year: number;
  title: string;
  kind: IndicatorKind;
  direction: Direction;
  indicatorType: IndicatorType | null;
  qualityDimension: QualityDimension | null;
  homeStatus: Status;
  homeValue: number | null;
  homeText: string | null;
  /** The home value's published n (denominator), when the file gives one. */
  homeN: number | null;
  officialClass: OfficialClass | null;
  n: number;
  peerMedian: number | null;
  peerQ1: number | null;
  peerQ3: number | null;
  riketValue: number | null;
  standing: Standing;
  percentile: number | null;
  reason: string;
  /** Provenance of the home value. */
  fileId: string | null;
  sheet: string | null;
  cell: string | null;
  peerSetId: string;
  peerSetVersion: number;
}>;

type RawRow = Omit<StandingRow, 'standing' | 'percentile' | 'reason' | 'peerSetId' | 'peerSetVersion' | 'peerMedian' | 'peerQ1' | 'peerQ3'> & { worse: number; equal: number };

let tempCounter = 0;
const SAFE_CODE = /^[0-9A-Za-z-]{1,60}$/;

/**
 * Standings of one unit on every indicator-year it has, against an explicit
 * comparison set. Comparators are only those with status ok and a number:
 * a suppressed value never counts, never shifts anyone's rank.
 */
export async function computeStandings(db: Db, q: StandingsQuery): Promise<StandingRow[]> {
  if (!SAFE_CODE.test(q.home)) throw new Error(`Ogiltig enhetskod: ${q.home}`);
  const members = q.peers.members.filter((m) => m !== q.home);
  for (const m of members) if (!SAFE_CODE.test(m)) throw new Error(`Ogiltig enhetskod: ${m}`);
  tempCounter += 1;
  const temp = quoteIdent(`__peers_${tempCounter}`);
  await db.exec(`CREATE TEMP TABLE ${temp} (unit_code VARCHAR PRIMARY KEY)`);
  try {
    if (members.length > 0) await db.exec(`INSERT INTO ${temp} VALUES ${members.map((m) => `(${sqlString(m)})`).join(', ')}`);
    // Bakgrundsmått are context for comparisons, never given a standing.
    const where: string[] = ['NOT coalesce(i.is_background, false)'];
    const yearFilter = q.years ? `AND year BETWEEN ${Math.trunc(q.years[0])} AND ${Math.trunc(q.years[1])}` : '';
    if (q.years) where.push(`i.year BETWEEN ${Math.trunc(q.years[0])} AND ${Math.trunc(q.years[1])}`);
    if (q.areas && q.areas.length > 0) where.push(`i.area IN (${q.areas.map(sqlString).join(', ')})`);
    if (q.seriesIds) where.push(q.seriesIds.length > 0 ? `i.series_id IN (${q.seriesIds.map(sqlString).join(', ')})` : 'FALSE');
    // The comparators are aggregated per indicator first (one narrow GROUP BY on
    // the id, one sort for all three quantiles); the descriptive columns are
    // joined on afterwards. Years are filtered before the joins.
    const rows = await db.query<RawRow & { q: number[] | null }>(
      `WITH home AS (
         SELECT indicator_id, status, value_num, value_text, n, official_class, file_id, sheet, cell
         FROM observation WHERE unit_code = ${sqlString(q.home)} AND period IS NULL ${yearFilter}
       ),
       scope AS (
         SELECT i.* FROM indicator i SEMI JOIN home USING (indicator_id) WHERE ${where.join(' AND ')}
       ),
       agg AS (
         SELECT o.indicator_id, count(*) AS n,
                count(*) FILTER (WHERE (s.direction = 'higher_better' AND o.value_num < h.value_num)
                                    OR (s.direction = 'lower_better' AND o.value_num > h.value_num)) AS worse,
                count(*) FILTER (WHERE o.value_num = h.value_num) AS equal,
                quantile_cont(o.value_num, [0.25, 0.5, 0.75]) AS q
         FROM observation o
         JOIN ${temp} p ON p.unit_code = o.unit_code
         JOIN scope s ON s.indicator_id = o.indicator_id
         JOIN home h ON h.indicator_id = o.indicator_id
         WHERE o.status = 'ok' AND o.value_num IS NOT NULL AND o.period IS NULL ${yearFilter.replace('year', 'o.year')}
         GROUP BY o.indicator_id
       ),
       riket AS (
         SELECT indicator_id, any_value(value_num) AS value_num FROM observation
         WHERE unit_code = '00' AND status = 'ok' AND period IS NULL ${yearFilter} GROUP BY indicator_id
       )
       SELECT s.indicator_id AS "indicatorId", s.series_id AS "seriesId", s.area, s.year, s.title, s.kind, s.direction,
              s.indicator_type AS "indicatorType", s.quality_dimension AS "qualityDimension",
              h.status AS "homeStatus", h.value_num AS "homeValue", h.value_text AS "homeText", h.n AS "homeN", h.official_class AS "officialClass",
              h.file_id AS "fileId", h.sheet, h.cell,
              coalesce(a.n, 0) AS n, coalesce(a.worse, 0) AS worse, coalesce(a.equal, 0) AS equal, a.q,
              r.value_num AS "riketValue"
       FROM scope s
       JOIN home h USING (indicator_id)
       LEFT JOIN agg a USING (indicator_id)
       LEFT JOIN riket r USING (indicator_id)
       ORDER BY s.area, s.series_id, s.year, s.indicator_id`,
    );
    const mode = q.mode ?? 'relative';
    return rows.map(({ worse, equal, q: quartiles, ...row }) => ({
      ...row,
      peerQ1: quartiles?.[0] ?? null,
      peerMedian: quartiles?.[1] ?? null,
      peerQ3: quartiles?.[2] ?? null,
      ...classifyStanding(
        {
          kind: row.kind,
          direction: row.direction,
          homeStatus: row.homeStatus,
          homeValue: row.homeValue,
          n: row.n,
          worse,
          equal,
          officialClass: row.officialClass,
          threshold: q.thresholds?.[row.indicatorId] ?? null,
        },
        mode,
      ),
      peerSetId: q.peers.id,
      peerSetVersion: q.peers.version,
    }));
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${temp}`);
  }
}
