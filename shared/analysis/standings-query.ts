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

type RawRow = Omit<StandingRow, 'standing' | 'percentile' | 'reason' | 'peerSetId' | 'peerSetVersion'> & { worse: number; equal: number };

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
    if (q.years) where.push(`i.year BETWEEN ${Math.trunc(q.years[0])} AND ${Math.trunc(q.years[1])}`);
    if (q.areas && q.areas.length > 0) where.push(`i.area IN (${q.areas.map(sqlString).join(', ')})`);
    const rows = await db.query<RawRow>(
      `WITH home AS (
         SELECT * FROM observation WHERE unit_code = ${sqlString(q.home)} AND period IS NULL
       ),
       others AS (
         SELECT o.indicator_id, o.value_num FROM observation o JOIN ${temp} p USING (unit_code)
         WHERE o.status = 'ok' AND o.value_num IS NOT NULL AND o.period IS NULL
       ),
       riket AS (
         SELECT indicator_id, value_num FROM observation WHERE unit_code = '00' AND status = 'ok' AND period IS NULL
       )
       SELECT i.indicator_id AS "indicatorId", i.series_id AS "seriesId", i.area, i.year, i.title, i.kind, i.direction,
              i.indicator_type AS "indicatorType", i.quality_dimension AS "qualityDimension",
              h.status AS "homeStatus", h.value_num AS "homeValue", h.value_text AS "homeText", h.n AS "homeN", h.official_class AS "officialClass",
              h.file_id AS "fileId", h.sheet, h.cell,
              count(x.value_num) AS n,
              count(x.value_num) FILTER (WHERE (i.direction = 'higher_better' AND x.value_num < h.value_num)
                                            OR (i.direction = 'lower_better' AND x.value_num > h.value_num)) AS worse,
              count(x.value_num) FILTER (WHERE x.value_num = h.value_num) AS equal,
              median(x.value_num) AS "peerMedian",
              quantile_cont(x.value_num, 0.25) AS "peerQ1",
              quantile_cont(x.value_num, 0.75) AS "peerQ3",
              any_value(r.value_num) AS "riketValue"
       FROM indicator i
       JOIN home h USING (indicator_id)
       LEFT JOIN others x USING (indicator_id)
       LEFT JOIN riket r USING (indicator_id)
       WHERE ${where.join(' AND ')}
       GROUP BY ALL
       ORDER BY i.area, i.series_id, i.year`,
    );
    const mode = q.mode ?? 'relative';
    return rows.map(({ worse, equal, ...row }) => ({
      ...row,
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
