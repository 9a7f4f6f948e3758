/**
 * Ordinary least squares with an intercept and at most a few regressors,
 * solved without forming XᵀX: the columns are centred (which takes the
 * intercept out) and scaled to unit length, then reduced by Householder
 * reflections (QR), so the condition number is not squared as it would be by
 * the normal equations. A column that is (almost exactly) a combination of
 * the earlier ones leaves a near-zero diagonal in R: the design is singular.
 */

/** A diagonal of R below this (on unit-length centred columns) is collinear: 1 − R²ⱼ < 1e-12. */
export const SINGULAR_TOLERANCE = 1e-6;

export type OlsFit = Readonly<{
  intercept: number;
  /** One per regressor column, in the order given. */
  coefficients: readonly number[];
  fitted: readonly number[];
  residuals: readonly number[];
  /** 1 − SSres/SStot; null when y does not vary (SStot = 0). */
  r2: number | null;
}>;

export type OlsResult =
  | Readonly<{ ok: true; fit: OlsFit }>
  | Readonly<{ ok: false; reason: 'singular'; column: number }>
  | Readonly<{ ok: false; reason: 'too_few'; column: null }>;

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/**
 * Fit y = a + Σ bⱼ·xⱼ. `x` is row-major: x[i][j] is regressor j of case i.
 * Needs more cases than parameters (else `too_few`); `column` of a singular result is the
 * first regressor (0-based) that the earlier ones (or a constant) explain.
 */
export function fitOls(y: readonly number[], x: readonly (readonly number[])[]): OlsResult {
  const n = y.length;
  const p = x[0]?.length ?? 0;
  if (x.length !== n) throw new Error('fitOls: y och x har olika antal rader');
  if (n <= p + 1) return { ok: false, reason: 'too_few', column: null };
  const yMean = mean(y);
  const means: number[] = [];
  const scales: number[] = [];
  // Column-major working copy: a[j][i], centred and scaled.
  const a: number[][] = [];
  for (let j = 0; j < p; j++) {
    const col = x.map((row) => row[j]!);
    const m = mean(col);
    const centred = col.map((v) => v - m);
    const norm = Math.hypot(...centred);
    means.push(m);
    scales.push(norm);
    // A constant regressor is the intercept again.
    if (!(norm > 0) || !Number.isFinite(norm)) return { ok: false, reason: 'singular', column: j };
    a.push(centred.map((v) => v / norm));
  }
  const b = y.map((v) => v - yMean);
  const rDiag: number[] = [];
  for (let k = 0; k < p; k++) {
    const col = a[k]!;
    let sigma = 0;
    for (let i = k; i < n; i++) sigma += col[i]! * col[i]!;
    const alpha = Math.sqrt(sigma);
    if (alpha < SINGULAR_TOLERANCE) return { ok: false, reason: 'singular', column: k };
    // v = col[k..] − s·e₁ with s of opposite sign to col[k] (no cancellation).
    const s = col[k]! > 0 ? -alpha : alpha;
    const v = new Array<number>(n).fill(0);
    for (let i = k; i < n; i++) v[i] = col[i]!;
    v[k]! -= s;
    const vv = sigma - 2 * s * col[k]! + s * s;
    const reflect = (target: number[]) => {
      let dot = 0;
      for (let i = k; i < n; i++) dot += v[i]! * target[i]!;
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) target[i]! -= f * v[i]!;
    };
    for (let j = k; j < p; j++) reflect(a[j]!);
    reflect(b);
    rDiag.push(a[k]![k]!);
  }
  // Back substitution on R (upper triangle of a, column-major) for the scaled coefficients.
  const scaled = new Array<number>(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let sum = b[k]!;
    for (let j = k + 1; j < p; j++) sum -= a[j]![k]! * scaled[j]!;
    scaled[k] = sum / rDiag[k]!;
  }
  const coefficients = scaled.map((c, j) => c / scales[j]!);
  const intercept = yMean - coefficients.reduce((acc, c, j) => acc + c * means[j]!, 0);
  const fitted = x.map(
    (row) => intercept + row.reduce((acc, v, j) => acc + coefficients[j]! * v, 0),
  );
  const residuals = y.map((v, i) => v - fitted[i]!);
  const ssTot = y.reduce((acc, v) => acc + (v - yMean) ** 2, 0);
  const ssRes = residuals.reduce((acc, r) => acc + r * r, 0);
  return {
    ok: true,
    fit: {
      intercept,
      coefficients,
      fitted,
      residuals,
      r2: ssTot > 0 ? Math.max(0, 1 - ssRes / ssTot) : null,
    },
  };
}
