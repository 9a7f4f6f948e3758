import type { Db } from '../db/db';
import { quoteIdent, sqlString } from '../db/db';
import type {
  Direction,
  IndicatorKind,
  IndicatorType,
  QualityDimension,
} from '../model/indicators';
import type { OfficialClass, Status } from '../model/observations';
import type { ResolvedPeerSet } from './peer-sets';
import { classifyStanding, type ColourMode, type Standing } from './standing';
import { nearBoundary, smallNumbers, type NearBoundary, type SmallNumbers } from './uncertainty';

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
  /** The home value's published confidence interval, in the value's own unit (issue 19 item 3). */
  homeCiLow?: number | null;
  homeCiHigh?: number | null;
  /** "Små tal" (n < 30, or a KI half-width over 10 procentenheter), with why. */
  smallNumbers?: SmallNumbers;
  /** "Nära gränsen": the tercile changes within the KI (or one rank away); only for a relative standing. */
  nearBoundary?: NearBoundary;
  officialClass: OfficialClass | null;
  /**
   * Ja/Nej only (issue 19 item 4), present when the home answers Ja or Nej:
   * how many comparators (the comparison set minus the home, status ok) answer
   * Ja or Nej, and the share of them giving the home's own answer — "Nej –
   * som 92 % av jämförelsegruppen". The share is null when no comparator answers.
   */
  comparatorsWithAnswer?: number;
  sameAnswerShare?: number | null;
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

/**
 * One indicator-year before classification: the home's row, what it was
 * compared with (counts of comparators worse / equal, also at the KI's ends,
 * those answering Ja or Nej) and the comparators' quartiles `q`. The on-the-fly
 * query and the precomputed lookup (standings-precomputed.ts) both produce it;
 * `finishStandings` turns it into the StandingRow, so both answer alike.
 */
export type RawStanding = Omit<
  StandingRow,
  | 'standing'
  | 'percentile'
  | 'reason'
  | 'peerSetId'
  | 'peerSetVersion'
  | 'peerMedian'
  | 'peerQ1'
  | 'peerQ3'
  | 'smallNumbers'
  | 'nearBoundary'
  | 'comparatorsWithAnswer'
  | 'sameAnswerShare'
> & {
  worse: number;
  answered: number;
  equal: number;
  worse_lo: number | null;
  equal_lo: number | null;
  worse_hi: number | null;
  equal_hi: number | null;
  /** quantile_cont of the comparators' values at 0.25, 0.5, 0.75; null without comparators. */
  q: number[] | null;
};

let tempCounter = 0;
/** Beyond this many indicator-years the narrowing is a semi join rather than a list of ids in the SQL text. */
const MAX_LISTED_IDS = 2000;
const SAFE_CODE = /^[0-9A-Za-z-]{1,60}$/;

/** The comparators of a query (the home never one of them), every code checked. */
export function standingsComparators(q: StandingsQuery): string[] {
  if (!SAFE_CODE.test(q.home)) throw new Error(`Ogiltig enhetskod: ${q.home}`);
  const members = q.peers.members.filter((m) => m !== q.home);
  for (const m of members) if (!SAFE_CODE.test(m)) throw new Error(`Ogiltig enhetskod: ${m}`);
  return members;
}

/**
 * Standings of one unit on every indicator-year it has, against an explicit
 * comparison set. Comparators are only those with status ok and a number:
 * a suppressed value never counts, never shifts anyone's rank.
 */
