import type { Db } from '../db/db';
import type { Status } from '../model/observations';
import type { ResolvedPeerSet } from './peer-sets';
import { latestChanges, type SeriesChange } from './change';
import { latestPerSeries } from './latest-year';
import { computeStandings, type StandingRow } from './standings-query';

export type IndicatorDetail = Readonly<{
  seriesId: string;
  label: string;
  linkReason: string | null;
  /** One row per year the home unit has the indicator. */
  years: readonly StandingRow[];
  /** Titles per year, as published (the series' lineage). */
  lineage: readonly Readonly<{
    year: number;
    title: string;
    code: string | null;
    fileName: string | null;
  }>[];
  /** The series' own latest published year within the chosen years (DESIGN.md "Latest year is per series"). */
  latest?: StandingRow | null;
  /** Its change against the series' own previous published year ("2023 jämfört med 2021"), when there is one. */
  latestChange?: SeriesChange | null;
  /** Latest year: every kommun's value, for the distribution. */
  distribution: readonly Readonly<{
    unitCode: string;
    name: string;
    value: number;
    peer: boolean;
    home: boolean;
  }>[];
  description: string | null;
  /** Latest year: the home kommun's parts (Stockholms stadsdelsområden, enheter) when the file has them. */
  parts: readonly Readonly<{
    unitCode: string;
    name: string;
    level: string;
    value: number | null;
    status: Status;
  }>[];
}>;

/**
 * Everything the Indikator view shows, for one series, home unit and
 * comparison set: every year in the table, "latest" within `years` when given.
 */
export async function indicatorDetail(
  db: Db,
  seriesId: string,
  home: string,
  peers: ResolvedPeerSet,
  years?: readonly [number, number],
): Promise<IndicatorDetail | null> {
  const [series] = await db.query<{ label: string; link_reason: string | null }>(
    'SELECT label, link_reason FROM series WHERE series_id = ?',
    [seriesId],
  );
  if (!series) return null;
  const all = await computeStandings(db, { home, peers, seriesIds: [seriesId] });
  const chosen = years ? all.filter((r) => r.year >= years[0] && r.year <= years[1]) : all;
  const lineage = await db.query<{
    year: number;
    title: string;
    code: string | null;
    fileName: string | null;
  }>(
    'SELECT i.year, i.title, i.code, s.file_name AS "fileName" FROM current_indicator i LEFT JOIN source_file s USING (file_id) WHERE i.series_id = ? ORDER BY i.year',
    [seriesId],
  );
  const latest = latestPerSeries(chosen)[0]?.latest ?? null;
  const latestChange = latestChanges(chosen)[0] ?? null;
  const peerSet = new Set(peers.members);
  const distribution = latest
    ? (
        await db.query<{ unitCode: string; name: string; value: number }>(
          `SELECT o.unit_code AS "unitCode", u.name, o.value_num AS value FROM current_observation o JOIN unit u USING (unit_code)
           WHERE o.indicator_id = ? AND o.status = 'ok' AND o.value_num IS NOT NULL AND o.period IS NULL
             AND u.level = coalesce((SELECT level FROM unit WHERE unit_code = ?), 'kommun')
           ORDER BY o.value_num`,
          [latest.indicatorId, home],
        )
      ).map((r) => ({ ...r, peer: peerSet.has(r.unitCode), home: r.unitCode === home }))
    : [];
  const [meta] = latest
    ? await db.query<{ description: string | null }>(
        'SELECT description FROM indicator WHERE indicator_id = ?',
        [latest.indicatorId],
      )
    : [];
  const parts = latest
    ? await db.query<{
        unitCode: string;
        name: string;
        level: string;
        value: number | null;
        status: Status;
      }>(
        `SELECT o.unit_code AS "unitCode", u.name, u.level, o.value_num AS value, o.status FROM current_observation o JOIN unit u USING (unit_code)
         WHERE o.indicator_id = ? AND u.parent_code = ? AND u.level IN ('stadsdel', 'enhet') AND o.period IS NULL ORDER BY o.value_num DESC NULLS LAST, u.name`,
        [latest.indicatorId, home],
      )
    : [];
  return {
    seriesId,
    label: series.label,
    linkReason: series.link_reason,
    years: all,
    latest,
    latestChange,
    lineage,
    distribution,
    description: meta?.description ?? null,
    parts,
  };
}
