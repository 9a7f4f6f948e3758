import type { Db } from '../../shared/db/db';
/** Time at each size and the fitted exponent b in t ≈ a·sizeᵇ (least squares on log–log). */
export type Scaling = Readonly<{
  points: readonly Readonly<{ factor: number; ms: number }>[];
  exponent: number;
}>;

export function scalingExponent(
  points: readonly Readonly<{ factor: number; ms: number }>[],
): Scaling {
  const xs = points.map((p) => Math.log(p.factor));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 0.1)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return { points, exponent: den === 0 ? Number.NaN : Math.round((num / den) * 100) / 100 };
}

/**
 * Grow the corpus by copying every indicator-year and its observations as
 * later years (year + span·k, ids suffixed), so the data doubles without
 * changing its shape. Called with copies = 1 it doubles the data; with the
 * original plus three copies it is four times the original.
 */
export async function addYearCopies(
  db: Db,
  span: number,
  fromCopy: number,
  toCopy: number,
): Promise<void> {
  for (let k = fromCopy; k <= toCopy; k++) {
    await db.exec(`
      INSERT INTO indicator
        SELECT * REPLACE (indicator_id || '~${k}' AS indicator_id, year + ${span * k} AS year)
        FROM indicator WHERE indicator_id NOT LIKE '%~%';
      INSERT INTO observation
        SELECT * REPLACE (indicator_id || '~${k}' AS indicator_id, year + ${span * k} AS year)
        FROM observation WHERE indicator_id NOT LIKE '%~%';`);
  }
}