export async function computeStandings(db: Db, q: StandingsQuery): Promise<StandingRow[]> {
  const members = standingsComparators(q);
  tempCounter += 1;
  const temp = quoteIdent(`__peers_${tempCounter}`);
  await db.exec(`CREATE TEMP TABLE ${temp} (unit_code VARCHAR PRIMARY KEY)`);
  try {
    if (members.length > 0)
      await db.exec(
        `INSERT INTO ${temp} VALUES ${members.map((m) => `(${sqlString(m)})`).join(', ')}`,
      );
    // Bakgrundsmått are context for comparisons, never given a standing.
    const where: string[] = ['NOT coalesce(i.is_background, false)'];
    const yearFilter = q.years
      ? `AND year BETWEEN ${Math.trunc(q.years[0])} AND ${Math.trunc(q.years[1])}`
      : '';
    if (q.years)
      where.push(`i.year BETWEEN ${Math.trunc(q.years[0])} AND ${Math.trunc(q.years[1])}`);
    if (q.areas && q.areas.length > 0)
      where.push(`i.area IN (${q.areas.map(sqlString).join(', ')})`);
    if (q.seriesIds)
      where.push(
        q.seriesIds.length > 0
          ? `i.series_id IN (${q.seriesIds.map(sqlString).join(', ')})`
          : 'FALSE',
      );
    // One pass over the observations of the years asked for: the home's row,
    // the comparators' values and riket, aggregated per indicator. The peers'
    // values are kept as a list so "worse" and "equal" can be counted against
    // the home value afterwards without a second pass (A/B at full scale in one
    // process: 12–25 % faster than separate scans for home, riket and comparators).
    // A few series or areas: narrow the scan to them first. Everything: the
    // year filter does that already; the semi join measured no gain there.
    const narrowed = Boolean(q.seriesIds || (q.areas && q.areas.length > 0));
    // current_observation is a view (shared/db/current-observation.ts): a semi
    // join above it no longer narrows the scan below it, a list of ids does
    // (A/B at full scale: three series 600 → 850 ms with the semi join).
    const ids = narrowed
      ? (
          await db.query<{ indicator_id: string }>(
            `SELECT i.indicator_id FROM current_indicator i WHERE ${where.join(' AND ')}`,
          )
        ).map((r) => r.indicator_id)
      : [];
    const narrowing = !narrowed
      ? ''
      : ids.length <= MAX_LISTED_IDS
        ? `AND o.indicator_id IN (${ids.length > 0 ? ids.map(sqlString).join(', ') : 'NULL'})`
        : 'AND o.indicator_id IN (SELECT indicator_id FROM scope)';
    const isHome = `o.unit_code = ${sqlString(q.home)}`;
    const isComparator = "p.unit_code IS NOT NULL AND o.status = 'ok' AND o.value_num IS NOT NULL";
    const homeValue = (column: string, alias = column) =>
      `any_value(o.${column}) FILTER (WHERE ${isHome}) AS ${alias}`;
    const rows = await db.query<RawStanding>(
      `WITH scope AS (
         SELECT i.* FROM current_indicator i WHERE ${where.join(' AND ')}
       ),
       one AS (
         SELECT o.indicator_id,
                ${['status', 'value_num', 'value_text', 'official_class', 'file_id', 'sheet', 'cell'].map((c) => homeValue(c)).join(', ')},
                ${homeValue('n', 'home_n')}, ${homeValue('ci_low', 'home_ci_low')}, ${homeValue('ci_high', 'home_ci_high')},
                list(o.value_num) FILTER (WHERE ${isComparator}) AS vals,
                quantile_cont(o.value_num, [0.25, 0.5, 0.75]) FILTER (WHERE ${isComparator}) AS q,
                any_value(o.value_num) FILTER (WHERE o.unit_code = '00' AND o.status = 'ok') AS riket
         FROM current_observation o
         LEFT JOIN ${temp} p ON p.unit_code = o.unit_code
         WHERE o.period IS NULL ${yearFilter.replace('year', 'o.year')} ${narrowing}
           AND (p.unit_code IS NOT NULL OR o.unit_code IN (${sqlString(q.home)}, '00'))
         GROUP BY o.indicator_id
         HAVING count(*) FILTER (WHERE ${isHome}) > 0
       )
       SELECT s.indicator_id AS "indicatorId", s.series_id AS "seriesId", s.area, s.year, s.title, s.kind, s.direction,
              s.indicator_type AS "indicatorType", s.quality_dimension AS "qualityDimension",
              x.status AS "homeStatus", x.value_num AS "homeValue", x.value_text AS "homeText", x.home_n AS "homeN",
              x.home_ci_low AS "homeCiLow", x.home_ci_high AS "homeCiHigh",
              ${['lo', 'hi']
                .map((end) => {
                  const bound = `x.home_ci_${end === 'lo' ? 'low' : 'high'}`;
                  return `CASE WHEN ${bound} IS NOT NULL THEN coalesce(CASE s.direction
                  WHEN 'higher_better' THEN len(list_filter(x.vals, v -> v < ${bound}))
                  WHEN 'lower_better' THEN len(list_filter(x.vals, v -> v > ${bound})) END, 0) END AS worse_${end},
                  CASE WHEN ${bound} IS NOT NULL THEN coalesce(len(list_filter(x.vals, v -> v = ${bound})), 0) END AS equal_${end}`;
                })
                .join(', ')},
              x.official_class AS "officialClass", x.file_id AS "fileId", x.sheet, x.cell,
              coalesce(len(x.vals), 0) AS n,
              coalesce(CASE s.direction
                WHEN 'higher_better' THEN len(list_filter(x.vals, v -> v < x.value_num))
                WHEN 'lower_better' THEN len(list_filter(x.vals, v -> v > x.value_num)) END, 0) AS worse,
              coalesce(len(list_filter(x.vals, v -> v = x.value_num)), 0) AS equal,
              coalesce(len(list_filter(x.vals, v -> v IN (0, 1))), 0) AS answered,
              x.q, x.riket AS "riketValue"
       FROM scope s
       JOIN one x USING (indicator_id)
       ORDER BY s.area, s.series_id, s.year, s.indicator_id`,
    );
    return finishStandings(rows, q);
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${temp}`);
  }
}

/** Classify raw standings (DESIGN.md) and add what the views show beside them. */
export function finishStandings(rows: readonly RawStanding[], q: StandingsQuery): StandingRow[] {
  const mode = q.mode ?? 'relative';
  const out: StandingRow[] = new Array<StandingRow>(rows.length);
  // Built field by field, in the order the rows always had (the query's columns, then what is
  // derived): no object rest or spread, which cost ~10× as much per row on a metaanalys of
  // thousands of indicator-years.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const { worse, equal } = r;
    const result = classifyStanding(
      {
        kind: r.kind,
        direction: r.direction,
        homeStatus: r.homeStatus,
        homeValue: r.homeValue,
        n: r.n,
        worse,
        equal,
        officialClass: r.officialClass,
        threshold: q.thresholds?.[r.indicatorId] ?? null,
      },
      mode,
    );
    const ranked = result.percentile !== null;
    const row = {
      indicatorId: r.indicatorId,
      seriesId: r.seriesId,
      area: r.area,
      year: r.year,
      title: r.title,
      kind: r.kind,
      direction: r.direction,
      indicatorType: r.indicatorType,
      qualityDimension: r.qualityDimension,
      homeStatus: r.homeStatus,
      homeValue: r.homeValue,
      homeText: r.homeText,
      homeN: r.homeN,
      homeCiLow: r.homeCiLow,
      homeCiHigh: r.homeCiHigh,
      officialClass: r.officialClass,
      fileId: r.fileId,
      sheet: r.sheet,
      cell: r.cell,
      n: r.n,
      riketValue: r.riketValue,
      peerQ1: r.q?.[0] ?? null,
      peerMedian: r.q?.[1] ?? null,
      peerQ3: r.q?.[2] ?? null,
      standing: result.standing,
      percentile: result.percentile,
      reason: result.reason,
    } as { -readonly [K in keyof StandingRow]: StandingRow[K] };
    const context = sameAnswer(r, equal, r.answered);
    if (context) {
      row.comparatorsWithAnswer = context.comparatorsWithAnswer;
      row.sameAnswerShare = context.sameAnswerShare;
    }
    row.smallNumbers = smallNumbers(r.kind, r.homeN, r.homeCiLow ?? null, r.homeCiHigh ?? null);
    row.nearBoundary = ranked
      ? nearBoundary({
          n: r.n,
          worse,
          equal,
          atLow:
            r.worse_lo === null || r.equal_lo === null
              ? null
              : { worse: r.worse_lo, equal: r.equal_lo },
          atHigh:
            r.worse_hi === null || r.equal_hi === null
              ? null
              : { worse: r.worse_hi, equal: r.equal_hi },
        })
      : { near: false, reason: null };
    row.peerSetId = q.peers.id;
    row.peerSetVersion = q.peers.version;
    out[i] = row;
  }
  return out;
}

/**
 * Ja/Nej in context: among the comparators that answer Ja or Nej (value 1
 * or 0, status ok; the home is never one of them), how many give the home's
 * answer. Only for a yes/no indicator whose home value is itself Ja or Nej.
 */
function sameAnswer(
  row: Pick<StandingRow, 'kind' | 'homeStatus' | 'homeValue'>,
  equal: number,
  answered: number,
): { comparatorsWithAnswer: number; sameAnswerShare: number | null } | null {
  if (
    row.kind !== 'yesno' ||
    row.homeStatus !== 'ok' ||
    (row.homeValue !== 0 && row.homeValue !== 1)
  )
    return null;
  return {
    comparatorsWithAnswer: answered,
    sameAnswerShare: answered === 0 ? null : equal / answered,
  };
}
