/**
 * The one definition of "the values that count" (DESIGN.md, Data model,
 * invariants): every analysis reads `current_observation` and
 * `current_indicator`, never `observation` and `indicator` directly, so no
 * view can show two standings for one series-year.
 *
 * - A file a newer download of the same publication superseded
 *   (`source_file.superseded_by`) does not count; it stays for provenance
 *   and for "vad har ändrats".
 * - Of the files that count, several may hold the same series-year
 *   (overlapping Kolada exports). One indicator stands for the series-year:
 *   the newest import's (then the greater file_id, then indicator_id, so the
 *   choice never depends on scan order). Every observation of the others is
 *   shown under that indicator's id, and per (series-year, unit, period) the
 *   newest import's value wins — a unit only the older file has still
 *   counts, once. A cell that says only "uppgift saknas" never hides
 *   another file's cell (a Kolada export leaves a KPI blank that an
 *   overlapping export has); sekretess, bortfall and the like are
 *   statements of their own and follow the newest-wins rule.
 *
 * Cost (test/bench/current-observation-scale.ts, 4.68 M observations,
 * alternating rounds against pass-through views on a loaded 2-core machine):
 * the metaanalys over 5 years 0.97–1.09× the tables' time, all years
 * 1.08–1.12×, a few series +100–180 ms. The ordering is decided over
 * `indicator` (thousands of rows), once per query (materialized CTE).
 * Observations pass through an anti join against the indicators that are
 * superseded or contested — usually none, and an anti join with an empty
 * build side costs nothing per row (a semi join against the indicators that
 * count cost ~25 %). The per-value window runs only over the observations
 * of contested series-years; `year` is in its partition (it follows from
 * the series-year anyway) so a year filter reaches the scan below it.
 *
 * This SQL is migration 5: a changed definition is a new migration, never
 * an edit here. DuckDB refuses a view whose `*` has changed ("Contents of
 * view were altered"), so a migration that adds a column to `observation`
 * or `indicator` must end with RECREATE_CURRENT_VIEWS (a test checks the
 * view has the table's columns). Opening a saved database re-creates these
 * views from this SQL (a file's own view definitions are never trusted:
 * workspace-file.ts); a test checks that no other migration creates views.
 */
export const CURRENT_OBSERVATION_VIEWS = `
CREATE VIEW indicator_precedence AS
SELECT i.indicator_id,
       first_value(i.indicator_id) OVER w AS current_id,
       row_number() OVER w AS precedence,
       count(*) OVER (PARTITION BY coalesce(i.series_id, i.indicator_id), i.year) AS contenders
FROM indicator i
LEFT JOIN source_file f ON f.file_id = i.file_id
WHERE f.superseded_by IS NULL
WINDOW w AS (
  PARTITION BY coalesce(i.series_id, i.indicator_id), i.year
  ORDER BY f.imported_at DESC NULLS LAST, i.file_id DESC NULLS LAST, i.indicator_id
);
CREATE VIEW current_indicator AS
SELECT i.* FROM indicator i
WHERE i.indicator_id IN (SELECT indicator_id FROM indicator_precedence WHERE precedence = 1);
CREATE VIEW current_observation AS
WITH p AS MATERIALIZED (SELECT * FROM indicator_precedence)
SELECT o.* FROM observation o
ANTI JOIN (
  SELECT i.indicator_id FROM indicator i
  LEFT JOIN p ON p.indicator_id = i.indicator_id
  WHERE p.indicator_id IS NULL OR p.contenders > 1
) x ON x.indicator_id = o.indicator_id
UNION ALL
SELECT * EXCLUDE (precedence) FROM (
  SELECT o.* REPLACE (p.current_id AS indicator_id), p.precedence
  FROM observation o
  JOIN p ON p.indicator_id = o.indicator_id AND p.contenders > 1
  QUALIFY row_number() OVER (PARTITION BY p.current_id, o.unit_code, o.period, o.year ORDER BY o.status = 'saknas', p.precedence) = 1
);
`;

/** For a later migration that changes the columns of observation or indicator. */
export const RECREATE_CURRENT_VIEWS = `
DROP VIEW IF EXISTS current_observation;
DROP VIEW IF EXISTS current_indicator;
DROP VIEW IF EXISTS indicator_precedence;
${CURRENT_OBSERVATION_VIEWS}`;
