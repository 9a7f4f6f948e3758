import type { Db } from '../db/db';
import { sqlString } from '../db/db';
import { nearestNeighbours, type SimilarUnit } from './similar-units';

export type SimilarityVariable = Readonly<{ seriesId: string; weight: number }>;

/**
 * Liknande kommuner on chosen series: each series' latest year with values,
 * every kommun's ok value, then the standardised nearest neighbours.
 */
export async function similarUnits(db: Db, home: string, variables: readonly SimilarityVariable[], k = 7): Promise<SimilarUnit[]> {
  if (variables.length === 0) return [];
  const rows = await db.query<{ unit_code: string; series_id: string; value_num: number }>(
    `WITH latest AS (
       SELECT series_id, max(year) AS year FROM indicator
       WHERE series_id IN (${variables.map((v) => sqlString(v.seriesId)).join(', ')}) GROUP BY series_id
     )
     SELECT o.unit_code, i.series_id, o.value_num
     FROM observation o JOIN indicator i USING (indicator_id) JOIN latest l ON l.series_id = i.series_id AND l.year = i.year
     JOIN unit u ON u.unit_code = o.unit_code AND u.level = 'kommun'
     WHERE o.status = 'ok' AND o.value_num IS NOT NULL AND o.period IS NULL`,
  );
  const index = new Map(variables.map((v, i) => [v.seriesId, i]));
  const values = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const row = values.get(r.unit_code) ?? variables.map(() => null);
    row[index.get(r.series_id)!] = r.value_num;
    values.set(r.unit_code, row);
  }
  if (!values.has(home)) return [];
  return nearestNeighbours(home, values, variables.map((v) => v.weight), k);
}
