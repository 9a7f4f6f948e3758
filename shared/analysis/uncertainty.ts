import type { Direction, IndicatorKind } from '../model/indicators';

/**
 * Issue 19 item 3, DESIGN.md "Change": how sure a verdict is, from the n
 * and confidence interval (KI) published beside a value. Pure functions;
 * the thresholds are named here and nowhere else.
 */

/** Fewer cases than this behind a value → "små tal". */
export const SMALL_N = 30;
/** A KI wider than ± this many points (procentenheter, for a share) → "små tal". */
export const WIDE_CI_HALF_WIDTH = 10;
/** Two-sided 95 %. */
export const Z_95 = 1.959964;

/** Why a value counts as "små tal", as data: rendered per language by uncertainty-text.ts. */
export type SmallReason =
  | Readonly<{ kind: 'n'; n: number }>
  | Readonly<{ kind: 'ci'; halfWidth: number }>
  | Readonly<{ kind: 'suppressed' }>;

export type SmallNumbers = Readonly<{ small: boolean; reasons: readonly SmallReason[] }>;

/**
 * "Små tal": n < 30, or a KI half-width over 10 points. The KI rule is for
 * shares (percent), where a point is a procentenhet; for other kinds only n
 * counts. Nothing published → not small (and nothing to say).
 */
export function smallNumbers(
  kind: IndicatorKind,
  n: number | null,
  ciLow: number | null,
  ciHigh: number | null,
): SmallNumbers {
  const reasons: SmallReason[] = [];
  if (n !== null && n < SMALL_N) reasons.push({ kind: 'n', n });
  if (kind === 'percent' && ciLow !== null && ciHigh !== null) {
    const half = (ciHigh - ciLow) / 2;
    if (half > WIDE_CI_HALF_WIDTH) reasons.push({ kind: 'ci', halfWidth: half });
  }
  return { small: reasons.length > 0, reasons };
}

export type Tercile = 'favourable' | 'middle' | 'unfavourable';

/** DESIGN.md's terciles of a percentile: p ≥ 2/3 favourable, p < 1/3 unfavourable. */
export function tercile(p: number): Tercile {
  return p >= 2 / 3 ? 'favourable' : p < 1 / 3 ? 'unfavourable' : 'middle';
}

/** p = (#worse + ½·#equal) / n of `value` among `comparators`, by direction. */
export function percentileAmong(
  value: number,
  comparators: readonly number[],
  direction: Exclude<Direction, 'none'>,
): number {
  const worse = comparators.filter((c) =>
    direction === 'higher_better' ? c < value : c > value,
  ).length;
  const equal = comparators.filter((c) => c === value).length;
  return (worse + equal / 2) / comparators.length;
}

/** Why a standing is near a tercile boundary: within the KI (`ci`) or one rank away (`rank`) it would be `other`. */
export type NearBoundaryReason = Readonly<{ via: 'ci' | 'rank'; other: Tercile }>;

export type NearBoundary = Readonly<{ near: boolean; reason: NearBoundaryReason | null }>;

/**
 * "Nära gränsen": moving the home value to either end of its KI changes the
 * tercile; without a KI, moving it by one comparator's rank (p ± 1/n) does.
 * `counts` are the comparators worse than / equal to the home value and to
 * each KI bound (computed against the same comparators as the standing).
 */
export function nearBoundary(
  input: Readonly<{
    n: number;
    worse: number;
    equal: number;
    /** Comparators worse/equal at the KI's low and high ends, when the file gives a KI. */
    atLow?: Readonly<{ worse: number; equal: number }> | null;
    atHigh?: Readonly<{ worse: number; equal: number }> | null;
  }>,
): NearBoundary {
  if (input.n <= 0) return { near: false, reason: null };
  const p = (input.worse + input.equal / 2) / input.n;
  const own = tercile(p);
  if (input.atLow && input.atHigh) {
    const ends = [input.atLow, input.atHigh].map((c) => tercile((c.worse + c.equal / 2) / input.n));
    const other = ends.find((t) => t !== own);
    return other ? { near: true, reason: { via: 'ci', other } } : { near: false, reason: null };
  }
  const step = 1 / input.n;
  const other = [tercile(Math.min(1, p + step)), tercile(Math.max(0, p - step))].find(
    (t) => t !== own,
  );
  return other ? { near: true, reason: { via: 'rank', other } } : { near: false, reason: null };
}

export type ChangeSignificance = Readonly<{
  significant: boolean | null;
  /** How it was decided: from n (two-proportion z-test) or from the KI (non-overlap); null when neither is published. */
  method: 'n' | 'ki' | null;
  z: number | null;
}>;

/** z for two proportions (p in 0–1) with pooled variance. */
export function twoProportionZ(p1: number, n1: number, p2: number, n2: number): number | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se === 0 ? null : (p2 - p1) / se;
}

type Side = Readonly<{
  value: number;
  n: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}>;

/**
 * Is a change from `a` to `b` statistically certain (95 %)? A share with n
 * on both sides: the two-proportion z-test. Otherwise, with a KI on both
 * sides: the intervals do not overlap. Neither → unknown (null).
 */
export function changeSignificance(kind: IndicatorKind, a: Side, b: Side): ChangeSignificance {
  if (kind === 'percent' && a.n !== null && b.n !== null) {
    const z = twoProportionZ(a.value / 100, a.n, b.value / 100, b.n);
    if (z !== null) return { significant: Math.abs(z) >= Z_95, method: 'n', z };
  }
  if (a.ciLow !== null && a.ciHigh !== null && b.ciLow !== null && b.ciHigh !== null) {
    return { significant: a.ciHigh < b.ciLow || b.ciHigh < a.ciLow, method: 'ki', z: null };
  }
  return { significant: null, method: null, z: null };
}
