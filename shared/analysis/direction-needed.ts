import type { Db } from '../db/db';
import type { IndicatorKind } from '../model/indicators';

/** A series whose file neither says nor shows which way is better, and that the user has not decided. */
export type SeriesNeedingDirection = Readonly<{
  seriesId: string;
  area: string;
  /** The newest year's title. */
  title: string;
  kind: IndicatorKind;
  years: readonly number[];
  /** Why it has no direction, as the importer wrote it ("riktning anges inte i filen"). */
  reason: string | null;
}>;

/**
 * "Behöver riktning": series that are not bakgrundsmått, have direction
 * `none` in every year, were not given that `none` by the file itself
 * (reasons starting "enligt …" quote the file) and have no direction chosen
 * by the user. Text series have nothing to order and are left out.
 */
export async function seriesNeedingDirection(db: Db): Promise<SeriesNeedingDirection[]> {
  const rows = await db.query<{
    seriesId: string;
    area: string;
    title: string;
    kind: IndicatorKind;
    years: number[];
    reason: string | null;
  }>(
    `SELECT i.series_id AS "seriesId",
            arg_max(i.area, i.year) AS area,
            arg_max(i.title, i.year) AS title,
            arg_max(i.kind, i.year) AS kind,
            list(DISTINCT i.year ORDER BY i.year) AS years,
            arg_max(i.direction_reason, i.year) AS reason
     FROM indicator i
     LEFT JOIN series_setting s USING (series_id)
     WHERE i.series_id IS NOT NULL AND s.direction IS NULL
     GROUP BY i.series_id
     HAVING bool_and(i.direction = 'none')
        AND NOT bool_or(coalesce(i.is_background, false))
        AND NOT bool_or(coalesce(i.direction_reason, '') LIKE 'enligt %')
        AND NOT bool_and(i.kind = 'text')
     ORDER BY area, title`,
  );
  return rows.map((r) => ({ ...r, years: [...r.years].map(Number) }));
}
