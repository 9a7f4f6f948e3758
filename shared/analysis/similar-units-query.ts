import type { Db } from '../db/db';
import { sqlString } from '../db/db';
import { nearestNeighbours, type SimilarUnit } from './similar-units';

/**
 * What two kommuner are compared on: a series (an indicator or, typically, a
 * bakgrundsmått such as population) or one of the user's own variables.
 */
export type SimilarityVariable =
  Readonly<{ seriesId: string; weight: number }> | Readonly<{ variable: string; weight: number }>;

const keyOf = (v: SimilarityVariable) => ('seriesId' in v ? `s:${v.seriesId}` : `v:${v.variable}`);

/**
 * Liknande kommuner on chosen variables: each series' latest year with
 * values, every kommun's ok value, then the standardised nearest neighbours.
 */
export async function similarUnits(
  db: Db,
  home: string,
  variables: readonly SimilarityVariable[],
  k = 7,
): Promise<SimilarUnit[]> {
  if (variables.length === 0) return [];
  const seriesIds = variables.flatMap((v) => ('seriesId' in v ? [sqlString(v.seriesId)] : []));
  const names = variables.flatMap((v) => ('variable' in v ? [sqlString(v.variable)] : []));
  const parts: string[] = [];
  if (seriesIds.length > 0)
    parts.push(`SELECT o.unit_code, 's:' || i.series_id AS key, o.value_num
     FROM current_observation o JOIN current_indicator i USING (indicator_id)
     JOIN (SELECT series_id, max(year) AS year FROM current_indicator WHERE series_id IN (${seriesIds.join(', ')}) GROUP BY series_id) l
       ON l.series_id = i.series_id AND l.year = i.year
     JOIN unit u ON u.unit_code = o.unit_code AND u.level = 'kommun'
     WHERE o.status = 'ok' AND o.value_num IS NOT NULL AND o.period IS NULL`);
  if (names.length > 0)
    parts.push(`SELECT unit_code, 'v:' || variable AS key, value_num FROM unit_variable
     WHERE variable IN (${names.join(', ')}) AND value_num IS NOT NULL`);
  const rows = await db.query<{ unit_code: string; key: string; value_num: number }>(
    parts.join(' UNION ALL '),
  );
  const index = new Map(variables.map((v, i) => [keyOf(v), i]));
  const values = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const row = values.get(r.unit_code) ?? variables.map(() => null);
    row[index.get(r.key)!] = r.value_num;
    values.set(r.unit_code, row);
  }
  if (!values.has(home)) return [];
  return nearestNeighbours(
    home,
    values,
    variables.map((v) => v.weight),
    k,
  );
}
