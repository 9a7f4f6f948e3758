import type { Db, SqlParam } from '../db/db';
import type {
  Direction,
  Indicator,
  IndicatorKind,
  IndicatorType,
  QualityDimension,
} from '../model/indicators';

/** Filters of the indicator catalogue; all optional, combined with AND. */
export type CatalogueFilter = Readonly<{
  area?: string;
  year?: number;
  indicatorType?: IndicatorType;
  qualityDimension?: QualityDimension;
  kind?: IndicatorKind;
  direction?: Direction;
  /** true: only bakgrundsmått; false: only indicators; undefined: both. */
  background?: boolean;
  /** Words that must all occur in title, code or definition (case-insensitive). */
  search?: string;
}>;

export type CatalogueRow = Pick<
  Indicator,
  | 'indicatorId'
  | 'seriesId'
  | 'area'
  | 'year'
  | 'code'
  | 'title'
  | 'description'
  | 'kind'
  | 'direction'
  | 'indicatorType'
  | 'qualityDimension'
  | 'background'
> &
  Readonly<{
    directionReason: string | null;
    fileName: string | null;
    seriesLabel: string | null;
    linkReason: string | null;
    linkConfidence: number | null;
    overridden: boolean;
    /** Years this indicator's series spans in the workspace. */
    seriesYears: number;
    /** The user corrected direction, type or background for the series. */
    edited: boolean;
    /** Where its values are: sheet and cell range, e.g. "Kommuner och län!D5:D316". */
    sourceRange: string | null;
    values: number;
  }>;

export const CATALOGUE_LIMIT = 500;

/** The indicator catalogue: one row per indicator-year, newest first, with its series and source cells. */
export async function catalogue(
  db: Db,
  filter: CatalogueFilter = {},
): Promise<{ rows: CatalogueRow[]; total: number }> {
  const where: string[] = ['TRUE'];
  const params: SqlParam[] = [];
  const eq = (column: string, v: SqlParam | undefined) => {
    if (v === undefined) return;
    where.push(`${column} = ?`);
    params.push(v);
  };
  eq('i.area', filter.area);
  eq('i.year', filter.year);
  eq('i.indicator_type', filter.indicatorType);
  eq('i.quality_dimension', filter.qualityDimension);
  eq('i.kind', filter.kind);
  eq('i.direction', filter.direction);
  if (filter.background !== undefined)
    where.push(
      filter.background
        ? 'coalesce(i.is_background, false)'
        : 'NOT coalesce(i.is_background, false)',
    );
  for (const word of (filter.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    where.push(
      `(i.title ILIKE ? OR coalesce(i.code, '') ILIKE ? OR coalesce(i.description, '') ILIKE ?)`,
    );
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like, like);
  }
  const whereSql = where.join(' AND ');
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM current_indicator i WHERE ${whereSql}`,
    params,
  );
  const rows = await db.query<Omit<CatalogueRow, 'sourceRange' | 'values'>>(
    `WITH span AS (SELECT series_id, count(DISTINCT year) AS years FROM current_indicator GROUP BY series_id)
     SELECT i.indicator_id AS "indicatorId", i.series_id AS "seriesId", i.area, i.year, i.code, i.title, i.description, i.kind, i.direction, i.direction_reason AS "directionReason",
            i.indicator_type AS "indicatorType", i.quality_dimension AS "qualityDimension", coalesce(i.is_background, false) AS background,
            f.file_name AS "fileName", s.label AS "seriesLabel", s.link_reason AS "linkReason", s.link_confidence AS "linkConfidence",
            coalesce(s.overridden, false) AS overridden, coalesce(span.years, 1) AS "seriesYears", ss.series_id IS NOT NULL AS edited
     FROM current_indicator i
     LEFT JOIN source_file f USING (file_id)
     LEFT JOIN series s USING (series_id)
     LEFT JOIN span USING (series_id)
     LEFT JOIN series_setting ss USING (series_id)
     WHERE ${whereSql}
     ORDER BY i.area, i.year DESC, i.title
     LIMIT ${CATALOGUE_LIMIT}`,
    params,
  );
  const sources = new Map<
    string,
    {
      sheet: string | null;
      col: string | null;
      r0: number | null;
      r1: number | null;
      values: number;
    }
  >();
  if (rows.length > 0) {
    const ids = rows.map((r) => r.indicatorId);
    const found = await db.query<{
      id: string;
      sheet: string | null;
      col: string | null;
      r0: number | null;
      r1: number | null;
      values: number;
    }>(
      `SELECT indicator_id AS id, any_value(sheet) AS sheet, min(regexp_extract(cell, '^[A-Z]+')) AS col,
              min(TRY_CAST(regexp_extract(cell, '[0-9]+$') AS INTEGER)) AS r0, max(TRY_CAST(regexp_extract(cell, '[0-9]+$') AS INTEGER)) AS r1,
              count(*) AS "values"
       FROM current_observation WHERE indicator_id IN (${ids.map(() => '?').join(', ')}) GROUP BY indicator_id`,
      ids,
    );
    for (const f of found) sources.set(f.id, f);
  }
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => {
      const s = sources.get(r.indicatorId);
      const sourceRange = s?.sheet
        ? `${s.sheet}${s.col && s.r0 ? `!${s.col}${s.r0}${s.r1 && s.r1 !== s.r0 ? `:${s.col}${s.r1}` : ''}` : ''}`
        : null;
      return {
        ...r,
        seriesYears: Number(r.seriesYears),
        sourceRange,
        values: Number(s?.values ?? 0),
      };
    }),
  };
}

/** The series an indicator could be moved to: same area, other series, with their years. */
export async function seriesChoices(
  db: Db,
  area: string,
): Promise<{ seriesId: string; label: string; years: string }[]> {
  return db.query(
    `SELECT s.series_id AS "seriesId", s.label, string_agg(DISTINCT i.year::VARCHAR, ', ' ORDER BY i.year::VARCHAR) AS years
     FROM series s JOIN indicator i USING (series_id) WHERE s.area = ? GROUP BY s.series_id, s.label ORDER BY s.label`,
    [area],
  );
}

/** Bakgrundsmått of one unit for an area (latest year each), shown beside the results as context. */
export async function backgroundContext(
  db: Db,
  unitCode: string,
  area: string,
): Promise<
  { title: string; year: number; value: number | null; riket: number | null; kind: IndicatorKind }[]
> {
  return db.query(
    `WITH latest AS (
       SELECT series_id, max(year) AS year FROM current_indicator WHERE area = ? AND coalesce(is_background, false) GROUP BY series_id
     )
     SELECT i.title, i.year, h.value_num AS value, r.value_num AS riket, i.kind
     FROM current_indicator i JOIN latest l ON l.series_id = i.series_id AND l.year = i.year
     LEFT JOIN current_observation h ON h.indicator_id = i.indicator_id AND h.unit_code = ? AND h.period IS NULL
     LEFT JOIN current_observation r ON r.indicator_id = i.indicator_id AND r.unit_code = '00' AND r.period IS NULL
     WHERE i.area = ? AND coalesce(i.is_background, false)
     ORDER BY i.title`,
    [area, unitCode, area],
  );
}

/**
 * Every indicator with its type, direction, series and source file, as
 * `oj-analys indicators` prints it (column names are the CLI's, Swedish).
 */
export async function indicatorListing(
  db: Db,
  filter: Readonly<{ area?: string; year?: number }> = {},
): Promise<Record<string, unknown>[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.area !== undefined) {
    where.push('i.area = ?');
    params.push(filter.area);
  }
  if (filter.year !== undefined) {
    where.push('i.year = ?');
    params.push(filter.year);
  }
  return db.query(
    `SELECT i.area, i.year, i.code, i.title, i.kind, i.direction, i.indicator_type AS typ, i.quality_dimension AS kvalitetsomrade,
            coalesce(i.is_background, false) AS bakgrundsmatt, i.series_id, s.file_name AS fil
     FROM indicator i LEFT JOIN source_file s USING (file_id)
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY i.area, i.year, i.code, i.title`,
    params,
  );
}

/** Every series across the years with how sure its linking is and why, as `oj-analys series` prints it. */
export async function seriesListing(db: Db): Promise<Record<string, unknown>[]> {
  return db.query(
    `SELECT s.series_id, s.area, s.label, count(i.indicator_id) AS indikatorer, min(i.year) AS fran, max(i.year) AS till,
            s.link_confidence AS sakerhet, s.link_reason AS skal, s.overridden AS manuell
     FROM series s LEFT JOIN indicator i USING (series_id) GROUP BY ALL ORDER BY s.area, s.label`,
  );
}
